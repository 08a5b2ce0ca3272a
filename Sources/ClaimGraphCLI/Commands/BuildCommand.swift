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
      report NAME-report.html (see 'claimgraph report'; for a library of several \
      articles its index, with one page NAME-report-ID.html per article), the saved SPARQL and Cypher \
      queries in queries/ and claimgraph-authoring.schema.json (the JSON Schema of the \
      YAML authoring format, which editors use; see 'claimgraph init'), NAME being the article's id (or "graph"), all or nothing: each \
      file is written to a temporary file first, and only when all are complete are they \
      renamed into place; a build killed while renaming is completed by the next build \
      (before it loads the graph), which --check notes. With --check \
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
    let console = Console.current
    if !check {
      // A build killed while renaming is finished first, whatever this one comes to.
      let completed = try BuildPlan.completeInterruptedBuild(in: exports)
      if !completed.isEmpty {
        console.writeError(
          "note: completed an interrupted build of \(exports) (\(completed.count) files)\n")
      }
    }
    let plan = try graphOptions.project().buildPlan(
      try graphOptions.load(), directory: exports, environment: console.environment)
    if !check, let lint = plan.lint { printLintSummary(lint, graphPath: graphOptions.graph) }
    for note in plan.notes { console.writeError(note + "\n") }
    if check {
      let result = try plan.check()
      for note in result.notes { console.writeError(note + "\n") }
      guard result.stale.isEmpty else {
        for path in result.stale { console.writeError("stale: \(path)\n") }
        console.writeError(
          "run 'claimgraph build' to regenerate \(result.stale.count) export(s)\n")
        throw ExitCode(1)
      }
      console.write("\(result.compared) exports in \(exports) are up to date\n")
      return
    }
    for path in try plan.write() { console.write("wrote \(path)\n") }
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
