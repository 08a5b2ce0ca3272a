import ArgumentParser
import ClaimGraph
import ClaimGraphProject

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
    let console = Console.current
    let report = try EvidenceReportFile(loaded, graphPath: graphOptions.graph, console: console)
    if !check { printLintSummary(report.lint) }
    if let note = report.picturesNote { console.writeError("warning: \(note)\n") }
    let page = BuildPlan.Artifact(
      path: EvidenceReportFile.defaultPath(for: loaded.graph, exports: exports),
      content: .text(report.html))
    let plan = BuildPlan(graph: loaded.graph, directory: exports, adding: [page])
    if check {
      let stale = try plan.staleFiles()
      guard stale.isEmpty else {
        for path in stale { console.writeError("stale: \(path)\n") }
        console.writeError("run 'claimgraph build' to regenerate \(stale.count) export(s)\n")
        throw ExitCode(1)
      }
      console.write("\(plan.artifacts.count) exports in \(exports) are up to date\n")
      return
    }
    do {
      try plan.write()
    } catch {
      console.writeError("error: \(error)\n")
      throw ExitCode(2)
    }
    for artifact in plan.artifacts { console.write("wrote \(artifact.path)\n") }
  }

  /// Prints the lint step's one-line summary on standard error.
  ///
  /// The graph is linted after loading, as `claimgraph lint` lints it (with the
  /// configuration and baseline found beside the graph), for the evidence report; the
  /// summary is printed before anything is written (not with `--check`, which only
  /// compares the exports). Findings do not stop the
  /// build: exports of a graph still being written are useful, and gating on findings is
  /// `claimgraph lint`'s job (in CI, with a baseline).
  func printLintSummary(_ report: LintReport) {
    var summary = "lint: " + TextReporter.summary(report)
    if report.exitStatus != 0 {
      summary += "lint: run 'claimgraph lint \(graphOptions.graph)' for the findings\n"
    }
    Console.current.writeError(summary)
  }
}
