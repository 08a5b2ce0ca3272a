/// A claim's reference to a source, saying how the source bears on it and where the
/// article makes the reference.
///
/// A citation the article makes is *anchored*: ``quotes`` holds the passage where the
/// text invokes the source for the claim ("a landmark 2008 PET study by Henning Boecker
/// and colleagues"). A citation the text does not make at that point — an encoder's
/// inference that a listed study is what a sentence describes — is *inferred*
/// (``isInferred``): it is shown, but never counts as evidence (see
/// ``KnowledgeGraph/isEvidence(_:for:)``).
public struct Citation: Hashable, Sendable {
  /// The cited source.
  public var source: NodeID
  /// The evidence methods this citation relies on: `nil` means "the source's methods",
  /// an empty list means "no method".
  public var methods: [NodeID]?
  /// Whether the source supports, contradicts or merely mentions the claim.
  public var stance: Stance
  /// Where in the source (a figure, a page), if given.
  public var locator: String?
  /// The article's passage that invokes the source for this claim.
  public var quotes: [TextQuote]
  /// Whether the citation is the encoder's inference rather than one the text makes.
  public var isInferred: Bool

  /// Creates a citation.
  public init(
    source: NodeID, methods: [NodeID]? = nil, stance: Stance = .supports, locator: String? = nil,
    quotes: [TextQuote] = [], isInferred: Bool = false
  ) {
    self.source = source
    self.methods = methods
    self.stance = stance
    self.locator = locator
    self.quotes = quotes
    self.isInferred = isInferred
  }
}
