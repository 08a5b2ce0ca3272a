import ArgumentParser
import ClaimGraph
import ClaimGraphExport
import Foundation

/// `claimgraph build`: load (and lint) the graph, then write every export into `Exports/`.
struct BuildCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "build",
    abstract: "Write every export of the graph into the exports directory.",
    discussion: """
      Writes NAME.graphml, NAME.gexf, NAME.dot, NAME.json, NAME.mmd and NAME.nt \
      (N-Triples), NAME being the article's id (or "graph"), the summary tables, and the \
      saved SPARQL and Cypher queries in queries/, all or nothing: each file is written \
      to a temporary file first, and only when all are complete are they renamed into \
      place. With --check \
      nothing is written; the exit status is 1 when any file is missing or stale. \
      NAME.mmd is the entity map (entities and the relations claims assert between them) \
      when the whole graph has more links than Mermaid and GitHub render.
      """)

  @OptionGroup var graphOptions: GraphOptions

  @Option(help: ArgumentHelp("The directory the exports go to.", valueName: "directory"))
  var exports: String = "Exports"

  @Flag(help: "Write nothing; exit with 1, naming each file, if any export is missing or stale.")
  var check = false

  func run() throws {
    let loaded = try graphOptions.load()
    if !check { try lintBeforeExport(loaded) }
    let name = Self.baseName(for: loaded.graph)
    let console = Console.current
    let whole = GraphSelection(loaded.graph)
    let mermaidSelection =
      MermaidExporter.exceedsRenderingLimits(whole)
      ? whole.restricted(toKinds: Set(NodeKind.entityKinds)) : whole
    let tables = SummaryTables(loaded.graph, by: .section)
    // Of the two RDF syntaxes only N-Triples is committed: one statement per line, so a
    // change to the graph shows as exactly the statements it changed, and it is what
    // triple stores bulk-load fastest. Turtle says the same; `export --format turtle`.
    let artifacts: [Artifact] =
      ExportFormat.allCases.filter { $0 != .turtle }.map { format in
        Artifact(
          path: "\(exports)/\(name).\(format.fileExtension)",
          content: .export(format, format == .mermaid ? mermaidSelection : whole))
      }
      + [(TablesFormat.markdown, "md"), (TablesFormat.html, "html")].map { format, suffix in
        Artifact(
          path: "\(exports)/\(name)-tables.\(suffix)",
          content: .text(format.renderer.render(tables)))
      }
      + SavedQuery.allCases.flatMap { query in
        [
          Artifact(path: "\(exports)/queries/\(query.name).rq", content: .text(query.sparql)),
          Artifact(path: "\(exports)/queries/\(query.name).cypher", content: .text(query.cypher)),
        ]
      }
    if check {
      var stale: [String] = []
      for artifact in artifacts {
        var expected = MemorySink()
        try artifact.write(&expected)
        let actual = FileManager.default.contents(atPath: artifact.path).map { [UInt8]($0) }
        if actual != expected.bytes {
          stale.append(artifact.path + (actual == nil ? " (missing)" : ""))
        }
      }
      guard stale.isEmpty else {
        for path in stale { console.writeError("stale: \(path)\n") }
        console.writeError("run 'claimgraph build' to regenerate \(stale.count) export(s)\n")
        throw ExitCode(1)
      }
      console.write("\(artifacts.count) exports in \(exports) are up to date\n")
      return
    }
    let queries = exports + "/queries"
    let hadQueries = FileManager.default.fileExists(atPath: queries)
    do {
      try FileManager.default.createDirectory(atPath: queries, withIntermediateDirectories: true)
      var batch = AtomicFileBatch()
      for artifact in artifacts {
        try batch.stage(artifact.path) { sink in try artifact.write(&sink) }
      }
      try batch.commit()
    } catch {
      // Nothing written: not even the queries folder, if this run made it.
      if !hadQueries { rmdir(queries) }
      console.writeError("error: \(error)\n")
      throw ExitCode(2)
    }
    for artifact in artifacts { console.write("wrote \(artifact.path)\n") }
  }

  /// One file `build` writes: where, and what goes in it.
  private struct Artifact {
    enum Content {
      case export(ExportFormat, GraphSelection)
      case text(String)
    }

    let path: String
    let content: Content

    /// Streams the content to a sink.
    func write(_ sink: inout some ExportSink) throws {
      switch content {
      case .export(let format, let selection): try format.exporter.export(selection, to: &sink)
      case .text(let text): try sink.write(text)
      }
    }
  }

  /// The lint step of `build`, run after loading and before anything is written (not with
  /// `--check`, which only compares the exports).
  ///
  /// It lints as `claimgraph lint` does, with the configuration and baseline found beside
  /// the graph, and prints the one-line summary on standard error. Findings do not stop the
  /// build: exports of a graph still being written are useful, and gating on findings is
  /// `claimgraph lint`'s job (in CI, with a baseline).
  func lintBeforeExport(_ loaded: LoadedGraph) throws {
    let files = LintFiles(workingDirectory: FileManager.default.currentDirectoryPath)
    let report = try files.lint(
      loaded, graphPath: graphOptions.graph, config: nil, baseline: nil, strict: false)
    var summary = "lint: " + TextReporter.summary(report)
    if report.exitStatus != 0 {
      summary += "lint: run 'claimgraph lint \(graphOptions.graph)' for the findings\n"
    }
    Console.current.writeError(summary)
  }

  /// The exports' file name: the article's id when it is a safe file name, else `graph`.
  static func baseName(for graph: KnowledgeGraph) -> String {
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
