/// Reports claims whose quote appeals to evidence while the claim cites nothing.
public struct AppealWithoutCitationRule: GraphRule {
  /// The id its findings carry, and that configurations, suppressions and baselines name.
  public let id: RuleID = .appealWithoutCitation
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
    extended under `cues:` in `.claimgraph.yml`), naming the phrases. An appeal elsewhere \
    in the claim's sentence belongs to the claim (or citation) that quotes it; one that no \
    quote of the sentence covers ("Research suggests that …" where the claim quotes only \
    what follows) belongs to every claim the sentence states. Cite the source, or \
    suppress the finding with a reason.
    """

  /// Creates the rule.
  public init() {}

  /// Reports each uncited claim whose quote, or whose sentence in words no quote covers,
  /// appeals to evidence, at the claim.
  public func check(_ context: ValidationContext) -> [Diagnostic] {
    let graph = context.graph
    let cues = context.cues
    // The claims each sentence states (by article and sentence), for deciding who owns an
    // appeal no quote of the claim holds. Built once: linear in the claims.
    let readings = context.readings.all
    var claimsInSentence: [SentenceKey: [Int]] = [:]
    for (offset, reading) in readings.enumerated() {
      guard let reading else { continue }
      for sentence in reading.sentences {
        let key = SentenceKey(article: graph.claims[offset].article, sentence: sentence)
        claimsInSentence[key, default: []].append(offset)
      }
    }
    func appeals(in texts: [String]) -> [String] {
      var found: [String] = []
      for text in texts {
        for phrase in cues.found(.appeals, in: text) where !found.contains(phrase) {
          found.append(phrase)
        }
      }
      return found
    }
    /// Whether a claim, or one of its citations, quotes words holding the phrase.
    func quotes(_ phrase: String, _ claim: Claim) -> Bool {
      let texts = claim.quotes.map(\.exact) + claim.citations.flatMap { $0.quotes.map(\.exact) }
      return appeals(in: texts).contains(phrase)
    }
    return graph.claims.indices.compactMap { offset -> Diagnostic? in
      let claim = graph.claims[offset]
      guard claim.citations.isEmpty, let reading = readings[offset] else { return nil }
      let own = appeals(in: claim.quotes.map(\.exact))
      if !own.isEmpty {
        return finding(
          "claim '\(claim.id)' cites nothing, but its quote appeals to evidence "
            + "(\(ClaimReading.quoted(own))); cite the source it invokes (an unlisted one "
            + "if the reference list lacks it), or an inferred one",
          node: claim.id, in: context)
      }
      var unowned: [String] = []
      for sentence in reading.sentences {
        let others = claimsInSentence[SentenceKey(article: claim.article, sentence: sentence)] ?? []
        for phrase in appeals(in: [reading.text(of: sentence)])
        where !unowned.contains(phrase)
          && !others.contains(where: { quotes(phrase, graph.claims[$0]) })
        {
          unowned.append(phrase)
        }
      }
      guard !unowned.isEmpty else { return nil }
      return finding(
        "claim '\(claim.id)' cites nothing, but its sentence appeals to evidence "
          + "(\(ClaimReading.quoted(unowned))) in words no quote covers; cite the source it "
          + "invokes (an unlisted one if the reference list lacks it), or an inferred one",
        node: claim.id, in: context)
    }
  }
}

/// A sentence of one article: where claims meet.
private struct SentenceKey: Hashable {
  let article: String?
  let sentence: Int
}
