/// Where every anchor of a graph lands in its article text.
///
/// Built once, with the graph, when the graph has an ``ArticleText``: each quote of each
/// claim, citation, source and unclaimed passage is located (see ``ArticleText/locate(_:)``),
/// and the text is cut into sentences by section. Rules, `coverage`, `show` and the
/// exports read it from ``KnowledgeGraph/grounding``.
public struct Grounding: Sendable {
  /// The text the anchors were located in.
  public let text: ArticleText
  /// The text's sentences and headings, in reading order.
  public let sentences: [Sentence]
  /// Where each unclaimed passage is, in the order of ``ArticleText/unclaimed``.
  public let unclaimed: [QuoteMatch]

  private let claims: [NodeID: [QuoteMatch]]
  private let citations: [NodeID: [[QuoteMatch]]]
  private let sources: [NodeID: [QuoteMatch]]

  init(
    text: ArticleText, article: Article?, sections: [Section], claims: [Claim], sources: [Source]
  ) {
    self.text = text
    var headings: [String: String?] = [:]
    if let article { headings[TextNormalization.comparable(article.title)] = .some(nil) }
    for section in sections { headings[TextNormalization.comparable(section.title)] = section.id }
    self.sentences = text.sentences(headings: headings)
    self.unclaimed = text.unclaimed.map { text.locate($0.quote) }
    var claimMatches: [NodeID: [QuoteMatch]] = [:]
    var citationMatches: [NodeID: [[QuoteMatch]]] = [:]
    for claim in claims {
      if !claim.quotes.isEmpty { claimMatches[claim.id] = claim.quotes.map(text.locate) }
      if claim.citations.contains(where: { !$0.quotes.isEmpty }) {
        citationMatches[claim.id] = claim.citations.map { $0.quotes.map(text.locate) }
      }
    }
    self.claims = claimMatches
    self.citations = citationMatches
    var sourceMatches: [NodeID: [QuoteMatch]] = [:]
    for source in sources where !source.quotes.isEmpty {
      sourceMatches[source.id] = source.quotes.map(text.locate)
    }
    self.sources = sourceMatches
  }

  /// Where each quote of a claim is, in the order of ``Claim/quotes``.
  public func matches(ofClaim id: NodeID) -> [QuoteMatch] { claims[id] ?? [] }

  /// Where each quote of a claim's citation is, in the order of ``Citation/quotes``.
  public func matches(ofCitation index: Int, of claim: NodeID) -> [QuoteMatch] {
    guard let all = citations[claim], all.indices.contains(index) else { return [] }
    return all[index]
  }

  /// Where each quote of a source is, in the order of ``Source/quotes``.
  public func matches(ofSource id: NodeID) -> [QuoteMatch] { sources[id] ?? [] }

  /// The passages that state a claim: its quotes that were found (every candidate of an
  /// ambiguous one), in reading order.
  public func passages(ofClaim id: NodeID) -> [TextSpan] {
    matches(ofClaim: id).flatMap(\.spans).sorted()
  }

  /// The 1-based lines (paragraphs) a claim's passages are on.
  public func paragraphs(ofClaim id: NodeID) -> Set<Int> {
    Set(passages(ofClaim: id).map(\.line))
  }

  /// The whole paragraph (line) text around each of a claim's passages, in reading order.
  public func paragraphText(ofClaim id: NodeID) -> [String] {
    paragraphs(ofClaim: id).sorted().map { text.excerpt(text.lineRange($0)) }
  }
}
