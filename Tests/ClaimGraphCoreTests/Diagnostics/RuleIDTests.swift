import ClaimGraph
import Testing

@Suite struct RuleIDTests {
  @Test func textNamingARuleBecomesItsID() throws {
    #expect(try RuleRegistry.standard.ruleID("uncited-claim") == .uncitedClaim)
    #expect(try RuleRegistry.standard.ruleID("syntax") == .syntax)
    #expect(
      try RuleRegistry.standard.descriptor(named: "stale-baseline-entry").id == .staleBaselineEntry)
  }

  @Test func textNamingNoRuleIsAnErrorWithTheClosestID() {
    #expect(throws: UnknownRuleID(text: "uncited-clam", suggestion: .uncitedClaim)) {
      try RuleRegistry.standard.ruleID("uncited-clam")
    }
    do throws(UnknownRuleID) {
      _ = try RuleRegistry.standard.ruleID("no-such-rule")
      Issue.record("no error")
    } catch {
      #expect(error.description == "no rule is named 'no-such-rule'")
    }
    #expect(
      UnknownRuleID(text: "uncited-clam", suggestion: .uncitedClaim).description
        == "no rule is named 'uncited-clam'; did you mean 'uncited-claim'?")
  }

  @Test func everyRuleHasItsOwnIDWrittenInKebabCase() {
    let ids = RuleRegistry.standard.descriptors.map(\.id)
    #expect(Set(ids).count == ids.count)
    #expect(ids.filter { !NodeID($0.rawValue).isKebabCase } == [])
    #expect(ids.map(\.description) == ids.map(\.rawValue))
  }
}
