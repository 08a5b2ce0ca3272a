import ArgumentParser
import ClaimGraph
import ClaimGraphFormats
import ClaimGraphProject
import Foundation

/// `claimgraph build`: load (and lint) the graph, then write every export into `Exports/`.
struct BuildCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "build",
    abstract: "Write every export of the graph into the exports directory.",
    discussion: """
      Writes NAME.graphml, NAME.gexf, NAME.dot, NAME.json, NAME.mmd and NAME.nt \
      (N-Triples), the summary tables NAME-tables.md and NAME-tables.html, the evidence \
      report NAME-report.html (see 'claimgraph report') and the saved SPARQL and Cypher \
      queries in queries/, NAME being the article's id (or "graph"), all or nothing: each \
      file is written to a temporary file first, and only when all are complete are they \
      renamed into place. With --check \
      nothing is written; the exit status is 1 when any file is missing or stale. \
      NAME.mmd is the entity map (entities and the relations claims assert between them, \
      without entities related to none) when the whole graph has more links than Mermaid \
      and GitHub render; NAME-mermaid.md wraps it in a page GitHub renders, listing apart \
      the entities it leaves out. With Graphviz installed, pictures/NAME-entity-map.svg \
      and one pictures/NAME-section-ID.svg per section are rendered by 'dot' too; without \
      it they are skipped with a note. --check compares pictures only where Graphviz is \
      installed, in the version that rendered them (its layout differs between versions).
      """)

  @OptionGroup var graphArgument: GraphArgument

  @OptionGroup var graphOptions: GraphOptions

  @Option(help: ArgumentHelp("The directory the exports go to.", valueName: "directory"))
  var exports: String = "Exports"

  @Flag(help: "Write nothing; exit with 1, naming each file, if any export is missing or stale.")
  var check = false

  func run() throws {
    let graphOptions = try graphArgument.applied(to: self.graphOptions)
    let loaded = try graphOptions.load()
    let console = Console.current
    let report = try EvidenceReportFile(loaded, graphPath: graphOptions.graph, console: console)
    if !check { printLintSummary(report.lint, graphPath: graphOptions.graph) }
    if let note = report.picturesNote { console.writeError("warning: \(note)\n") }
    let name = BuildPlan.baseName(for: loaded.graph)
    let whole = GraphSelection(loaded.graph)
    let fits = !MermaidExporter.exceedsRenderingLimits(whole)
    let mermaidPage = fits ? whole : whole.restricted(toKinds: Set(NodeKind.entityKinds))
    let mermaidSelection = fits ? whole : mermaidPage.withoutIsolatedNodes()
    let tables = SummaryTables(loaded.graph, by: .section)
    // Of the two RDF syntaxes only N-Triples is committed: one statement per line, so a
    // change to the graph shows as exactly the statements it changed, and it is what
    // triple stores bulk-load fastest. Turtle says the same; `export --format turtle`.
    var artifacts: [Artifact] =
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
      + [
        Artifact(
          path: EvidenceReportFile.defaultPath(for: loaded.graph, exports: exports),
          content: .text(report.html))
      ]
    let pageTitle = (loaded.graph.article?.title ?? "Graph") + (fits ? "" : ": entity map")
    artifacts.append(
      Artifact(path: "\(exports)/\(name)-mermaid.md", content: .page(mermaidPage, pageTitle)))
    var pictures = try PictureArtifacts(graph: loaded.graph, name: name, exports: exports)
    if let note = pictures.note { console.writeError(note) }
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
      stale += try pictures.stale()
      guard stale.isEmpty else {
        for path in stale { console.writeError("stale: \(path)\n") }
        console.writeError("run 'claimgraph build' to regenerate \(stale.count) export(s)\n")
        throw ExitCode(1)
      }
      let count = artifacts.count + pictures.compared
      console.write("\(count) exports in \(exports) are up to date\n")
      return
    }
    let queries = exports + "/queries"
    let hadQueries = FileManager.default.fileExists(atPath: queries)
    var createdFolder = false
    do {
      let rendered = try pictures.render()
      try FileManager.default.createDirectory(atPath: queries, withIntermediateDirectories: true)
      createdFolder = !rendered.isEmpty && !FileManager.default.fileExists(atPath: pictures.folder)
      if !rendered.isEmpty {
        try FileManager.default.createDirectory(
          atPath: pictures.folder, withIntermediateDirectories: true)
      }
      var batch = AtomicFileBatch()
      for artifact in artifacts {
        try batch.stage(artifact.path) { sink in try artifact.write(&sink) }
      }
      for (path, svg) in rendered {
        try batch.stage(path) { sink in try sink.write(svg) }
      }
      try batch.commit()
      for artifact in artifacts { console.write("wrote \(artifact.path)\n") }
      for (path, _) in rendered { console.write("wrote \(path)\n") }
    } catch {
      // Nothing written: not even the queries or pictures folder, if this run made it.
      if !hadQueries { rmdir(queries) }
      if createdFolder { rmdir(pictures.folder) }
      if let exit = error as? ExitCode { throw exit }
      console.writeError("error: \(error)\n")
      throw ExitCode(2)
    }
  }

  /// One file `build` writes: where, and what goes in it.
  private struct Artifact {
    enum Content {
      case export(ExportFormat, GraphSelection)
      case page(GraphSelection, String)
      case text(String)
    }

    let path: String
    let content: Content

    /// Streams the content to a sink.
    func write(_ sink: inout some ExportSink) throws {
      switch content {
      case .export(let format, let selection): try format.exporter.export(selection, to: &sink)
      case .page(let selection, let title):
        try MermaidMarkdownExporter(title: title).export(selection, to: &sink)
      case .text(let text): try sink.write(text)
      }
    }
  }

  /// Prints the lint step's one-line summary on standard error.
  ///
  /// The graph is linted after loading, as `claimgraph lint` lints it (with the
  /// configuration and baseline found beside the graph), for the evidence report; the
  /// summary is printed before anything is written (not with `--check`, which only
  /// compares the exports). Findings do not stop the
  /// build: exports of a graph still being written are useful, and gating on findings is
  /// `claimgraph lint`'s job (in CI, with a baseline).
  func printLintSummary(_ report: LintReport, graphPath: String) {
    var summary = "lint: " + TextReporter.summary(report)
    if report.exitStatus != 0 {
      summary += "lint: run 'claimgraph lint \(graphPath)' for the findings\n"
    }
    Console.current.writeError(summary)
  }
}
