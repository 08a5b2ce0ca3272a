/// How much of the article its claims anchor: the share of factual sentences that at
/// least one claim quotes, per section and overall.
///
/// A sentence is *factual* unless it is a heading (the article's or a section's title) or
/// overlaps a passage the article text lists as unclaimed (with a reason). In the
/// reference list, a sentence is covered by the source that quotes it as its entry.
public struct ArticleCoverage: Sendable, Hashable {
  /// A sentence left out of the count, and why.
  public struct ExcludedSentence: Sendable, Hashable {
    /// Where the sentence is.
    public var span: TextSpan
    /// The reason its unclaimed passage gives.
    public var reason: String
  }

  /// The coverage of one section (or of the text before the first section).
  public struct SectionCoverage: Sendable, Hashable {
    /// The section's id; nil for the text before the first section heading.
    public var section: String?
    /// The section's factual sentences.
    public var factual: Int
    /// The factual sentences no claim anchors, in reading order.
    public var uncovered: [TextSpan]
    /// The sentences left out as not factual, with the reason.
    public var excluded: [ExcludedSentence]

    /// The factual sentences that some claim anchors.
    public var covered: Int { factual - uncovered.count }

    /// The share covered as a percentage with one decimal (`94.4%`); `-` when the section
    /// has no factual sentence.
    public var shareText: String {
      factual == 0 ? "-" : ArticleCoverage.percent(Double(covered) / Double(factual))
    }
  }

  /// Each section's coverage, in reading order (sections without sentences left out).
  public let sections: [SectionCoverage]

  /// The factual sentences of the whole article.
  public var factual: Int { sections.reduce(0) { $0 + $1.factual } }
  /// The factual sentences some claim anchors.
  public var covered: Int { sections.reduce(0) { $0 + $1.covered } }
  /// Every uncovered factual sentence, in reading order.
  public var uncovered: [TextSpan] { sections.flatMap(\.uncovered) }

  /// The coverage of one article of a graph (nil: of its only article, or of a graph that
  /// declares none); nil when that article has no text.
  public init?(_ graph: KnowledgeGraph, article: String? = nil) {
    guard let grounding = graph.grounding(ofArticle: article) else { return nil }
    var anchored = graph.claims(inScopeOf: article).flatMap { grounding.passages(ofClaim: $0.id) }
    anchored += graph.sources.flatMap { grounding.matches(ofSource: $0.id).flatMap(\.spans) }
    anchored.sort()
    let unclaimed = zip(grounding.text.unclaimed, grounding.unclaimed).flatMap { passage, match in
      match.spans.map { ExcludedSentence(span: $0, reason: passage.reason) }
    }
    let reach = Self.furthestEnds(anchored)
    let sentences = grounding.sentences
    let excludedBy = Self.firstOverlapping(unclaimed.map(\.span), in: sentences.map(\.span))
    var sections: [SectionCoverage] = []
    for (index, sentence) in sentences.enumerated() where !sentence.isHeading {
      if sections.last.map({ $0.section != sentence.section }) ?? true {
        sections.append(
          SectionCoverage(section: sentence.section, factual: 0, uncovered: [], excluded: []))
      }
      let span = sentence.span
      if let passage = excludedBy[index] {
        sections[sections.count - 1].excluded.append(
          ExcludedSentence(span: span, reason: unclaimed[passage].reason))
        continue
      }
      sections[sections.count - 1].factual += 1
      if !Self.contains(anchored, reaching: reach, spanOverlapping: span) {
        sections[sections.count - 1].uncovered.append(span)
      }
    }
    self.sections = sections
  }

  /// The furthest end among each prefix of the sorted spans: `result[i]` is the largest
  /// end of `sorted[0...i]`.
  private static func furthestEnds(_ sorted: [TextSpan]) -> [Int] {
    var furthest = Int.min
    return sorted.map { span in
      furthest = max(furthest, span.end)
      return furthest
    }
  }

  /// Whether any of the sorted spans overlaps `span`, in O(log *n*) with their
  /// ``furthestEnds(_:)``.
  private static func contains(
    _ sorted: [TextSpan], reaching reach: [Int], spanOverlapping span: TextSpan
  ) -> Bool {
    // The spans starting before `span` ends; one of them overlaps it if the furthest end
    // among them lies after `span` starts.
    let low = sorted.partitionPoint { $0.start >= span.end }
    return low > 0 && reach[low - 1] > span.start
  }

  /// For each sentence, the index of the first passage (in the order given) that overlaps
  /// it, or nil.
  ///
  /// Sentences are in reading order and do not overlap, so those a passage overlaps are
  /// consecutive; each sentence is given to the first passage that reaches it and then
  /// skipped (``FreeIndices``): O((*s* + *p*) log *s*) for *s*
  /// sentences and *p* passages, however the passages overlap.
  private static func firstOverlapping(_ passages: [TextSpan], in sentences: [TextSpan])
    -> [Int?]
  {
    var result = [Int?](repeating: nil, count: sentences.count)
    var free = FreeIndices(count: sentences.count)
    for (number, passage) in passages.enumerated() {
      // The first sentence that ends after the passage starts.
      let first = sentences.partitionPoint { $0.end > passage.start }
      var index = free.first(atOrAfter: first)
      while index < sentences.count, sentences[index].start < passage.end {
        if sentences[index].overlaps(passage) {
          result[index] = number
          free.take(index)
        }
        index = free.first(atOrAfter: index + 1)
      }
    }
    return result
  }

  /// The share of factual sentences covered, from 0 to 1 (1 when there are none).
  public var ratio: Double { factual == 0 ? 1 : Double(covered) / Double(factual) }

  /// The overall share as a percentage with one decimal (`100.0%`).
  public var shareText: String { Self.percent(ratio) }

  /// A ratio from 0 to 1 as a percentage with one decimal, rounded half up (`94.4%`).
  public static func percent(_ ratio: Double) -> String {
    let tenths = Int((ratio * 1000).rounded())
    return "\(tenths / 10).\(tenths % 10)%"
  }
}
