import ArgumentParser
import ClaimGraph
import ClaimGraphFormats
import ClaimGraphProject
import Foundation

/// `claimgraph lint [DIR]`: check the graph's citations and report every finding.
struct LintCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "lint",
    abstract: "Check that every claim is backed by a listed source, and report all problems.",
    discussion: """
      Reports the graph rules' findings together with problems in the input files. \
      Configuration is read from --config, or from .claimgraph.yml or .claimgraph.yaml in \
      the graph directory or its parents. Exit status: 0 no error-severity finding; 1 errors \
      (or warnings with --strict; 0 with --exit-zero); 2 usage error, or input that cannot \
      be read or parsed (the graph rules then wait until it can). Given files of the graph \
      (as pre-commit passes them), it lints the whole graph and reports only the findings \
      in those files. 'claimgraph rules' lists the rules.
      """)

  @Argument(
    help: ArgumentHelp(
      "The graph (same as --graph); or some files of the graph (as pre-commit passes them): "
        + "the whole graph is linted and only findings in those files are reported.",
      valueName: "path"),
    completion: .file(extensions: ["graphml", "json", "xml", "yaml", "yml"]))
  var paths: [String] = []

  @OptionGroup var graphOptions: GraphOptions

  @Option(
    name: [.short, .long],
    help: ArgumentHelp(
      "Output format (default: github when GITHUB_ACTIONS=true, else text).",
      valueName: "format"))
  var format: LintReportFormat?

  @Option(help: ArgumentHelp("The configuration file to use.", valueName: "file"))
  var config: String?

  @Option(
    help: ArgumentHelp("Report only findings this baseline does not know.", valueName: "file"))
  var baseline: String?

  @Flag(
    name: .customLong("no-baseline"),
    help: "Ignore the configuration's baseline: report every finding.")
  var noBaseline = false

  @Option(
    name: .customLong("write-baseline"),
    help: ArgumentHelp(
      "Record every current finding in this baseline file; the run then passes.",
      valueName: "file"))
  var writeBaseline: String?

  @Flag(
    name: .customLong("prune-baseline"),
    help: "Remove the baseline's stale entries (findings that are gone) from its file.")
  var pruneBaseline = false

  @Option(
    name: [.short, .long],
    help: ArgumentHelp(
      "Write the report to this file (atomically) instead of standard output.",
      valueName: "file"),
    completion: .file())
  var output: String?

  @Flag(help: "Fail on warnings too.")
  var strict = false

  @Flag(
    name: .customLong("exit-zero"),
    help: "Exit with 0 even when findings fail the run (unreadable input still exits with 2).")
  var exitZero = false

  @Option(
    help: ArgumentHelp("Explain a rule and exit.", valueName: "rule"),
    completion: .custom(Completions.ruleIDs))
  var explain: String?

  func validate() throws {
    if paths.count == 1, graphOptions.graph != "Graph", graphOptions.graph != paths[0],
      !Self.isFileOfGraph(paths[0])
    {
      throw ValidationError("give the graph either as DIR or with --graph, not both")
    }
    if noBaseline, baseline != nil {
      throw ValidationError("give either --baseline or --no-baseline, not both")
    }
    if pruneBaseline, noBaseline || writeBaseline != nil {
      throw ValidationError(
        "--prune-baseline prunes the baseline in use; it cannot go with --no-baseline or --write-baseline"
      )
    }
  }

  func run() throws {
    let console = Console.current
    if let explain {
      console.write(try ClaimGraphProject.explain(explain))
      return
    }
    let (graph, files) = try target()
    let request = LintRequest(
      config: config, baseline: noBaseline ? .none : baseline.map { .file($0) } ?? .configured,
      strict: strict,
      update: writeBaseline.map { .record($0) } ?? (pruneBaseline ? .pruneStale : nil),
      files: files)
    let outcome = try ClaimGraphProject(graph: graph, limits: graphOptions.limits).lint(request)
    for change in outcome.baselineChanges { console.writeError("\(change)\n") }
    let stepSummary = console.environment["GITHUB_STEP_SUMMARY"].flatMap { $0.isEmpty ? nil : $0 }
    let rendered = outcome.rendered(
      as: format ?? (console.environment["GITHUB_ACTIONS"] == "true" ? .github : .text),
      toolVersion: ClaimGraphCommand.configuration.version,
      color: output == nil && console.colorsOutput, hasStepSummary: stepSummary != nil)
    if let stepSummary, let text = rendered.stepSummary {
      StepSummary.append(text, to: stepSummary, console: console)
    }
    if let output {
      try ClaimGraphProject.write(rendered.body, to: output)
    } else {
      console.write(rendered.body)
    }
    // The summary closes the report: written after the findings, so that a terminal, or
    // both streams sent to one place (2>&1), shows it last.
    console.writeError(rendered.closing)
    let report = outcome.run.report
    let status = report.inputFailed ? 2 : exitZero ? 0 : report.exitStatus
    if status != 0 { throw ExitCode(status) }
  }

  /// The graph to lint and, when files of it were given, those files.
  private func target() throws -> (graph: String, files: [String]?) {
    guard !paths.isEmpty else { return (graphOptions.graph, nil) }
    let given = paths.filter(Self.isFileOfGraph)
    if given.isEmpty, paths.count == 1 { return (paths[0], nil) }
    guard given.count == paths.count else {
      let graphs = paths.filter { !Self.isFileOfGraph($0) }.map { "'\($0)'" }
      throw UsageError(
        message: "give one graph, or files of one graph, not both "
          + "(\(graphs.joined(separator: ", ")) name graphs)")
    }
    return (graphOptions.graph, given)
  }

  /// Whether a path names a file of a YAML graph (a `.yaml`/`.yml` file or the article's
  /// text), rather than a graph: a directory, GraphML or node-link JSON.
  static func isFileOfGraph(_ path: String) -> Bool {
    if GraphInput.isInterchangeFile(path) { return false }
    var isDirectory: ObjCBool = false
    if FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) {
      return !isDirectory.boolValue
    }
    return [".yaml", ".yml", ".txt"].contains { path.lowercased().hasSuffix($0) }
  }
}

extension LintReportFormat: ExpressibleByArgument {}
