/// One article of a graph as the graph indexes it: its sections, its text and where its
/// claims' anchors land, and which sources its reference list holds.
///
/// A graph that declares no article but has sections, a text or claims has one scope
/// without an article.
struct ArticleScope: Sendable {
  /// The article; nil for a graph that declares none.
  let article: Article?
  /// The sections, in reading order.
  let sections: [Section]
  /// Each section's position in ``sections``, by id.
  let sectionIndex: [String: Int]
  /// The article's text, if it has one.
  let text: ArticleText?
  /// The offsets of the article's claims in the graph's claims, in order.
  let claimOffsets: [Int32]
  /// Where the anchors of the article's claims, and every source's quotes, land in
  /// ``text``.
  let grounding: Grounding?
  /// Which sources (by offset) the reference list holds, read from the text: those that say
  /// they are listed and have a quote found in it; nil when the article has no text, and
  /// every source that says it is listed counts.
  private let listed: Set<Int>?

  /// Indexes an article.
  ///
  /// Only the sources the article's claims cite are looked for in a library's texts (every
  /// source, in a graph of one article), so a library of many articles costs the length of
  /// its texts and quotes, not texts times sources.
  ///
  /// - Parameters:
  ///   - claims: the article's claims, in canonical order.
  ///   - claimOffsets: their offsets in the graph's claims.
  ///   - sources: every source of the graph, in canonical order.
  ///   - cited: the offsets of the sources the claims cite; nil for every source.
  init(
    article: Article?, sections: [Section], text: ArticleText?, claims: [Claim],
    claimOffsets: [Int32], sources: [Source], cited: [Int]?
  ) throws(KnowledgeGraph.BuildError) {
    self.article = article
    self.claimOffsets = claimOffsets
    self.sections = sections
    var sectionIndex: [String: Int] = [:]
    for (offset, section) in sections.enumerated() {
      guard sectionIndex.updateValue(offset, forKey: section.id) == nil else {
        throw .duplicateSection(section.id)
      }
    }
    self.sectionIndex = sectionIndex
    self.text = text
    let offsets = cited ?? Array(sources.indices)
    let grounding = text.map {
      Grounding(
        text: $0, article: article, sections: sections, claims: claims,
        sources: offsets.map { sources[$0] })
    }
    self.grounding = grounding
    // A source that says it is listed but whose entry is nowhere in the text is not listed:
    // the text is the reference list's only witness (`listed-source-not-in-references`).
    self.listed = grounding.map { grounding in
      Set(
        offsets.filter { offset in
          let source = sources[offset]
          return source.isListed
            && grounding.matches(ofSource: source.id).contains { !$0.spans.isEmpty }
        })
    }
  }

  /// Whether the article's reference list holds the source at an offset of the graph's
  /// sources.
  func lists(sourceAt offset: Int, _ sources: [Source]) -> Bool {
    listed.map { $0.contains(offset) } ?? sources[offset].isListed
  }
}
