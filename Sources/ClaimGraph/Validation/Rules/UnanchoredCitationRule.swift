/// Reports citations the article does not make where it states the claim.
public struct UnanchoredCitationRule: GraphRule {
  /// The id its findings carry, and that configurations, suppressions and baselines name.
  public let id = "unanchored-citation"
  /// The citation may be right, but nothing shows that the article makes it.
  public let defaultSeverity = Severity.warning
  /// What `claimgraph rules` lists beside the id.
  public let summary = "A citation is not anchored where the article states the claim."
  /// What `claimgraph lint --explain` prints: why it matters and how to fix it.
  public let explanation = """
    A citation says the article rests a claim on a source. It is anchored when its \
    `quote:` is the passage that invokes the source for the claim ("a landmark 2008 PET \
    study by Henning Boecker and colleagues"), in the same paragraph as one of the \
    claim's own quotes, or when the claim's own quote names the source (an author's \
    family name). Otherwise the citation is an inference of the encoder: quote the \
    passage that makes it, or mark it `inferred: true`, which keeps it visible but never \
    counts it as evidence (queries, tables, `uncited-claim`), or drop it. A reference-list \
    entry is not such a passage. Claims without quotes are left to `unanchored-claim`.
    """

  /// Creates the rule.
  public init() {}

  /// Reports each unanchored citation, at the citation.
  public func check(_ context: ValidationContext) -> [Diagnostic] {
    let graph = context.graph
    return graph.claims.filter { !$0.quotes.isEmpty }.flatMap { claim -> [Diagnostic] in
      guard let grounding = graph.grounding(of: claim) else { return [] }
      let paragraphs = grounding.paragraphs(ofClaim: claim.id)
      return claim.citations.enumerated().compactMap { offset, citation -> Diagnostic? in
        guard !citation.isInferred else { return nil }
        let field = "citations[\(offset)]"
        let what = "claim '\(claim.id)' cites '\(citation.source)'"
        guard citation.quotes.isEmpty else {
          let spans = grounding.matches(ofCitation: offset, of: claim.id).flatMap(\.spans)
          guard !spans.isEmpty, !paragraphs.isEmpty,
            !spans.contains(where: { paragraphs.contains($0.line) })
          else { return nil }
          let quoted = spans.map { "\($0.line)" }.joined(separator: ", ")
          let stated = paragraphs.sorted().map(String.init).joined(separator: ", ")
          return finding(
            "\(what) with a passage on line \(quoted) of \(grounding.text.path), but the "
              + "claim is stated on line \(stated); quote where the article invokes the "
              + "source for this claim, or mark the citation `inferred: true`",
            node: claim.id, field: field, in: context)
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
}
