import ClaimGraph
import ClaimGraphFormats
import Foundation

/// What `claimgraph build` writes, and `build --check` compares: every export of a graph,
/// its summary tables and the saved SPARQL and Cypher queries, with their paths.
///
/// ```swift
/// let plan = BuildPlan(graph: try ClaimGraphProject(graph: "Graph").load().graph)
/// print(try plan.staleFiles())   // [] when Exports/ is up to date
/// try plan.write()               // all files or none
/// ```
public struct BuildPlan: Sendable {
  /// One file of the build: where it goes, and what goes in it.
  public struct Artifact: Sendable {
    /// What a file holds.
    public enum Content: Sendable {
      /// A graph export of a selection.
      case export(ExportFormat, GraphSelection)
      /// A text written as UTF-8.
      case text(String)
    }

    /// The file's path.
    public let path: String
    /// Its content, produced when written.
    public let content: Content

    /// Creates an artifact: a file and what goes in it.
    public init(path: String, content: Content) {
      self.path = path
      self.content = content
    }

    /// Streams the content to a sink.
    public func write(_ sink: inout some ExportSink) throws {
      switch content {
      case .export(let format, let selection): try format.exporter.export(selection, to: &sink)
      case .text(let text): try sink.write(text)
      }
    }

    /// The content's bytes.
    public func bytes() throws -> [UInt8] {
      var sink = MemorySink()
      try write(&sink)
      return sink.bytes
    }
  }

  /// The directory the files go to.
  public let directory: String
  /// Every file, in the order they are written.
  public let artifacts: [Artifact]

  /// The plan for a graph: NAME.graphml, .gexf, .dot, .json, .mmd and .nt (NAME being the
  /// article's id, or `graph`), NAME-tables.md and .html grouped by section, and
  /// `queries/*.rq` and `*.cypher`.
  ///
  /// NAME.mmd is the entity map when the whole graph has more links than Mermaid renders.
  /// `adding` appends files the caller makes (the command line's evidence report, whose
  /// pictures need Graphviz).
  public init(graph: KnowledgeGraph, directory: String = "Exports", adding extra: [Artifact] = []) {
    let name = Self.baseName(for: graph)
    let whole = GraphSelection(graph)
    let mermaidSelection =
      MermaidExporter.exceedsRenderingLimits(whole)
      ? whole.restricted(toKinds: Set(NodeKind.entityKinds)) : whole
    let tables = SummaryTables(graph, by: .section)
    let renderers: [(any SummaryTablesRenderer, String)] = [
      (MarkdownTablesRenderer(), "md"), (HTMLTablesRenderer(), "html"),
    ]
    // Of the two RDF syntaxes only N-Triples is committed: one statement per line, so a
    // change to the graph shows as exactly the statements it changed, and it is what
    // triple stores bulk-load fastest. Turtle says the same; `export --format turtle`.
    self.directory = directory
    self.artifacts =
      ExportFormat.allCases.filter { $0 != .turtle }.map { format in
        Artifact(
          path: "\(directory)/\(name).\(format.fileExtension)",
          content: .export(format, format == .mermaid ? mermaidSelection : whole))
      }
      + renderers.map { renderer, suffix in
        Artifact(
          path: "\(directory)/\(name)-tables.\(suffix)", content: .text(renderer.render(tables)))
      }
      + SavedQuery.allCases.flatMap { query in
        [
          Artifact(path: "\(directory)/queries/\(query.name).rq", content: .text(query.sparql)),
          Artifact(
            path: "\(directory)/queries/\(query.name).cypher", content: .text(query.cypher)),
        ]
      }
      + extra
  }

  /// The files that are missing or differ from what the plan writes, each with
  /// ` (missing)` when absent; nothing is written.
  public func staleFiles() throws -> [String] {
    try artifacts.compactMap { artifact in
      let actual = FileManager.default.contents(atPath: artifact.path).map { [UInt8]($0) }
      guard actual != (try artifact.bytes()) else { return nil }
      return artifact.path + (actual == nil ? " (missing)" : "")
    }
  }

  /// Writes every file, all or nothing.
  ///
  /// Each is staged first, and only when all are complete are they renamed into place. On
  /// failure nothing changes, not even the
  /// `queries` folder, if this call made it.
  public func write() throws {
    let queries = directory + "/queries"
    let hadQueries = FileManager.default.fileExists(atPath: queries)
    do {
      try FileManager.default.createDirectory(atPath: queries, withIntermediateDirectories: true)
      var batch = AtomicFileBatch()
      for artifact in artifacts {
        try batch.stage(artifact.path) { sink in try artifact.write(&sink) }
      }
      try batch.commit()
    } catch {
      if !hadQueries { rmdir(queries) }
      throw error
    }
  }

  /// The exports' file name: the article's id when it is a safe file name, else `graph`.
  public static func baseName(for graph: KnowledgeGraph) -> String {
    guard let id = graph.article?.id, !id.isEmpty, !id.hasPrefix("."),
      id.utf8.allSatisfy({ byte in
        (UInt8(ascii: "a")...UInt8(ascii: "z")).contains(byte)
          || (UInt8(ascii: "A")...UInt8(ascii: "Z")).contains(byte)
          || (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(byte)
          || byte == UInt8(ascii: "-") || byte == UInt8(ascii: "_") || byte == UInt8(ascii: ".")
      })
    else { return "graph" }
    return id
  }
}
