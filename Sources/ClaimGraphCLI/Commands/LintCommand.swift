import ArgumentParser
import ClaimGraph
import ClaimGraphYAML
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
    help: ArgumentHelp("Record every current finding in this baseline file.", valueName: "file"))
  var writeBaseline: String?

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
    let path = directory ?? graphOptions.graph
    let files = LintFiles(workingDirectory: FileManager.default.currentDirectoryPath)
    let loaded = GraphInput.load(path)
    var (configuration, configurationDiagnostics) = try files.configuration(
      explicit: config, graphPath: path, registry: registry)
    if strict { configuration.strict = true }
    let known = try baseline.map(files.readBaseline)
    let linter = Linter(registry: registry, configuration: configuration)
    var report = linter.lint(
      loaded, configurationDiagnostics: configurationDiagnostics, baseline: known,
      currentYear: LintFiles.currentYear(), workingDirectory: files.workingDirectory)
    if let writeBaseline {
      let recorded = Baseline(findings: report.findingsBeforeBaseline)
      try files.write(recorded.json.serialized() + "\n", to: writeBaseline)
      console.writeError(
        "Wrote \(report.findingsBeforeBaseline.count) findings to the baseline \(writeBaseline).\n")
      report = LintReport(
        findings: [], suppressed: report.suppressed, baselined: report.findingsBeforeBaseline,
        inputFailed: report.inputFailed, strict: report.strict)
    }
    print(report, registry: registry, console: console, files: files)
    let status = report.exitStatus
    if status != 0 { throw ExitCode(status) }
  }

  private func print(
    _ report: LintReport, registry: RuleRegistry, console: Console, files: LintFiles
  ) {
    let chosen = format ?? (console.environment["GITHUB_ACTIONS"] == "true" ? .github : .text)
    switch chosen {
    case .text:
      console.write(TextReporter.findings(report, color: console.usesColor))
      console.writeError(TextReporter.summary(report))
    case .json:
      console.write(JSONReporter.render(report))
    case .github:
      console.write(GitHubReporter.annotations(report))
      console.writeError(TextReporter.summary(report))
      if let notice = GitHubReporter.limitNotice(report) { console.writeError(notice) }
      if let summaryFile = console.environment["GITHUB_STEP_SUMMARY"], !summaryFile.isEmpty {
        files.append(GitHubReporter.stepSummary(report), to: summaryFile, console: console)
      }
    case .sarif:
      console.write(
        SARIFReporter.render(
          report, rules: registry.descriptors,
          toolVersion: ClaimGraphCommand.configuration.version))
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
