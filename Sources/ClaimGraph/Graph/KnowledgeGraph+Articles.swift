/// The library's articles: each claim's article, each article's sections, text and
/// anchors, and which sources its reference list holds.
extension KnowledgeGraph {
  /// The article with this identifier, if the library has it.
  ///
  /// - Complexity: O(log *a*) for *a* articles.
  public func article(_ id: String) -> Article? {
    scope(ofArticle: id).flatMap { scopes[$0].article }
  }

  /// The article a claim belongs to: the one it names, else the graph's only article.
  public func article(of claim: Claim) -> Article? {
    scope(of: claim).flatMap { scopes[$0].article }
  }

  /// The identifier of the article a claim belongs to (see ``article(of:)``).
  public func articleID(of claim: Claim) -> String? { article(of: claim)?.id }

  /// The text of an article (nil: of a graph that declares no article), if it has one.
  public func text(ofArticle id: String?) -> ArticleText? {
    scope(ofArticle: id).flatMap { scopes[$0].text }
  }

  /// Where the anchors of an article's claims land in its text (nil id: in the text of a
  /// graph that declares no article); nil when it has no text.
  public func grounding(ofArticle id: String?) -> Grounding? {
    scope(ofArticle: id).flatMap { scopes[$0].grounding }
  }

  /// Where a claim's anchors land: its own article's grounding.
  public func grounding(of claim: Claim) -> Grounding? {
    scope(of: claim).flatMap { scopes[$0].grounding }
  }

  /// Where the anchors of the claim at an offset in ``claims`` land: its own article's
  /// grounding, found without looking the claim up by id.
  package func grounding(ofClaimAt offset: Int) -> Grounding? {
    let scope = claimScopes[offset]
    return scope >= 0 ? scopes[Int(scope)].grounding : nil
  }

  /// Every article's grounding (and, for a graph that declares no article, the one of its
  /// text), in ``articles`` order.
  public var groundings: [(article: Article?, grounding: Grounding)] {
    scopes.compactMap { scope in scope.grounding.map { (scope.article, $0) } }
  }

  /// The section of one article with this identifier (nil article: of a graph that
  /// declares none).
  public func section(_ id: String, inArticle article: String?) -> Section? {
    guard let scope = scope(ofArticle: article), let offset = scopes[scope].sectionIndex[id]
    else { return nil }
    return scopes[scope].sections[offset]
  }

  /// The position of a section in its article's reading order.
  public func sectionOrder(_ id: String, inArticle article: String?) -> Int? {
    scope(ofArticle: article).flatMap { scopes[$0].sectionIndex[id] }
  }

  /// The section a claim names, in its own article.
  public func section(of claim: Claim) -> Section? {
    guard let id = claim.section, let scope = scope(of: claim),
      let offset = scopes[scope].sectionIndex[id]
    else { return nil }
    return scopes[scope].sections[offset]
  }

  /// Whether an article's reference list holds a source.
  ///
  /// A source that says it is listed (``Source/isListed``) is in the reference list of
  /// each article whose text holds one of its quotes — the entry as that article words it.
  /// An article without a text lists every source that says it is listed. In an article
  /// with a text, a listed source that quotes no entry, or whose entry the text lacks, is
  /// not listed: the text is the only witness of the reference list, so a source cannot be
  /// listed by saying so (`listed-source-not-in-references` reports it).
  public func isListed(_ source: Source, inArticle article: String?) -> Bool {
    guard let scope = scope(ofArticle: article), let offset = sourceOffset(of: source.id)
    else { return source.isListed }
    return scopes[scope].lists(sourceAt: offset, sources)
  }

  /// Whether the graph lists a source, for views of the source itself.
  ///
  /// `show`, `stats` and `--nodes sources 'listed:yes'` read it: the source says it is
  /// listed, and, where articles with texts cite it (in a graph of one article: that
  /// article), one of them lists it (see ``isListed(_:inArticle:)``). A source no article
  /// with a text cites keeps what it says.
  public func isListed(_ source: Source) -> Bool {
    guard let offset = sourceOffset(of: source.id) else { return source.isListed }
    return isListed(sourceAt: offset)
  }

  /// ``isListed(_:)`` for the source at an offset of ``sources``.
  func isListed(sourceAt offset: Int) -> Bool {
    guard sources[offset].isListed else { return false }
    if scopes.count == 1 { return scopes[0].lists(sourceAt: offset, sources) }
    let citing = articles(citing: sources[offset].id).compactMap { scope(ofArticle: $0.id) }
      .filter { scopes[$0].text != nil }
    return citing.isEmpty || citing.contains { scopes[$0].lists(sourceAt: offset, sources) }
  }

  /// Whether a claim's own article lists a source (see ``isListed(_:inArticle:)``).
  public func isListed(_ source: Source, for claim: Claim) -> Bool {
    isListed(source, inArticle: articleID(of: claim))
  }

  /// The claims of one article, by id.
  public func claims(inArticle id: String) -> [Claim] {
    article(id) == nil ? [] : claims(inScopeOf: id)
  }

  /// The articles a name picks: the one with this id, else those whose title holds every
  /// word of the name (ignoring case, quotes and dashes, as anchors do).
  public func articles(named name: String) -> [Article] {
    if let exact = article(name) { return [exact] }
    let words = TextNormalization.comparable(name, foldingCase: true).split(separator: " ")
    guard !words.isEmpty else { return [] }
    return articles.filter { article in
      let title = TextNormalization.WordSearch(article.title)
      return words.allSatisfy { title.contains(String($0)) }
    }
  }

  /// The articles whose claims cite a source, by article id.
  public func articles(citing source: NodeID) -> [Article] {
    var seen = Set<Int32>()
    for offset in claimOffsets(reaching: source, by: .cites) {
      seen.insert(claimScopes[offset])
    }
    return seen.sorted().compactMap { $0 >= 0 ? scopes[Int($0)].article : nil }
  }

  // MARK: - Scopes

  /// The claims of an article (nil: of the only article, or of a graph that declares
  /// none), by id.
  func claims(inScopeOf article: String?) -> [Claim] {
    guard let scope = scope(ofArticle: article) else { return [] }
    if scopes.count == 1 { return claims }
    return scopes[scope].claimOffsets.map { claims[Int($0)] }
  }

  /// The scope of an article id (nil: the scope of a graph that declares no article, or
  /// the only article).
  func scope(ofArticle id: String?) -> Int? {
    guard let id else { return scopes.count == 1 ? 0 : nil }
    // Articles are sorted by id; a graph with an unnamed scope has no article.
    let first = scopes.count - articles.count
    var low = 0
    var high = articles.count
    while low < high {
      let middle = (low + high) / 2
      if articles[middle].id.utf8.lexicographicallyPrecedes(id.utf8) {
        low = middle + 1
      } else {
        high = middle
      }
    }
    return low < articles.count && articles[low].id == id ? first + low : nil
  }

  /// The scope of a claim of this graph (found by id), or nil.
  func scope(of claim: Claim) -> Int? {
    guard let offset = claimOffset(of: claim.id) else {
      return scope(ofArticle: claim.article)
    }
    let scope = claimScopes[offset]
    return scope >= 0 ? Int(scope) : nil
  }
}
