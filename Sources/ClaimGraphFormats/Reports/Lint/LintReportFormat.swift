import ClaimGraph

/// The forms `claimgraph lint` reports in, each rendered as the command prints it.
public enum LintReportFormat: String, CaseIterable, Sendable {
  /// One `file:line:column: severity: message [rule]` line per finding, for people.
  case text
  /// One JSON document (see ``JSONReporter``).
  case json
  /// GitHub Actions workflow commands, which annotate the pull request's lines.
  case github
  /// SARIF 2.1.0, for code-scanning dashboards.
  case sarif

  /// What the command writes for one report.
  public struct Output: Sendable, Equatable {
    /// The report itself: standard output, or the `--output` file.
    public var body: String
    /// What follows it on standard error: the one-line summary, or nothing.
    ///
    /// For `github`, a notice follows when GitHub will show only some annotations. Empty for
    /// `json` and `sarif`, whose readers are programs.
    public var closing: String
    /// The Markdown for the GitHub step summary (`github` only, when the run has one).
    public var stepSummary: String?
  }

  /// Renders a report.
  ///
  /// - Parameters:
  ///   - report: what the run found.
  ///   - rules: the rules the run knew, which SARIF describes.
  ///   - toolVersion: the version SARIF names the tool by.
  ///   - color: whether `text` findings carry ANSI colour (only on a terminal).
  ///   - hasStepSummary: whether the run has a GitHub step summary file to append to.
  ///   - related: where else a finding is (a claim's passages in the article), which SARIF
  ///     gives as `relatedLocations` and `github` annotates too.
  public func render(
    _ report: LintReport, rules: [RuleDescriptor], toolVersion: String, color: Bool = false,
    hasStepSummary: Bool = false, related: (Diagnostic) -> [SourceLocation] = { _ in [] }
  ) -> Output {
    switch self {
    case .text:
      return Output(
        body: TextReporter.findings(report, color: color), closing: TextReporter.summary(report))
    case .json:
      return Output(body: JSONReporter.render(report), closing: "")
    case .github:
      let notice = GitHubReporter.limitNotice(report, stepSummary: hasStepSummary) ?? ""
      return Output(
        body: GitHubReporter.annotations(report, related: related),
        closing: TextReporter.summary(report) + notice,
        stepSummary: hasStepSummary ? GitHubReporter.stepSummary(report) : nil)
    case .sarif:
      return Output(
        body: SARIFReporter.render(
          report, rules: rules, toolVersion: toolVersion, related: related),
        closing: "")
    }
  }
}
