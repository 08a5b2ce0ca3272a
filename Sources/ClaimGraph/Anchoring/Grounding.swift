/// Where every anchor of a graph lands in its article text.
///
/// Built once, with the graph, when the graph has an ``ArticleText``: each quote of each
/// claim, citation, stated evidence (``Claim/evidence``), source and unclaimed passage is
/// located, all in one pass over the text
/// (see ``ArticleText/locateAll(_:)``),
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
  private let evidence: [NodeID: [[QuoteMatch]]]
  private let sources: [NodeID: [QuoteMatch]]

  init(
    text: ArticleText, article: Article?, sections: [Section], claims: [Claim], sources: [Source]
  ) {
    self.text = text
    var headings: [String: String?] = [:]
    if let article { headings[TextNormalization.comparable(article.title)] = .some(nil) }
    for section in sections { headings[TextNormalization.comparable(section.title)] = section.id }
    self.sentences = text.sentences(headings: headings)
    // Every quote of the graph, located together in one pass over the text, then dealt
    // back in the same order.
    var quotes = text.unclaimed.map(\.quote)
    for claim in claims {
      quotes += claim.quotes
      if claim.citations.contains(where: { !$0.quotes.isEmpty }) {
        for citation in claim.citations { quotes += citation.quotes }
      }
      for stated in claim.evidence { quotes += stated.quotes }
    }
    for source in sources { quotes += source.quotes }
    var matches = text.locateAll(quotes)[...]
    func take(_ count: Int) -> [QuoteMatch] {
      defer { matches = matches.dropFirst(count) }
      return Array(matches.prefix(count))
    }
    self.unclaimed = take(text.unclaimed.count)
    var claimMatches: [NodeID: [QuoteMatch]] = [:]
    var citationMatches: [NodeID: [[QuoteMatch]]] = [:]
    var evidenceMatches: [NodeID: [[QuoteMatch]]] = [:]
    for claim in claims {
      if !claim.quotes.isEmpty { claimMatches[claim.id] = take(claim.quotes.count) }
      if claim.citations.contains(where: { !$0.quotes.isEmpty }) {
        citationMatches[claim.id] = claim.citations.map { take($0.quotes.count) }
      }
      if !claim.evidence.isEmpty {
        evidenceMatches[claim.id] = claim.evidence.map { take($0.quotes.count) }
      }
    }
    self.claims = claimMatches
    self.citations = citationMatches
    self.evidence = evidenceMatches
    var sourceMatches: [NodeID: [QuoteMatch]] = [:]
    for source in sources where !source.quotes.isEmpty {
      sourceMatches[source.id] = take(source.quotes.count)
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

  /// Where each quote of a claim's stated evidence is, in the order of
  /// ``StatedEvidence/quotes``.
  public func matches(ofEvidence index: Int, of claim: NodeID) -> [QuoteMatch] {
    guard let all = evidence[claim], all.indices.contains(index) else { return [] }
    return all[index]
  }

  /// Where each quote of a source is, in the order of ``Source/quotes``.
  public func matches(ofSource id: NodeID) -> [QuoteMatch] { sources[id] ?? [] }

  /// The sources whose quotes were looked for in this text.
  var quotedSources: Dictionary<NodeID, [QuoteMatch]>.Keys { sources.keys }

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
