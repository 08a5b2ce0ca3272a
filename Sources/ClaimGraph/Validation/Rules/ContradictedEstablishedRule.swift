/// Reports `established` claims that cite a source contradicting them.
public struct ContradictedEstablishedRule: GraphRule {
  /// The id its findings carry, and that configurations, suppressions and baselines name.
  public let id: RuleID = .contradictedEstablished
  /// A warning: the strength may be overstated.
  public let defaultSeverity = Severity.warning
  /// What `claimgraph rules` lists beside the id.
  public let summary = "An established claim cites a source that contradicts it."
  /// What `claimgraph lint --explain` prints: why it matters and how to fix it.
  public let explanation = """
    A claim presented as established should not have a cited source whose findings \
    contradict it. Either the evidence is mixed and the claim's strength should be \
    `uncertain`, or the citation's stance is wrong (`supports` or `mentions`).
    """

  /// Creates the rule.
  public init() {}

  /// Reports each contradicting citation of an established claim, at its stance.
  public func check(_ context: ValidationContext) -> [Diagnostic] {
    let claims = context.graph.claims
    return claims.indices.filter {
      claims[$0].strength == .established
        && claims[$0].citations.contains { $0.stance == .contradicts }
    }.flatMap { claimOffset in
      let claim = claims[claimOffset]
      return claim.citations.enumerated().filter { $0.element.stance == .contradicts }.map {
        offset, citation in
        finding(
          "established claim '\(claim.id)' cites '\(citation.source)', which contradicts it; "
            + "mark the claim uncertain or correct the stance",
          node: claim.id, field: "citations[\(offset)].stance", in: context)
      }
    }
  }
}
