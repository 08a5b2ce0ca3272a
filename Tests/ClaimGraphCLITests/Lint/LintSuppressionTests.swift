import ClaimGraph
import ClaimGraphFormatsTestSupport
import Testing

@Suite struct LintSuppressionTests {
  static let uncited = LintFixture.clean(
    replacing: LintFixture.citations,
    with: """
          suppress:
            - rule: uncited-claim
              reason: the article states it without a source

      """)

  @Test func aSuppressionSilencesItsRuleOnItsNode() {
    let report = LintFixture.lint(Self.uncited)
    #expect(
      report.suppressed.map(\.description) == [
        "g.yaml:28:5: error: claim 'c' has no citation that supports it (it cites nothing) [uncited-claim]"
      ])
    #expect(report.findings.filter { $0.rule == "uncited-claim" }.isEmpty)
    #expect(report.findings.filter { $0.rule == "unused-suppression" }.isEmpty)
  }

  @Test func anUnusedSuppressionIsReportedAtTheEntry() {
    let yaml = LintFixture.clean(
      replacing: "    about: [beta-endorphin]\n",
      with:
        "    about: [beta-endorphin]\n    suppress:\n      - {rule: unused-source, reason: kept for later}\n"
    )
    #expect(
      LintFixture.lint(yaml).findings.map(\.description) == [
        "g.yaml:34:9: warning: 'c' suppresses 'unused-source', which reports nothing for it; remove the suppression [unused-suppression]"
      ])
  }

  @Test func aSuppressionOfAnUnknownRuleIsReported() {
    let yaml = LintFixture.clean(
      replacing: "    about: [beta-endorphin]\n",
      with:
        "    about: [beta-endorphin]\n    suppress:\n      - {rule: uncited-claims, reason: typo}\n"
    )
    #expect(
      LintFixture.lint(yaml).findings.map(\.description) == [
        "g.yaml:34:9: error: 'c' suppresses 'uncited-claims', which is not a rule; did you mean 'uncited-claim'? [unknown-rule]"
      ])
  }

  @Test func aSuppressionOfARuleTurnedOffIsNotReported() {
    let yaml = LintFixture.clean(
      replacing: "    about: [beta-endorphin]\n",
      with:
        "    about: [beta-endorphin]\n    suppress:\n      - {rule: unused-source, reason: kept for later}\n"
    )
    let configuration = LintConfiguration(rules: ["unused-source": .off])
    #expect(LintFixture.lint(yaml, configuration: configuration).findings.isEmpty)
  }

  @Test func aSuppressionNeedsAReason() {
    let yaml = LintFixture.clean(
      replacing: "    about: [beta-endorphin]\n",
      with:
        "    about: [beta-endorphin]\n    suppress:\n      - {rule: uncited-claim, reason: \" \"}\n"
    )
    #expect(
      LintFixture.lint(yaml).findings.map(\.description) == [
        "g.yaml:34:39: error: a suppression needs a reason that reviewers can judge [invalid-value]"
      ])
  }
}

@Suite struct LintInputFindingTests {
  @Test func loaderProblemsAreFindingsOfTheSameRun() {
    let yaml = LintFixture.clean(
      replacing: "    strength: established\n", with: "    strenght: established\n")
    let report = LintFixture.lint(yaml)
    #expect(
      report.findings.map(\.description) == [
        "g.yaml:28:5: error: claim 'c' is missing the required key 'strength' [missing-field]",
        "g.yaml:30:5: error: unknown key 'strenght' in claim 'c'; did you mean 'strength'? "
          + "(allowed keys: id, statement, strength, section, quote, about, relations, citations, evidence, note, suppress, same_as) [unknown-key]",
      ])
    #expect(report.exitStatus == 1)
  }

  @Test func aSyntaxErrorIsReportedWithTheOtherFilesFindingsAndExitsWith2() {
    let loaded = LintFixture.load([("a.yaml", "claims: [\n"), ("g.yaml", LintFixture.clean)])
    let report = Linter().lint(loaded, currentYear: 2026)
    #expect(report.findings.map(\.rule) == ["syntax"])
    #expect(report.inputFailed)
    #expect(report.exitStatus == 2)
  }

  @Test func columnsCountUnicodeCodePoints() {
    let yaml = LintFixture.clean(
      replacing: "about: [beta-endorphin]", with: "about: [\"β-x\", beta-endorphine]")
    let report = LintFixture.lint(yaml)
    #expect(
      report.findings.filter { $0.rule == "unknown-entity" }.map(\.location?.column) == [13, 20])
  }

  @Test func referenceErrorsAreReportedOnceNotByBothLoaderAndLinter() {
    let yaml = LintFixture.clean(replacing: "- source: b-2010", with: "- source: b-2011")
    let report = LintFixture.lint(yaml)
    #expect(report.findings.filter { $0.rule == "unknown-source" }.count == 1)
  }
}
