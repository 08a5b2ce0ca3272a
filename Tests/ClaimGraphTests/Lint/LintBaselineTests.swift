import ClaimGraph
import ClaimGraphFormats
import Foundation
import Testing

@Suite struct LintBaselineTests {
  static func uncitedClaim(_ id: String) -> String {
    "  - id: \(id)\n    statement: Claim \(id).\n    strength: uncertain\n    section: s\n"
  }

  static let before = LintFixture.clean + uncitedClaim("old-one") + uncitedClaim("old-two")

  @Test func aNewUncitedClaimAboveTheOthersIsTheOnlyNewFinding() throws {
    let baseline = Baseline(findings: LintFixture.lint(Self.before).findings)
    #expect(baseline.entries.map(\.node) == ["old-one", "old-two"])
    let after = Self.before.replacing("claims:\n", with: "claims:\n" + Self.uncitedClaim("new-one"))
    let report = LintFixture.lint(after, baseline: baseline)
    #expect(
      report.findings.map(\.description) == [
        "g.yaml:28:5: error: claim 'new-one' has no citation that supports it (it cites nothing) [uncited-claim]"
      ])
    #expect(
      report.baselined.map(\.description) == [
        "g.yaml:41:5: error: claim 'old-one' has no citation that supports it (it cites nothing) [uncited-claim]",
        "g.yaml:45:5: error: claim 'old-two' has no citation that supports it (it cites nothing) [uncited-claim]",
      ])
  }

  @Test func entriesAreCounted() {
    let finding = Diagnostic(rule: "syntax", severity: .error, message: "bad at line 3")
    let baseline = Baseline(findings: [finding])
    let moved = Diagnostic(rule: "syntax", severity: .error, message: "bad at line 4")
    let (new, known) = baseline.partition([moved, moved])
    #expect(known == [moved])
    #expect(new == [moved])
  }

  @Test func theBaselineFileRoundTrips() throws {
    let baseline = Baseline(findings: LintFixture.lint(Self.before).findings)
    let text = try baseline.fileText()
    #expect(text.hasPrefix("{\n  \"version\": 1,\n  \"tool\": \"claimgraph\",\n  \"entries\": ["))
    #expect(text.hasSuffix("\n}\n"))
    let decoded = try JSONDecoder().decode(Baseline.self, from: Data(text.utf8))
    #expect(decoded == baseline)
    let read = try Baseline(fileBytes: Array(text.utf8), file: "baseline.json")
    #expect(read.entries == baseline.entries && read.version == 1 && read.tool == "claimgraph")
    #expect(try read.fileText() == text)
  }

  @Test func originsLocateEachLinesFirstFingerprintInScalars() {
    let text = """
      {
        "entries": [
          { "fingerprint": "aaa", "rule": "r" },
          { "é→": 1, "fingerprint": "bbb", "fingerprint": "ccc" },
          { "fingerprint": "aaa" },
          { "fingerprint" }
        ]
      }
      """
    let origin = Baseline.Origin(file: "b.json", text: text)
    #expect(
      origin.locations == [
        "aaa": SourceLocation(file: "b.json", line: 3, column: 7),
        "bbb": SourceLocation(file: "b.json", line: 4, column: 16),
      ])
  }
}
