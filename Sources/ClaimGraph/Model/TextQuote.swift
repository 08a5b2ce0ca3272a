/// A short exact fragment of the article that a claim, citation or source is anchored to.
///
/// Modelled on the W3C Web Annotation `TextQuoteSelector`: the fragment itself, and
/// optionally a few words before (``prefix``) and after (``suffix``) it, which pick one
/// occurrence when the fragment occurs more than once. Matching forgives what editors
/// change without changing the words: whitespace and line breaks, typographic versus
/// straight quotes and dashes, Unicode normalization, and `β` versus `beta`
/// (see ``ArticleText``).
public struct TextQuote: Hashable, Sendable {
  /// The fragment, as the article gives it: a few words up to one sentence.
  public var exact: String
  /// Words just before the fragment, to tell occurrences apart.
  public var prefix: String?
  /// Words just after the fragment, to tell occurrences apart.
  public var suffix: String?

  /// Creates a quote selector.
  public init(_ exact: String, prefix: String? = nil, suffix: String? = nil) {
    self.exact = exact
    self.prefix = prefix
    self.suffix = suffix
  }
}
