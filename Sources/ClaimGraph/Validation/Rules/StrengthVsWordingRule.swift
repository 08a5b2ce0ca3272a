/// Reports claims whose strength the wording of their own sentence contradicts.
public struct StrengthVsWordingRule: GraphRule {
  /// The id its findings carry, and that configurations, suppressions and baselines name.
  public let id: RuleID = .strengthVsWording
  /// A warning: the cue lists are heuristic.
  public let defaultSeverity = Severity.warning
  /// What `claimgraph rules` lists beside the id.
  public let summary = "A claim's strength disagrees with the wording of its own sentence."
  /// What `claimgraph lint --explain` prints: why it matters and how to fix it.
  public let explanation = """
    A claim's strength should be what the article says, not what the author of the graph \
    believes. The rule reports an `established` claim whose own quoted words hedge \
    ("may", "suggests", "is thought to", "remains unclear", "emerging" …); an `uncertain` \
    claim whose quoted words assert ("well established", "consistently", "confirmed", \
    "demonstrates" …) while neither its sentences nor their section's title hedge; and a \
    `refuted` claim whose sentences and section title reject nothing ("myth", \
    "misconception", "not", "no evidence", "contrary to" …). Negated cues ("not \
    likely"), "May" as a month and words inside quotation marks do not count. The cue \
    lists are the `hedges`, `assertions` and `rejections` of `Cues`, extended under \
    `cues:` in `.claimgraph.yml`. Fix the strength, quote the words that state the claim, \
    or suppress the finding with a reason.
    """

  /// Creates the rule.
  public init() {}

  /// Reports each claim whose strength its wording contradicts, at the claim.
  public func check(_ context: ValidationContext) -> [Diagnostic] {
    let graph = context.graph
    let cues = context.cues
    let readings = context.readings.all
    return graph.claims.indices.compactMap { offset -> Diagnostic? in
      let claim = graph.claims[offset]
      guard !claim.quotes.isEmpty, graph.grounding(ofClaimAt: offset) != nil else { return nil }
      let own = claim.quotes.map(\.exact)
      func found(_ list: Cues.List, in texts: [String]) -> [String] {
        var result: [String] = []
        for text in texts {
          for phrase in cues.found(list, in: text, own: true) where !result.contains(phrase) {
            result.append(phrase)
          }
        }
        return result
      }
      let message: String
      switch claim.strength {
      case .established:
        let hedges = found(.hedges, in: own)
        guard !hedges.isEmpty else { return nil }
        message =
          "established claim '\(claim.id)' is hedged by its own words "
          + "(\(ClaimReading.quoted(hedges))); mark it uncertain, or quote the words that "
          + "state it firmly"
      case .uncertain:
        let assertions = found(.assertions, in: own)
        guard !assertions.isEmpty, let reading = readings[offset] else {
          return nil
        }
        let around = reading.textsAndSectionTitles(in: graph, article: claim.article)
        guard found(.hedges, in: around).isEmpty else { return nil }
        message =
          "uncertain claim '\(claim.id)' is asserted by its own words "
          + "(\(ClaimReading.quoted(assertions))) and nothing in its sentence hedges; mark "
          + "it established, or quote the words that qualify it"
      case .refuted:
        guard let reading = readings[offset] else { return nil }
        let around = reading.textsAndSectionTitles(in: graph, article: claim.article)
        guard found(.rejections, in: around).isEmpty else { return nil }
        message =
          "refuted claim '\(claim.id)' is not rejected by its sentence or its section's "
          + "title (no word such as \"myth\", \"misconception\", \"not\", \"no evidence\"); "
          + "mark the strength the text gives it, or quote the words that reject it"
      }
      return finding(message, node: claim.id, in: context)
    }
  }
}
