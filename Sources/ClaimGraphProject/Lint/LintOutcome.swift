import ClaimGraph
import ClaimGraphFormats
import Foundation

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
