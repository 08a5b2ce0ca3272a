/// Reports claims that no citation backs.
///
/// A claim is backed by a citation that counts as evidence (it supports the claim, is not
/// inferred and is anchored: ``KnowledgeGraph/isEvidence(_:for:)``); a `refuted` claim (a
/// myth the article rejects) is also backed by an anchored citation that `contradicts` it,
/// since that is the evidence for rejecting it. Citations to sources that do not exist
/// still count here: `unknown-source` reports those, so a typo is not reported twice.
public struct UncitedClaimRule: GraphRule {
  /// The id its findings carry, and that configurations, suppressions and baselines name.
  public let id: RuleID = .uncitedClaim
  /// An unbacked claim is the problem the linter exists to catch.
  public let defaultSeverity = Severity.error
  /// What `claimgraph rules` lists beside the id.
  public let summary = "A claim has no citation that supports it."
  /// What `claimgraph lint --explain` prints: why it matters and how to fix it.
  public let explanation = """
    Every claim should rest on at least one source. Add a `citations:` entry naming a \
    source whose findings support the claim (stance `supports`, the default). For a \
    refuted claim, cite the evidence against it with stance `contradicts`. When the \
    article invokes a study without listing it, add that study as a source with \
    `listed: false` and cite it: the claim is then reported by `unlisted-source` instead, \
    which is a warning.
    """

  /// Creates the rule.
  public init() {}

  /// Reports each claim without a backing citation, at the claim.
  public func check(_ context: ValidationContext) -> [Diagnostic] {
    let graph = context.graph
    return graph.citationIndex.backings.indices.filter {
      graph.backing(ofClaimAt: $0) == .none
    }.map { offset in
      let claim = graph.claims[offset]
      let made = claim.citations.filter { !$0.isInferred }
      let unanchored = made.filter { citation in
        KnowledgeGraph.backs(citation, claim, anchored: true)
          && !citation.isAnchored(for: claim, source: graph.source(citation.source))
      }
      let hint =
        claim.citations.isEmpty
        ? "it cites nothing"
        : made.isEmpty
          ? "its citations are all inferred, which is no evidence"
          : !unanchored.isEmpty
            ? "its citations of "
              + unanchored.map { "'\($0.source)'" }.joined(separator: ", ")
              + " are not anchored: they quote no passage of the text that invokes the source "
              + "(see unanchored-citation)"
            : "none of its citations supports it"
      return finding(
        "claim '\(claim.id)' has no citation that supports it (\(hint))", node: claim.id,
        in: context)
    }
  }
}
