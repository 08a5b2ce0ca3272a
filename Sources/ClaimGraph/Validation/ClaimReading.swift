import Synchronization

/// What the rules that read the text see of one claim: the sentences its quotes land in.
struct ClaimReading: Sendable {
  /// The claim's article's anchors.
  let grounding: Grounding
  /// The offsets, in ``Grounding/sentences``, of the sentences holding the claim's
  /// passages, in reading order.
  let sentences: [Int]

  /// The reading of a claim whose quotes were found in its article; nil otherwise.
  init?(_ claim: Claim, in graph: KnowledgeGraph) {
    guard let grounding = graph.grounding(of: claim) else { return nil }
    self.init(claim, in: grounding)
  }

  /// The reading of a claim in its article's grounding; nil when no quote of it was found.
  init?(_ claim: Claim, in grounding: Grounding) {
    guard !claim.quotes.isEmpty else { return nil }
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

/// Every claim's ``ClaimReading``, built once per lint run, the first time a rule asks, and
/// shared by the rules that read the text (each used to build its own for every claim).
final class ClaimReadings: Sendable {
  private let graph: KnowledgeGraph
  private let built = Mutex<[ClaimReading?]?>(nil)

  /// The readings of a graph's claims, not built yet.
  init(_ graph: KnowledgeGraph) { self.graph = graph }

  /// The reading of each claim, by its offset in ``KnowledgeGraph/claims``.
  var all: [ClaimReading?] {
    built.withLock { readings in
      if let readings { return readings }
      let made = graph.claims.indices.map { offset in
        graph.grounding(ofClaimAt: offset).flatMap { ClaimReading(graph.claims[offset], in: $0) }
      }
      readings = made
      return made
    }
  }
}
