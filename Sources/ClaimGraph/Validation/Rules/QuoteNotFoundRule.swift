/// Reports quotes that the article's text does not contain.
public struct QuoteNotFoundRule: GraphRule {
  /// The id its findings carry, and that configurations, suppressions and baselines name.
  public let id: RuleID = .quoteNotFound
  /// An anchor that points nowhere makes every check built on it meaningless.
  public let defaultSeverity = Severity.error
  /// What `claimgraph rules` lists beside the id.
  public let summary = "A quote is not in the article's text."
  /// What `claimgraph lint --explain` prints: why it matters and how to fix it.
  public let explanation = """
    Claims, citations, sources and unclaimed passages anchor themselves to the article \
    with `quote:` fragments, which must occur in the article's text (whitespace, \
    typographic quotes and dashes, Unicode normalization and β versus "beta" are \
    forgiven; words and case are not). This is what fires when an editor rewrites a \
    sentence: the claims anchored to it are stale. Re-read the new sentence, update the \
    claim (statement, strength, citations) if its meaning changed, and copy the new \
    fragment into `quote:`. The message names the nearest passage of the text, by edit \
    distance, with its line and column in the article, and the words that differ: \
    `… the [-prefrontal-]{+frontal+} cortex …` (removed from the quote, then added by the \
    text).
    """

  /// Creates the rule.
  public init() {}

  /// Reports each quote not found, at the quote.
  public func check(_ context: ValidationContext) -> [Diagnostic] {
    AnchoredQuote.all(in: context.graph, where: \.isMissing).compactMap { quote in
      guard case .notFound(let nearest) = quote.match else { return nil }
      let text = quote.text
      var message =
        "the quote \(AnchoredQuote.shortened(quote.quote.exact)) of \(quote.owner) is not in "
        + "the article (\(text.path))"
      if let nearest {
        message +=
          "; the nearest passage, at \(text.path):\(nearest.line):\(nearest.column), is "
          + AnchoredQuote.shortened(text.excerpt(nearest.start..<nearest.end))
        if let diff = WordDiff.marked(
          quote.quote.exact, against: text.excerpt(nearest.start..<nearest.end))
        {
          message += "; the words that differ: \(diff)"
        }
      }
      return finding(message, about: quote, in: context)
    }
  }
}
