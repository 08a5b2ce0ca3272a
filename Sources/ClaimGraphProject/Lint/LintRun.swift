import ClaimGraph
import ClaimGraphFormats
import Foundation

/// Which baseline a lint run compares its findings with.
public enum BaselineChoice: Sendable, Hashable {
  /// The one the configuration names (`baseline:` in `.claimgraph.yml`), if any.
  case configured
  /// None: every finding is reported (`--no-baseline`, and `--write-baseline`, which records
  /// them all).
  case none
  /// This baseline file, whatever the configuration names.
  case file(String)
}

/// One run of the linter as `claimgraph lint` makes it: the report, and the baseline it was
/// compared with, so that the baseline can be rewritten or pruned from the same run.
public struct LintRun: Sendable {
  /// What the run found, after suppressions and the baseline.
  public let report: LintReport
  /// The baseline the findings were compared with; nil when none was used.
  public let baseline: Baseline?
  /// Where ``baseline`` was read from, as messages show it.
  public let baselinePath: String?

  /// A baseline that records every finding of the run (before any baseline), and the run as
  /// it reads once that baseline is in place: nothing left to fix, every finding known.
  ///
  /// - Parameter path: where the baseline will be written.
  public func recordingEveryFinding(at path: String) -> LintRun {
    let recorded = report.findingsBeforeBaseline
    let report = LintReport(
      findings: [], suppressed: report.suppressed, baselined: recorded,
      inputFailed: report.inputFailed, strict: report.strict,
      graphRulesSkipped: report.graphRulesSkipped)
    return LintRun(report: report, baseline: Baseline(findings: recorded), baselinePath: path)
  }

  /// The run with its baseline pruned of stale entries (findings that are gone) and its
  /// report without its notes about them; and how many entries that removes (0 leaves the
  /// run as it is).
  ///
  /// - Throws: ``ProjectError/noBaselineToPrune`` when the run used no baseline,
  ///   ``ProjectError/pruneWhileInputFails`` when some input could not be read (its findings
  ///   would look stale and be pruned wrongly).
  public func pruningStaleEntries() throws(ProjectError) -> (run: LintRun, removed: Int) {
    guard let baseline, let baselinePath else {
      throw .noBaselineToPrune
    }
    guard !report.inputFailed else {
      throw .pruneWhileInputFails
    }
    let stale = report.staleBaselineEntries
    let pruned = LintRun(
      report: report.withoutStaleBaselineEntries(), baseline: baseline.pruned(removing: stale),
      baselinePath: baselinePath)
    return (pruned, stale.reduce(0) { $0 + $1.count })
  }

  /// The run reporting only the findings located in `files`, and findings with no file.
  ///
  /// `pre-commit` passes the files a commit changes. The rules that check the article's text
  /// against the graph keep their findings when the text is among `files`.
  ///
  /// - Parameters:
  ///   - files: paths relative to `workingDirectory` unless absolute.
  ///   - text: the article's text file, when the graph has one.
  ///   - workingDirectory: the directory relative paths in `files` and in findings start
  ///     from.
  public func restricted(to files: [String], text: String?, workingDirectory: String) -> LintRun {
    let directory = WorkingDirectory(workingDirectory)
    let wanted = Set(files.map(directory.absolute))
    let keepsTextRules = text.map { wanted.contains(directory.absolute($0)) } ?? false
    let report = report.filtered { finding in
      guard let file = finding.location?.file else { return true }
      return wanted.contains(directory.absolute(file))
        || (keepsTextRules && Linter.textRules.contains(finding.rule))
    }
    return LintRun(report: report, baseline: baseline, baselinePath: baselinePath)
  }
}

/// What `claimgraph lint` does with its baseline besides comparing findings with it.
public enum BaselineUpdate: Sendable, Hashable {
  /// Record every finding in a new baseline at this path; the run then passes.
  case record(String)
  /// Remove the stale entries (findings that are gone) from the baseline in use.
  case pruneStale
}

/// What a lint run did to its baseline; its description is the message that says so.
public enum BaselineChange: Sendable, Hashable, CustomStringConvertible {
  /// This many findings were recorded in the baseline at the path.
  case recorded(count: Int, path: String)
  /// This many stale entries were removed from the baseline at the path.
  case pruned(count: Int, path: String)
  /// The baseline at the path had no stale entries; it was left as it was.
  case nothingStale(path: String)

  /// `Wrote 3 findings to the baseline FILE.`, and the like.
  public var description: String {
    switch self {
    case .recorded(let count, let path): "Wrote \(count) findings to the baseline \(path)."
    case .nothingStale(let path): "The baseline \(path) has no stale entries."
    case .pruned(let count, let path):
      "Pruned \(count) stale \(count == 1 ? "entry" : "entries") from the baseline \(path)."
    }
  }
}

