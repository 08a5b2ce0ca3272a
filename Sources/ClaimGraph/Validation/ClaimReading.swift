/// What the rules that read the text see of one claim: the sentences its quotes land in.
struct ClaimReading {
  /// The claim's article's anchors.
  let grounding: Grounding
  /// The offsets, in ``Grounding/sentences``, of the sentences holding the claim's
  /// passages, in reading order.
  let sentences: [Int]

  /// The reading of a claim whose quotes were found in its article; nil otherwise.
  init?(_ claim: Claim, in graph: KnowledgeGraph) {
    guard !claim.quotes.isEmpty, let grounding = graph.grounding(of: claim) else { return nil }
    let offsets = grounding.passages(ofClaim: claim.id).compactMap {
      Self.sentence(containing: $0.start, in: grounding)
    }
    guard !offsets.isEmpty else { return nil }
    self.grounding = grounding
    self.sentences = Array(Set(offsets)).sorted()
  }

  /// The text of each of the claim's sentences.
  var texts: [String] { sentences.map(text(of:)) }

  /// The text of a sentence of the claim's article.
  func text(of sentence: Int) -> String {
    let span = grounding.sentences[sentence].span
    return grounding.text.excerpt(span.start..<span.end)
  }

  /// The claim's sentences, then the titles of the sections they are in (of the claim's
  /// article): what the text says around the claim.
  func textsAndSectionTitles(in graph: KnowledgeGraph, article: String?) -> [String] {
    var seen: [String] = []
    for sentence in sentences {
      guard let id = grounding.sentences[sentence].section, !seen.contains(id) else { continue }
      seen.append(id)
    }
    return texts + seen.compactMap { graph.section($0, inArticle: article)?.title }
  }

  /// The offset of the sentence holding a position of the text (binary search: sentences
  /// are in reading order and do not overlap).
  static func sentence(containing position: Int, in grounding: Grounding) -> Int? {
    let sentences = grounding.sentences
    var low = 0
    var high = sentences.count
    while low < high {
      let middle = (low + high) / 2
      if sentences[middle].span.end <= position { low = middle + 1 } else { high = middle }
    }
    guard low < sentences.count, sentences[low].span.start <= position else { return nil }
    return low
  }

  /// A list of phrases as messages show them: `"may", "suggests"`.
  static func quoted(_ phrases: [String]) -> String {
    phrases.map { "\"\($0)\"" }.joined(separator: ", ")
  }
}
