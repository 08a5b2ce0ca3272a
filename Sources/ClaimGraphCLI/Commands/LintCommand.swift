import ArgumentParser
import ClaimGraph
import ClaimGraphFormats
import ClaimGraphProject
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
    let files = LintFiles(workingDirectory: FileManager.default.currentDirectoryPath)
    let (path, only) = try target(files: files)
    let project = ClaimGraphProject(
      graph: path, limits: graphOptions.limits, workingDirectory: files.workingDirectory)
    let loaded = project.read()
    let choice: BaselineChoice =
      writeBaseline != nil || noBaseline ? .none : baseline.map { .file($0) } ?? .configured
    do {
      var run = try project.lintRun(loaded, config: config, baseline: choice, strict: strict)
      if let writeBaseline {
        run = run.recordingEveryFinding(at: writeBaseline)
        try project.writeBaseline(run.baseline!, to: writeBaseline)
        console.writeError(
          "Wrote \(run.report.baselined.count) findings to the baseline \(writeBaseline).\n")
      }
      if pruneBaseline {
        let (pruned, removed) = try run.pruningStaleEntries()
        if removed == 0 {
          console.writeError("The baseline \(pruned.baselinePath!) has no stale entries.\n")
        } else {
          try project.writeBaseline(pruned.baseline!, to: pruned.baselinePath!)
          console.writeError(
            "Pruned \(removed) stale \(removed == 1 ? "entry" : "entries") from the baseline "
              + "\(pruned.baselinePath!).\n")
        }
        run = pruned
      }
      if let only {
        run = run.restricted(
          to: only, text: loaded.graph.text?.path, workingDirectory: files.workingDirectory)
      }
      try report(
        run.report, registry: registry, console: console, files: files, graph: loaded.graph)
    } catch let error as ProjectError {
      throw ProjectFailure.exit(error)
    }
  }

  /// Prints (or writes to `--output`) the report, then its closing summary, and exits with
  /// the run's status.
  private func report(
    _ report: LintReport, registry: RuleRegistry, console: Console, files: LintFiles,
    graph: KnowledgeGraph
  ) throws {
    let chosen = format ?? (console.environment["GITHUB_ACTIONS"] == "true" ? .github : .text)
    let stepSummary = console.environment["GITHUB_STEP_SUMMARY"].flatMap { $0.isEmpty ? nil : $0 }
    let rendered = chosen.render(
      report, rules: registry.descriptors, toolVersion: ClaimGraphCommand.configuration.version,
      color: output == nil && console.colorsOutput, hasStepSummary: stepSummary != nil,
      related: { finding in finding.node.map(graph.articleLocations(of:)) ?? [] })
    if let stepSummary, let text = rendered.stepSummary {
      files.append(text, to: stepSummary, console: console)
    }
    if let output {
      try files.write(rendered.body, to: output)
    } else {
      console.write(rendered.body)
    }
    // The summary closes the report: written after the findings, so that a terminal, or
    // both streams sent to one place (2>&1), shows it last.
    console.writeError(rendered.closing)
    let status = report.inputFailed ? 2 : exitZero ? 0 : report.exitStatus
    if status != 0 { throw ExitCode(status) }
  }

  /// The graph to load and, when files of it were given, those files.
  private func target(files: LintFiles) throws -> (graph: String, only: [String]?) {
    guard !paths.isEmpty else { return (graphOptions.graph, nil) }
    let given = paths.filter(Self.isFileOfGraph)
    if given.isEmpty, paths.count == 1 { return (paths[0], nil) }
    let console = Console.current
    guard given.count == paths.count else {
      let graphs = paths.filter { !Self.isFileOfGraph($0) }.map { "'\($0)'" }
      console.writeError(
        "error: give one graph, or files of one graph, not both (\(graphs.joined(separator: ", ")) "
          + "name graphs)\n")
      throw ExitCode(2)
    }
    let graph = graphOptions.graph
    for file in given {
      guard FileManager.default.fileExists(atPath: file) else {
        console.writeError("error: '\(file)' does not exist\n")
        throw ExitCode(2)
      }
      guard files.isInside(file, directory: graph) else {
        console.writeError(
          "error: '\(file)' is not in the graph '\(graph)'; name the graph with --graph\n")
        throw ExitCode(2)
      }
    }
    return (graph, given)
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
