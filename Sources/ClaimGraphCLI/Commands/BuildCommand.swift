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
    let project = graphOptions.project()
    let loaded = try graphOptions.load()
    let plan = BuildPlan(graph: loaded.graph, directory: exports)
    let console = Console.current
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
    // Lint as `claimgraph lint` does and print its summary; findings do not stop the build
    // (exports of a graph still being written are useful; gating is lint's job, in CI).
    let report: LintReport
    do { report = try project.lint(loaded) } catch { throw ProjectFailure.exit(error) }
    var summary = "lint: " + TextReporter.summary(report)
    if report.exitStatus != 0 {
      summary += "lint: run 'claimgraph lint \(graphOptions.graph)' for the findings\n"
    }
    console.writeError(summary)
    do {
      try plan.write()
    } catch {
      console.writeError("error: \(error)\n")
      throw ExitCode(2)
    }
    for artifact in plan.artifacts { console.write("wrote \(artifact.path)\n") }
  }
}
