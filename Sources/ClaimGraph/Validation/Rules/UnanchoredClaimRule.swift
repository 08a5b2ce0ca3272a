/// Reports claims that quote nothing of the article they come from.
public struct UnanchoredClaimRule: GraphRule {
  /// The id its findings carry, and that configurations, suppressions and baselines name.
  public let id: RuleID = .unanchoredClaim
  /// The claim may be right, but nothing ties it to the text, so no edit will flag it.
  public let defaultSeverity = Severity.warning
  /// What `claimgraph rules` lists beside the id.
  public let summary = "A claim quotes no passage of the article."
  /// What `claimgraph lint --explain` prints: why it matters and how to fix it.
  public let explanation = """
    A claim should say where the article states it: `quote:` with one or more short exact \
    fragments of the text. Without one, nobody can check that the article really says \
    it, its citations cannot be checked against the passage, and an edit of the article \
    will never mark it stale. Graphs without an article text are not checked.
    """

  /// Creates the rule.
  public init() {}

  /// Reports each claim without a quote, at the claim.
  public func check(_ context: ValidationContext) -> [Diagnostic] {
    context.graph.claims.filter(\.quotes.isEmpty).compactMap { claim in
      guard let text = context.graph.grounding(of: claim)?.text else { return nil }
      return finding(
        "claim '\(claim.id)' quotes no passage of \(text.path); add `quote:` with the words "
          + "that state it", node: claim.id, in: context)
    }
  }
}
