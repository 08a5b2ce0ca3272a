import ClaimGraph
import ClaimGraphFormatsTestSupport
import ClaimGraphYAML
import Testing

@Suite struct LintConfigurationTests {
  static func parse(_ text: String) -> (LintConfiguration, [String]) {
    let (configuration, diagnostics) = LintConfigurationFile.parse(
      Array(text.utf8), file: ".claimgraph.yml", directory: "/repo")
    return (configuration, diagnostics.map(\.description))
  }

  @Test func readsSeveritiesOptionsIgnoresAndStrictness() {
    let (configuration, problems) = Self.parse(
      """
      strict: true
      rules:
        uncited-claim: warning
        unused-source: off
        established-on-weak-evidence:
          severity: error
          min-sources: 3
      ignore: [drafts/**]
      """)
    #expect(problems == [])
    #expect(
      configuration
        == LintConfiguration(
          rules: [
            "uncited-claim": .severity(.warning), "unused-source": .off,
            "established-on-weak-evidence": .severity(.error),
          ],
          options: ["established-on-weak-evidence.min-sources": 3], ignoredPaths: ["drafts/**"],
          baseDirectory: "/repo", strict: true))
  }

  @Test func reportsUnknownRulesBadSeveritiesAndOptions() {
    let (_, problems) = Self.parse(
      """
      rules:
        uncited-claims: error
        unused-source: warnings
        established-on-weak-evidence: {min-sources: 0, max-sources: 2}
      ignored: []
      """)
    #expect(
      problems == [
        ".claimgraph.yml:2:3: error: unknown rule 'uncited-claims' (see 'claimgraph rules'); did you mean 'uncited-claim'? [unknown-rule]",
        ".claimgraph.yml:3:18: error: the severity of 'unused-source' must be one of off, note, warning, error (or warn, true, false), found 'warnings'; did you mean 'warning'? [invalid-value]",
        ".claimgraph.yml:4:47: error: 'min-sources' of 'established-on-weak-evidence' must be at least 1, found 0 [invalid-value]",
        ".claimgraph.yml:4:50: error: unknown key 'max-sources' in the settings of 'established-on-weak-evidence'; did you mean 'min-sources'? (allowed keys: severity, min-sources, allow-animal-only, allow-guideline-only) [unknown-key]",
        ".claimgraph.yml:5:1: error: unknown key 'ignored' in the lint configuration; did you mean 'ignore'? (allowed keys: strict, rules, ignore, baseline, cues) [unknown-key]",
      ])
  }

  @Test func aSeverityOverrideAppliesToEveryFindingOfTheRule() {
    let yaml = LintFixture.clean(replacing: LintFixture.citations, with: "")
    let configuration = LintConfiguration(rules: ["uncited-claim": .severity(.warning)])
    let report = LintFixture.lint(yaml, configuration: configuration)
    #expect(report.findings.filter { $0.rule == "uncited-claim" }.map(\.severity) == [.warning])
    #expect(report.exitStatus == 0)
  }

  @Test func offSilencesARule() {
    let yaml = LintFixture.clean(replacing: LintFixture.citations, with: "")
    let configuration = LintConfiguration(rules: ["uncited-claim": .off, "unused-source": .off])
    #expect(LintFixture.lint(yaml, configuration: configuration).findings.isEmpty)
  }

  @Test func strictMakesWarningsFail() {
    let yaml = LintFixture.clean(replacing: LintFixture.citations, with: LintFixture.onlyA)
    #expect(LintFixture.lint(yaml).exitStatus == 0)
    #expect(LintFixture.lint(yaml, configuration: LintConfiguration(strict: true)).exitStatus == 1)
  }

  @Test func ignoredPathsAreRelativeToTheConfigurationDirectory() {
    let loaded = LintFixture.load([
      (
        "Graph/drafts/d.yaml",
        "claims:\n  - {id: d, statement: D, strength: uncertain, section: s}\n"
      ),
      ("Graph/g.yaml", LintFixture.clean),
    ])
    let configuration = LintConfiguration(ignoredPaths: ["drafts"], baseDirectory: "/repo/Graph")
    let report = Linter(configuration: configuration).lint(
      loaded, currentYear: 2026, workingDirectory: "/repo")
    #expect(report.findings.isEmpty)
    let unignored = Linter().lint(loaded, currentYear: 2026, workingDirectory: "/repo")
    #expect(unignored.findings.map(\.rule) == ["uncited-claim"])
  }

  @Test func pathPatterns() {
    #expect(PathPattern("**/*.yaml", base: "/r").matches("a/b/c.yaml", workingDirectory: "/r"))
    #expect(PathPattern("a/*.yaml", base: "/r").matches("/r/a/x.yaml"))
    #expect(!PathPattern("a/*.yaml", base: "/r").matches("/r/a/b/x.yaml"))
    #expect(PathPattern("../a/?.yaml", base: "/r/q").matches("a/x.yaml", workingDirectory: "/r"))
    #expect(!PathPattern("a", base: "/r").matches("ab/x.yaml", workingDirectory: "/r"))
  }
}
