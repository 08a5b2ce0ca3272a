/// Reports citations anchored only in another sentence than the claim's, with no link back.
public struct CitationAcrossSentencesRule: GraphRule {
  /// The id its findings carry, and that configurations, suppressions and baselines name.
  public let id: RuleID = .citationAcrossSentences
  /// A warning: the neighbouring sentence may report a different finding.
  public let defaultSeverity = Severity.warning
  /// What `claimgraph rules` lists beside the id.
  public let summary =
    "A citation is anchored only in another sentence, with no link between the two."
  /// What `claimgraph lint --explain` prints: why it matters and how to fix it.
  public let explanation = """
    A citation's quote shows where the article invokes the source. When every quote of \
    the citation lies in a sentence other than the claim's own, the source backs what \
    that other sentence says, which may be a different finding. It still backs the claim \
    when the later of the two sentences points back to the earlier ("This", "These", \
    "Such", "the study", "these findings", "Crucially" …: the `links` cue list of `Cues`, \
    extended under `cues:` in `.claimgraph.yml`). The rule reports a supporting, \
    not inferred citation otherwise (a contradicting passage may well follow the claim \
    it rejects). Quote the words of the \
    claim's own sentence that invoke the source, mark the citation `inferred: true`, or \
    suppress the finding with a reason.
    """

  /// Creates the rule.
  public init() {}

  /// Whether a citation is checked: it supports the claim (a contradicting passage may
  /// well follow the claim it rejects), is not inferred, and quotes a passage.
  static func isChecked(_ citation: Citation) -> Bool {
    citation.stance == .supports && !citation.isInferred && !citation.quotes.isEmpty
  }

  /// Reports each citation anchored only elsewhere, at the claim.
  public func check(_ context: ValidationContext) -> [Diagnostic] {
    let graph = context.graph
    let readings = context.readings.all
    return graph.claims.indices.flatMap { offset -> [Diagnostic] in
      let claim = graph.claims[offset]
      guard claim.citations.contains(where: Self.isChecked), let reading = readings[offset]
      else { return [] }
      let own = Set(reading.sentences)
      return claim.citations.enumerated().compactMap { offset, citation -> Diagnostic? in
        guard Self.isChecked(citation) else { return nil }
        let elsewhere = reading.grounding.matches(ofCitation: offset, of: claim.id)
          .flatMap(\.spans).compactMap {
            ClaimReading.sentence(containing: $0.start, in: reading.grounding)
          }
        guard !elsewhere.isEmpty, !elsewhere.contains(where: own.contains) else { return nil }
        // The later of two sentences is the one that can point back to the other.
        let linked = elsewhere.contains { cited in
          reading.sentences.contains { stated in
            context.cues.contains(.links, in: reading.text(of: max(cited, stated)))
          }
        }
        guard !linked else { return nil }
        let first = reading.grounding.sentences[elsewhere.min()!].span
        return finding(
          "claim '\(claim.id)' cites '\(citation.source)' by a passage of another sentence "
            + "(line \(first.line), column \(first.column)), and neither sentence points back to "
            + "the other (no word such as \"this\", \"these\", \"such\", \"the study\"); quote "
            + "the words of its own sentence that invoke the source, or mark the citation "
            + "`inferred: true`",
          node: claim.id, in: context)
      }
    }
  }
}
