import ClaimGraph
import ClaimGraphFormats
import ClaimGraphFormatsTestSupport
import ClaimGraphTestSupport
import Foundation
import Testing

@Suite struct LintReporterTests {
  static func report() throws -> LintReport {
    let loaded = LintFixture.load([
      ("Graph/claims.yaml", try LintFixture.text("report/claims.yaml")),
      ("Graph/sources.yaml", try LintFixture.text("report/sources.yaml")),
    ])
    return Linter().lint(loaded, currentYear: 2026)
  }

  /// Compares with the golden file `Fixtures/Lint/NAME` (see ``Golden``).
  static func expectGolden(
    _ actual: String, _ name: String, sourceLocation: Testing.SourceLocation = #_sourceLocation
  ) throws {
    try Golden.expect(actual, matches: "Lint/\(name)", sourceLocation: sourceLocation)
  }

  @Test func text() throws {
    let report = try Self.report()
    try Self.expectGolden(
      TextReporter.findings(report, color: false) + TextReporter.summary(report), "report.txt")
  }

  @Test func textInColour() throws {
    let report = try Self.report()
    let first = TextReporter.line(for: report.findings[0], color: true)
    #expect(
      first
        == "\u{1B}[1mGraph/claims.yaml:11:15:\u{1B}[0m \u{1B}[1;33mwarning:\u{1B}[0m established "
        + "claim 'runners-high' rests on a single source ('boecker-2008'), fewer than the 2 "
        + "expected; cite more evidence or mark it uncertain "
        + "\u{1B}[2m[established-on-weak-evidence]\u{1B}[0m\n")
  }

  @Test func json() throws {
    try Self.expectGolden(JSONReporter.render(try Self.report()), "report.json")
  }

  @Test func github() throws {
    let report = try Self.report()
    try Self.expectGolden(GitHubReporter.annotations(report), "report.github")
    try Self.expectGolden(GitHubReporter.stepSummary(report), "report-summary.md")
  }

  @Test func sarif() throws {
    let report = try Self.report()
    try Self.expectGolden(
      SARIFReporter.render(report, rules: RuleRegistry.standard.descriptors, toolVersion: "0.1.0"),
      "report.sarif")
  }

  @Test func githubEscapesHostileValues() {
    let finding = Diagnostic(
      rule: "uncited-claim", severity: .error,
      message: "100% sure\r\n::error file=x::injected, really: yes",
      location: ClaimGraph.SourceLocation(file: "Graph/a,b:c%.yaml", line: 3, column: 7))
    #expect(
      GitHubReporter.command(for: finding)
        == "::error file=Graph/a%2Cb%3Ac%25.yaml,line=3,col=7,title=claimgraph%3A uncited-claim"
        + "::100%25 sure%0D%0A::error file=x::injected, really: yes\n")
  }

  @Test func githubPutsErrorsFirstAndWarnsAboutTheAnnotationLimit() {
    let findings = (1...12).map { line in
      Diagnostic(
        rule: "unused-source", severity: .warning, message: "w\(line)",
        location: ClaimGraph.SourceLocation(file: "g.yaml", line: line, column: 1))
    }
    let error = Diagnostic(
      rule: "uncited-claim", severity: .error, message: "e",
      location: ClaimGraph.SourceLocation(file: "g.yaml", line: 99, column: 1))
    let report = LintReport(findings: findings + [error])
    #expect(GitHubReporter.annotations(report).hasPrefix("::error file=g.yaml,line=99,"))
    #expect(GitHubReporter.limitNotice(report)?.hasPrefix("GitHub shows at most 10") == true)
    #expect(GitHubReporter.limitNotice(LintReport(findings: [error])) == nil)
  }

  @Test func stepSummaryCellsCannotBreakTheTable() {
    let finding = Diagnostic(rule: "r", severity: .note, message: "a|b\n<script>`x`")
    #expect(
      GitHubReporter.stepSummary(LintReport(findings: [finding])).hasSuffix(
        "| note |  | r | a\\|b &lt;script&gt;\\`x\\` |\n"))
  }

  @Test func sarifFingerprintsSurviveLineShifts() throws {
    let moved = try Self.report().findings.map { finding -> Diagnostic in
      var shifted = finding
      shifted.location?.line += 40
      return shifted
    }
    let original = try Self.report().findings.map { Fingerprint(of: $0) }
    #expect(moved.map { Fingerprint(of: $0) } == original)
    #expect(Set(original).count == original.count)
  }

  @Test func sarifURIsArePercentEncoded() {
    #expect(SARIFReporter.uri(for: "Graph/a b/β.yaml") == "Graph/a%20b/%CE%B2.yaml")
    #expect(SARIFReporter.uri(for: "/abs/x.yaml") == "file:///abs/x.yaml")
  }

  @Test(
    .requires(
      SARIFSchema.validatorAvailable,
      "needs python3 with jsonschema and the SARIF schema (set CLAIMGRAPH_SCHEMAS)"))
  func sarifValidatesAgainstTheOfficialSchema() throws {
    let report = try Self.report()
    let text = SARIFReporter.render(
      report, rules: RuleRegistry.standard.descriptors, toolVersion: "0.1.0")
    #expect(try SARIFSchema.validate(text) == "")
  }
}
