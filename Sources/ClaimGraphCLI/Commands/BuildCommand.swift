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
      Writes NAME.graphml, NAME.gexf, NAME.dot, NAME.json and NAME.mmd, NAME being the \
      article's id (or "graph"), all or nothing: each file is written to a temporary file \
      first, and only when all are complete are they renamed into place. With --check \
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
    try Self.lintBeforeExport(loaded)
    let name = Self.baseName(for: loaded.graph)
    let console = Console.current
    let targets = ExportFormat.allCases.map { format in
      (format, "\(exports)/\(name).\(format.fileExtension)")
    }
    let whole = GraphSelection(loaded.graph)
    let entityMap = whole.restricted(toKinds: Set(NodeKind.entityKinds))
    func selection(for format: ExportFormat) -> GraphSelection {
      format == .mermaid && MermaidExporter.exceedsRenderingLimits(whole) ? entityMap : whole
    }
    if check {
      var stale: [String] = []
      for (format, path) in targets {
        let expected = try format.exporter.bytes(of: selection(for: format))
        let actual = FileManager.default.contents(atPath: path).map { [UInt8]($0) }
        if actual != expected { stale.append(path + (actual == nil ? " (missing)" : "")) }
      }
      guard stale.isEmpty else {
        for path in stale { console.writeError("stale: \(path)\n") }
        console.writeError("run 'claimgraph build' to regenerate \(stale.count) export(s)\n")
        throw ExitCode(1)
      }
      console.write("\(targets.count) exports in \(exports) are up to date\n")
      return
    }
    do {
      try FileManager.default.createDirectory(atPath: exports, withIntermediateDirectories: true)
      var batch = AtomicFileBatch()
      for (format, path) in targets {
        try batch.stage(path) { sink in
          try format.exporter.export(selection(for: format), to: &sink)
        }
      }
      try batch.commit()
    } catch {
      console.writeError("error: \(error)\n")
      throw ExitCode(2)
    }
    for (_, path) in targets { console.write("wrote \(path)\n") }
  }

  /// The lint step of `build`, run after loading and before anything is written.
  ///
  /// Seam for the linter: run it here, print its findings and
  /// `throw ExitCode(1)` when it finds errors, so no stale-but-wrong export is written.
  static func lintBeforeExport(_ loaded: LoadedGraph) throws {}

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
