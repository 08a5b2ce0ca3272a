import ArgumentParser
import ClaimGraph
import ClaimGraphProject

/// `claimgraph lint [DIR]`: check the graph's citations and report every finding.
struct LintCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "lint",
    abstract: "Check that every claim is backed by a listed source, and report all problems.",
    discussion: """
      Reports the graph rules' findings together with problems in the input files. \
      Configuration is read from --config, or from .claimgraph.yml or .claimgraph.yaml in \
      the graph directory or its parents. Exit status: 0 no error-severity finding; 1 errors \
      (or warnings with --strict); 2 usage error, or input that cannot be read or parsed. \
      'claimgraph rules' lists the rules.
      """)

  @Argument(help: ArgumentHelp("The graph directory (same as --graph).", valueName: "dir"))
  var directory: String?

  @OptionGroup var graphOptions: GraphOptions

  @Option(
    help: ArgumentHelp(
      "Output format (default: github when GITHUB_ACTIONS=true, else text).",
      valueName: "format"))
  var format: LintFormat?

  @Option(help: ArgumentHelp("The configuration file to use.", valueName: "file"))
  var config: String?

  @Option(
    help: ArgumentHelp("Report only findings this baseline does not know.", valueName: "file"))
  var baseline: String?

  @Option(
    name: .customLong("write-baseline"),
    help: ArgumentHelp(
      "Record every current finding in this baseline file; the run then passes.",
      valueName: "file"))
  var writeBaseline: String?

  @Option(
    help: ArgumentHelp(
      "Write the report to this file (atomically) instead of standard output.",
      valueName: "file"))
  var output: String?

  @Flag(help: "Fail on warnings too.")
  var strict = false

  @Option(help: ArgumentHelp("Explain a rule and exit.", valueName: "rule"))
  var explain: String?

  func validate() throws {
    if let directory, graphOptions.graph != "Graph", graphOptions.graph != directory {
      throw ValidationError("give the graph either as DIR or with --graph, not both")
    }
  }

  func run() throws {
    let console = Console.current
    let registry = RuleRegistry.standard
    if let explain {
      guard let text = RuleExplanation.text(for: explain, in: registry) else {
        console.writeError(
          "error: unknown rule '\(explain)' (see 'claimgraph rules')\(registry.hint(for: explain))\n"
        )
        throw ExitCode(2)
      }
      console.write(text)
      return
    }
    let project = graphOptions.project(directory)
    let files = LintFiles()
    var report: LintReport
    do {
      report = try project.lint(
        config: config, baseline: baseline, useBaseline: writeBaseline == nil, strict: strict,
        registry: registry)
    } catch {
      throw ProjectFailure.exit(error)
    }
    if let writeBaseline {
      let recorded = Baseline(findings: report.findingsBeforeBaseline)
      try files.write(recorded.json.serialized() + "\n", to: writeBaseline)
      console.writeError(
        "Wrote \(report.findingsBeforeBaseline.count) findings to the baseline \(writeBaseline).\n")
      report = LintReport(
        findings: [], suppressed: report.suppressed, baselined: report.findingsBeforeBaseline,
        inputFailed: report.inputFailed, strict: report.strict)
    }
    let text = render(report, registry: registry, console: console, files: files)
    if let output {
      try files.write(text, to: output)
    } else {
      console.write(text)
    }
    let status = report.exitStatus
    if status != 0 { throw ExitCode(status) }
  }

  /// The report in the chosen format; what goes to standard error (the summary) and the
  /// step summary file is written here.
  private func render(
    _ report: LintReport, registry: RuleRegistry, console: Console, files: LintFiles
  ) -> String {
    let chosen = format ?? (console.environment["GITHUB_ACTIONS"] == "true" ? .github : .text)
    switch chosen {
    case .text:
      console.writeError(TextReporter.summary(report))
      return TextReporter.findings(report, color: output == nil && console.colorsOutput)
    case .json:
      return JSONReporter.render(report)
    case .github:
      console.writeError(TextReporter.summary(report))
      let summaryFile = console.environment["GITHUB_STEP_SUMMARY"].flatMap {
        $0.isEmpty ? nil : $0
      }
      if let notice = GitHubReporter.limitNotice(report, stepSummary: summaryFile != nil) {
        console.writeError(notice)
      }
      if let summaryFile {
        files.append(GitHubReporter.stepSummary(report), to: summaryFile, console: console)
      }
      return GitHubReporter.annotations(report)
    case .sarif:
      return SARIFReporter.render(
        report, rules: registry.descriptors,
        toolVersion: ClaimGraphCommand.configuration.version)
    }
  }
}

/// The formats `claimgraph lint` can report in.
enum LintFormat: String, ExpressibleByArgument, CaseIterable {
  case text
  case json
  case github
  case sarif
}
