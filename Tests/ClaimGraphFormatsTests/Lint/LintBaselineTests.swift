import ClaimGraph
import ClaimGraphFormats
import ClaimGraphFormatsTestSupport
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
    let (new, known, _) = baseline.match([moved, moved])
    #expect(known == [moved])
    #expect(new == [moved])
  }

  @Test func theBaselineFileRoundTrips() throws {
    let baseline = Baseline(findings: LintFixture.lint(Self.before).findings)
    let text = baseline.fileText()
    #expect(text.hasPrefix("{\n  \"version\": 1,\n  \"tool\": \"claimgraph\",\n  \"entries\": ["))
    #expect(text.hasSuffix("\n}\n"))
    let read = try Baseline(fileBytes: Array(text.utf8), file: "baseline.json")
    #expect(read.entries == baseline.entries && read.version == 1 && read.tool == "claimgraph")
    #expect(read.fileText() == text)
  }

  @Test func originsLocateEachEntrysFingerprintKeyInScalars() throws {
    let text = """
      {
        "version": 1,
        "entries": [
          { "fingerprint": "aaa", "rule": "r", "count": 1, "message": "m" },
          { "é→": 1, "fingerprint": "bbb", "rule": "r", "count": 2, "message": "m", "node": null },
          { "rule": "r", "count": 1, "message": "m", "file": "g.yaml",
            "fingerprint": "aaa" }
        ]
      }
      """
    let read = try Baseline(fileBytes: Array(text.utf8), file: "b.json")
    #expect(read.tool == "claimgraph")
    #expect(read.entries.map(\.fingerprint) == ["aaa", "bbb", "aaa"])
    #expect(read.entries.map(\.file) == [nil, nil, "g.yaml"])
    #expect(
      read.origin?.locations == [
        "aaa": SourceLocation(file: "b.json", line: 4, column: 7),
        "bbb": SourceLocation(file: "b.json", line: 5, column: 16),
      ])
  }

  /// A baseline is read as every JSON input is: a key twice, U+0000 and deep nesting are
  /// refused; and what is JSON but no baseline is refused where it goes wrong.
  @Test(arguments: [
    (
      #"{"version": 1, "entries": [], "entries": []}"#,
      #"b.json:1:31: error: the key "entries" appears twice in one object; JSON readers disagree on which value counts, so remove one [duplicate-key]"#
    ),
    (
      #"{"version": 1, "entries": [{"rule": "r", "rule": "s"}]}"#,
      #"b.json:1:42: error: the key "rule" appears twice in one object; JSON readers disagree on which value counts, so remove one [duplicate-key]"#
    ),
    (
      #"{"version": 1, "tool": "a\u0000b", "entries": []}"#,
      #"b.json:1:24: error: this text holds the character U+0000 (written \u0000), which no text of a graph may hold [invalid-value]"#
    ),
    (
      "{\"version\": 1, \"entries\": " + String(repeating: "[", count: 100_000),
      "b.json:1:90: error: arrays and objects are nested more than 64 deep [limit-exceeded]"
    ),
    (
      #"{"version": 1, "entries": [],}"#,
      "b.json:1:29: error: invalid JSON: JSON disallows trailing comma before closing brace [syntax]"
    ),
    (#"[1]"#, "b.json:1:1: error: a baseline is a JSON object [wrong-type]"),
    (
      #"{"version": "1", "entries": []}"#,
      #"b.json:1:13: error: a baseline's "version" is a whole number [wrong-type]"#
    ),
    (
      #"{"version": 1, "entries": {}}"#,
      #"b.json:1:27: error: a baseline's "entries" is a list [wrong-type]"#
    ),
    (
      #"{"version": 1, "entries": [{"rule": "r", "fingerprint": "f", "message": "m"}]}"#,
      #"b.json:1:28: error: a baseline entry is an object with the texts "rule", "fingerprint" and "message", a whole-number "count", and a text or null as "node" and "file" [wrong-type]"#
    ),
  ])
  func aFileThatIsNoBaselineIsRefusedWhereItGoesWrong(text: String, message: String) {
    #expect(throws: Diagnostic.self) { try Baseline(fileBytes: Array(text.utf8), file: "b.json") }
    do {
      _ = try Baseline(fileBytes: Array(text.utf8), file: "b.json")
    } catch {
      #expect(error.description == message)
    }
  }
}
