/// Reports quotes that occur more than once in the article, with nothing to pick one.
public struct QuoteAmbiguousRule: GraphRule {
  /// The id its findings carry, and that configurations, suppressions and baselines name.
  public let id: RuleID = .quoteAmbiguous
  /// The anchor holds, but may point at the wrong sentence.
  public let defaultSeverity = Severity.warning
  /// What `claimgraph rules` lists beside the id.
  public let summary = "A quote occurs more than once in the article."
  /// What `claimgraph lint --explain` prints: why it matters and how to fix it.
  public let explanation = """
    A short fragment ("reduce pain perception") may occur in several sentences, and then \
    the anchor does not say which one states the claim: coverage, `show` and the \
    citation-nearness check use every occurrence. Lengthen the fragment, or pick one \
    occurrence with `prefix:` (words just before it) or `suffix:` (words just after it):
    `quote: [{exact: "reduce pain perception", prefix: "in the brain to"}]`.
    """

  /// Creates the rule.
  public init() {}

  /// Reports each ambiguous quote, at the quote, naming the lines it occurs on.
  public func check(_ context: ValidationContext) -> [Diagnostic] {
    AnchoredQuote.all(in: context.graph, where: \.isAmbiguous).compactMap { quote in
      guard case .ambiguous(let spans) = quote.match else { return nil }
      let text = quote.text
      let places = spans.map { "\($0.line):\($0.column)" }.joined(separator: ", ")
      let picked = quote.quote.prefix != nil || quote.quote.suffix != nil
      return finding(
        "the quote \(AnchoredQuote.shortened(quote.quote.exact)) of \(quote.owner) occurs "
          + "\(spans.count) times in \(text.path) (at \(places))"
          + (picked ? " and its prefix or suffix does not pick one" : "")
          + "; add a prefix or suffix, or quote more words", about: quote, in: context)
    }
  }
}
