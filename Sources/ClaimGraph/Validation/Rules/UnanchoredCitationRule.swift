/// Reports citations the article does not make where it states the claim, and stated
/// evidence quoted away from it.
public struct UnanchoredCitationRule: GraphRule {
  /// The id its findings carry, and that configurations, suppressions and baselines name.
  public let id: RuleID = .unanchoredCitation
  /// The citation may be right, but nothing shows that the article makes it.
  public let defaultSeverity = Severity.warning
  /// What `claimgraph rules` lists beside the id.
  public let summary =
    "A citation (or stated evidence) is not anchored where the article states the claim."
  /// What `claimgraph lint --explain` prints: why it matters and how to fix it.
  public let explanation = """
    A citation says the article rests a claim on a source. It is anchored when its \
    `quote:` is the passage that invokes the source for the claim ("a landmark 2008 PET \
    study by Henning Boecker and colleagues"), in the same paragraph as one of the \
    claim's own quotes, or when the claim's own quote names the source (an author's \
    family name). Otherwise the citation is an inference of the encoder: quote the \
    passage that makes it, or mark it `inferred: true`, which keeps it visible but never \
    counts it as evidence (queries, tables, `uncited-claim`), or drop it. A reference-list \
    entry is not such a passage. A claim's stated `evidence:` describes how its own \
    sentence says the claim was shown, so its quote too must be in the paragraph of one \
    of the claim's quotes. Claims without quotes are left to `unanchored-claim`.
    """

  /// Creates the rule.
  public init() {}

  /// Reports each unanchored citation, at the citation, and each stated evidence quoted in
  /// another paragraph than the claim, at the evidence.
  public func check(_ context: ValidationContext) -> [Diagnostic] {
    let graph = context.graph
    return graph.claims.filter { !$0.quotes.isEmpty }.flatMap { claim -> [Diagnostic] in
      guard let grounding = graph.grounding(of: claim) else { return [] }
      let paragraphs = grounding.paragraphs(ofClaim: claim.id)
      /// The finding about a passage found only in other paragraphs than the claim's (nil
      /// when it is in one of them, or found nowhere): `what`, where it and the claim are,
      /// then `advice`.
      func misplaced(_ spans: [TextSpan], _ what: String, field: String, advice: String)
        -> Diagnostic?
      {
        guard !spans.isEmpty, !paragraphs.isEmpty,
          !spans.contains(where: { paragraphs.contains($0.line) })
        else { return nil }
        return finding(
          "\(what) with a passage on line \(Self.lines(spans.map(\.line))) of "
            + "\(grounding.text.path), but the claim is stated on line "
            + "\(Self.lines(paragraphs)); \(advice)", node: claim.id, field: field, in: context)
      }
      let stated = claim.evidence.indices.compactMap { offset in
        misplaced(
          grounding.matches(ofEvidence: offset, of: claim.id).flatMap(\.spans),
          "claim '\(claim.id)' states evidence of '\(claim.evidence[offset].method)'",
          field: "evidence[\(offset)]",
          advice: "quote the words of the claim's own sentence that describe how it was shown")
      }
      return stated
        + claim.citations.enumerated().compactMap { offset, citation -> Diagnostic? in
          guard !citation.isInferred else { return nil }
          let field = "citations[\(offset)]"
          let what = "claim '\(claim.id)' cites '\(citation.source)'"
          guard citation.quotes.isEmpty else {
            return misplaced(
              grounding.matches(ofCitation: offset, of: claim.id).flatMap(\.spans), what,
              field: field,
              advice: "quote where the article invokes the source for this claim, or mark the "
                + "citation `inferred: true`")
          }
          let source = graph.source(citation.source)
          guard source != nil, !citation.isAnchored(for: claim, source: source) else { return nil }
          return finding(
            "\(what), but neither a quote of the citation nor the claim's own quote shows the "
              + "article invoking it; add `quote:` with the passage that does, or mark the "
              + "citation `inferred: true`", node: claim.id, field: field, in: context)
        }
    }
  }

  /// Lines as a message names them: `12` or `12, 14`.
  private static func lines(_ lines: some Sequence<Int>) -> String {
    lines.sorted().map(String.init).joined(separator: ", ")
  }
}
