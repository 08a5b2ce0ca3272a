import ClaimGraph
import ClaimGraphFormats
import Foundation

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
