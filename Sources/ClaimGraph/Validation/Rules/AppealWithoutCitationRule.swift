/// Reports claims whose quote appeals to evidence while the claim cites nothing.
public struct AppealWithoutCitationRule: GraphRule {
  /// The id its findings carry, and that configurations, suppressions and baselines name.
  public let id = "appeal-without-citation"
  /// A warning: the article invokes evidence the graph does not record.
  public let defaultSeverity = Severity.warning
  /// What `claimgraph rules` lists beside the id.
  public let summary = "A claim's quote appeals to evidence, but the claim cites nothing."
  /// What `claimgraph lint --explain` prints: why it matters and how to fix it.
  public let explanation = """
    A sentence that says "research shows", "studies have found", "has been observed" or \
    "according to" invokes evidence; the claim it states should cite it, with an unlisted \
    source (`listed: false`, `mentioned_as:` the words) when the reference list lacks it, \
    or at least an `inferred: true` citation. The rule reports a claim with no citation \
    at all whose own quoted words hold a phrase of the `appeals` cue list (`Cues`, \
    extended under `cues:` in `.claimgraph.yml`), naming the phrases; an appeal in \
    another clause of the sentence belongs to the claim that quotes it. Cite the source, \
    or suppress the finding with a reason.
    """

  /// Creates the rule.
  public init() {}

  /// Reports each uncited claim whose quote appeals to evidence, at the claim.
  public func check(_ context: ValidationContext) -> [Diagnostic] {
    let graph = context.graph
    return graph.claims.compactMap { claim -> Diagnostic? in
      guard claim.citations.isEmpty, !claim.quotes.isEmpty, graph.grounding(of: claim) != nil
      else { return nil }
      var appeals: [String] = []
      for text in claim.quotes.map(\.exact) {
        for phrase in context.cues.found(.appeals, in: text) where !appeals.contains(phrase) {
          appeals.append(phrase)
        }
      }
      guard !appeals.isEmpty else { return nil }
      return finding(
        "claim '\(claim.id)' cites nothing, but its quote appeals to evidence "
          + "(\(ClaimReading.quoted(appeals))); cite the source it invokes (an unlisted one "
          + "if the reference list lacks it), or an inferred one",
        node: claim.id, in: context)
    }
  }
}