/// Everything `claimgraph lint` is asked to do, short of printing.
public struct LintRequest: Sendable, Hashable {
  /// The configuration file; nil searches from the graph's directory upwards.
  public var config: String?
  /// Which baseline the findings are compared with (``BaselineUpdate/record(_:)`` compares
  /// with none).
  public var baseline: BaselineChoice
  /// Whether warnings fail the run too.
  public var strict: Bool
  /// What to do to the baseline; nil leaves it alone.
  public var update: BaselineUpdate?
  /// Report only the findings in these files of the graph (as `pre-commit` passes them)
  /// and the findings with no file; nil reports every finding.
  public var files: [String]?

  /// Creates a request: the configuration and baseline found beside the graph.
  public init(
    config: String? = nil, baseline: BaselineChoice = .configured, strict: Bool = false,
    update: BaselineUpdate? = nil, files: [String]? = nil
  ) {
    self.config = config
    self.baseline = baseline
    self.strict = strict
    self.update = update
    self.files = files
  }
}

/// A lint run as `claimgraph lint` makes it, and what it did to the baseline.
public struct LintOutcome: Sendable {
  /// The run, as reported (restricted to the files asked for).
  public let run: LintRun
  /// The graph linted (its anchors locate findings in the article's text).
  public let graph: KnowledgeGraph
  /// What happened to the baseline, in order.
  public let baselineChanges: [BaselineChange]
  /// The rules the run knew (SARIF describes them).
  public let rules: [RuleDescriptor]

  /// The report as `claimgraph lint --format FORMAT` prints it: the findings, the closing
  /// summary, and the GitHub step summary when there is one to append to.
  ///
  /// - Parameters:
  ///   - format: the report's format.
  ///   - toolVersion: the version SARIF names the tool by.
  ///   - color: whether `text` findings carry ANSI colour.
  ///   - hasStepSummary: whether the run has a GitHub step summary file to append to.
  public func rendered(
    as format: LintReportFormat, toolVersion: String, color: Bool = false,
    hasStepSummary: Bool = false
  ) -> LintReportFormat.Output {
    format.render(
      run.report, rules: rules, toolVersion: toolVersion, color: color,
      hasStepSummary: hasStepSummary,
      related: { finding in finding.node.map(graph.articleLocations(of:)) ?? [] })
  }
}

extension ClaimGraphProject {
  /// Lints the graph the way `claimgraph lint` does: the files to report checked, the run
  /// compared with its baseline, the baseline recorded or pruned when asked, the report
  /// restricted to the files.
  ///
  /// - Throws: ``ProjectError/missingFile(_:)`` or ``ProjectError/fileOutsideGraph(file:graph:)``
  ///   for a file to report that does not exist or lies outside the graph (checked before
  ///   the graph is read); otherwise as ``lintRun(_:config:baseline:strict:registry:currentYear:)``
  ///   and ``LintRun/pruningStaleEntries()``, or ``ProjectError/cannotWrite(_:)``.
  public func lint(_ request: LintRequest, registry: RuleRegistry = .standard)
    throws(ProjectError) -> LintOutcome
  {
    let directory = WorkingDirectory(workingDirectory)
    for file in request.files ?? [] {
      guard FileManager.default.fileExists(atPath: directory.absolute(file)) else {
        throw .missingFile(file)
      }
      let (path, folder) = (directory.absolute(file), directory.absolute(graphPath))
      guard path == folder || path.hasPrefix(folder.hasSuffix("/") ? folder : folder + "/")
      else { throw .fileOutsideGraph(file: file, graph: graphPath) }
    }
    let loaded = read()
    let baseline: BaselineChoice =
      if case .record = request.update { .none } else { request.baseline }
    var run = try lintRun(
      loaded, config: request.config, baseline: baseline, strict: request.strict,
      registry: registry)
    var changes: [BaselineChange] = []
    switch request.update {
    case .record(let path):
      run = run.recordingEveryFinding(at: path)
      if let recorded = run.baseline { try writeBaseline(recorded, to: path) }
      changes.append(.recorded(count: run.report.baselined.count, path: path))
    case .pruneStale:
      let (pruned, removed) = try run.pruningStaleEntries()
      if let path = pruned.baselinePath, let baseline = pruned.baseline {
        if removed == 0 {
          changes.append(.nothingStale(path: path))
        } else {
          try writeBaseline(baseline, to: path)
          changes.append(.pruned(count: removed, path: path))
        }
      }
      run = pruned
    case nil: break
    }
    if let files = request.files {
      run = run.restricted(
        to: files, text: loaded.graph.text?.path, workingDirectory: workingDirectory)
    }
    return LintOutcome(
      run: run, graph: loaded.graph, baselineChanges: changes, rules: registry.descriptors)
  }
}
