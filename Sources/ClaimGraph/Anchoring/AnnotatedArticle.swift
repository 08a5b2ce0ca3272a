/// The article's text cut up for annotation: its lines as blocks (the title, section
/// headings, paragraphs and bullets) in reading order, and each block as runs of text that
/// the same claims state.
///
/// Everything comes from the graph's ``Grounding`` and ``ArticleCoverage``: a run is part
/// of a passage when claims' quotes cover it (every candidate of an ambiguous quote
/// counts), part of a reference-list entry when a source quotes it, part of the words
/// that invoke a source when a citation quotes them, part of a factual sentence no claim
/// anchors, part of a passage listed as unclaimed, or plain (the rest of a covered
/// sentence, the space between sentences, a heading). Where these overlap, the first in
/// that order wins.
public struct AnnotatedArticle: Sendable {
  /// A stretch of one block whose annotation does not change.
  public struct Run: Hashable, Sendable {
    /// What covers a run.
    public enum Kind: Hashable, Sendable {
      /// The claims whose quotes cover the run, in the graph's order (by id).
      case passage([NodeID])
      /// A source's entry (in the reference list), which the source quotes.
      case reference(NodeID)
      /// Words that invoke sources for a claim, as its citations quote them (sources in
      /// the order of the claims, then citations, that quote them).
      case citation([NodeID])
      /// Part of a factual sentence that no claim anchors.
      case uncovered
      /// Part of a sentence the article file lists as unclaimed, with the reason.
      case unclaimed(reason: String)
      /// Anything else: the rest of a covered sentence, the space between sentences.
      case plain
    }

    /// Where the run is, as offsets in Unicode scalars.
    public var range: Range<Int>
    /// What covers it.
    public var kind: Kind

    /// The claims a run states (none unless it is part of a passage).
    public var claims: [NodeID] {
      if case .passage(let claims) = kind { claims } else { [] }
    }
  }

  /// One line of the article.
  public struct Block: Hashable, Sendable {
    /// What a line is.
    public enum Kind: Hashable, Sendable {
      /// The article's title.
      case title
      /// A section's heading.
      case heading
      /// A paragraph.
      case paragraph
      /// An item of a bulleted list (a line starting `- `; the marker is not in the runs).
      case bullet
    }

    /// What the line is.
    public var kind: Kind
    /// The 1-based line in the text.
    public var line: Int
    /// The section the line belongs to (for a heading, the section it starts); nil before
    /// the first section heading.
    public var section: String?
    /// The line's text as runs, in reading order, without leading and trailing spaces.
    public var runs: [Run]
  }

  /// The text the blocks are cut from.
  public let text: ArticleText
  /// Every non-blank line, in reading order.
  public let blocks: [Block]

  /// The annotation of one article of a graph (nil: of its only article, or of a graph
  /// that declares none); nil when that article has no text.
  public init?(_ graph: KnowledgeGraph, article: String? = nil) {
    guard let grounding = graph.grounding(ofArticle: article),
      let coverage = ArticleCoverage(graph, article: article)
    else {
      return nil
    }
    let text = grounding.text
    let claims = graph.claims(inScopeOf: article)
    var marks: [Mark] = []
    for claim in claims {
      for span in grounding.passages(ofClaim: claim.id) {
        marks.append(Mark(span: span, kind: .passage([claim.id])))
      }
    }
    for source in graph.sources {
      for span in grounding.matches(ofSource: source.id).flatMap(\.spans) {
        marks.append(Mark(span: span, kind: .reference(source.id)))
      }
    }
    for claim in claims {
      for (offset, citation) in claim.citations.enumerated() {
        for span in grounding.matches(ofCitation: offset, of: claim.id).flatMap(\.spans) {
          marks.append(Mark(span: span, kind: .citation([citation.source])))
        }
      }
    }
    for section in coverage.sections {
      marks += section.uncovered.map { Mark(span: $0, kind: .uncovered) }
      marks += section.excluded.map { Mark(span: $0.span, kind: .unclaimed(reason: $0.reason)) }
    }
    // Each mark goes to every line it touches.
    var byLine: [Int: [Mark]] = [:]
    for mark in marks where mark.span.end > mark.span.start {
      let last = text.position(of: mark.span.end - 1).line
      for line in mark.span.line...last { byLine[line, default: []].append(mark) }
    }
    let title = (article.flatMap(graph.article) ?? graph.article).map {
      TextNormalization.comparable($0.title)
    }
    var headingLines: [Int: String?] = [:]
    for sentence in grounding.sentences where sentence.isHeading {
      headingLines[sentence.span.line] = sentence.section
    }
    var blocks: [Block] = []
    var section: String?
    for line in 1...text.lineCount {
      var range = text.lineRange(line)
      let content = text.excerpt(range)
      guard content.contains(where: { !$0.isWhitespace }) else { continue }
      let kind: Block.Kind
      if let heading = headingLines[line] {
        var comparable = TextNormalization.comparable(content)
        if comparable.hasSuffix(":") { comparable.removeLast() }
        kind = comparable == title ? .title : .heading
        section = heading
      } else if content.hasPrefix("- ") {
        kind = .bullet
        range = (range.lowerBound + 2)..<range.upperBound
      } else {
        kind = .paragraph
      }
      range = Self.trimmed(range, in: text)
      blocks.append(
        Block(
          kind: kind, line: line, section: section,
          runs: Self.runs(of: range, marks: byLine[line] ?? [])))
    }
    self.text = text
    self.blocks = blocks
  }

  /// The text of a run.
  public func text(of run: Run) -> String { text.excerpt(run.range) }

  /// The text of a block.
  public func text(of block: Block) -> String {
    guard let first = block.runs.first, let last = block.runs.last else { return "" }
    return text.excerpt(first.range.lowerBound..<last.range.upperBound)
  }

  /// A stretch of text and what covers it, before it is cut into runs.
  private struct Mark {
    let span: TextSpan
    let kind: Run.Kind
  }

  /// The range without leading and trailing spaces.
  private static func trimmed(_ range: Range<Int>, in text: ArticleText) -> Range<Int> {
    let content = Array(text.excerpt(range).unicodeScalars)
    var lower = 0
    var upper = content.count
    while lower < upper, content[lower].properties.isWhitespace { lower += 1 }
    while upper > lower, content[upper - 1].properties.isWhitespace { upper -= 1 }
    return (range.lowerBound + lower)..<(range.lowerBound + upper)
  }

  /// A block's runs: cut at every mark's ends, then neighbours with the same kind merged.
  ///
  /// Claims' passages win over a source's entry, which wins over the words invoking
  /// sources, which win over an uncovered or unclaimed sentence; a stretch no mark covers
  /// is plain.
  ///
  /// Each mark covers consecutive pieces between cuts. The claims and sources of a piece
  /// are listed in the marks' order without repeats (a set of the pairs seen); for the
  /// other kinds only the first mark counts, so a piece is painted once and then skipped
  /// (``FreeIndices``): O(*k* log *k* + *o*) for *k* marks and *o*
  /// claims and sources listed, however the marks overlap.
  private static func runs(of range: Range<Int>, marks: [Mark]) -> [Run] {
    func clamped(_ offset: Int) -> Int { min(max(offset, range.lowerBound), range.upperBound) }
    var cuts = Set([range.lowerBound, range.upperBound])
    for mark in marks {
      cuts.insert(clamped(mark.span.start))
      cuts.insert(clamped(mark.span.end))
    }
    let points = cuts.sorted()
    let pieces = points.count - 1
    var claims = [[NodeID]](repeating: [], count: pieces)
    var sources = [[NodeID]](repeating: [], count: pieces)
    var listed: Set<ListedNode> = []
    var reference = FirstPaint(count: pieces)
    var other = FirstPaint(count: pieces)
    for mark in marks {
      // The pieces the mark covers: those from its (clamped) start to its end.
      let first = points.partitionPoint { $0 >= clamped(mark.span.start) }
      let last = points.partitionPoint { $0 >= clamped(mark.span.end) }
      guard first < last else { continue }
      switch mark.kind {
      case .passage(let ids) where !ids.isEmpty:
        for piece in first..<last {
          for id in ids
          where listed.insert(ListedNode(piece: piece, id: id, isClaim: true)).inserted {
            claims[piece].append(id)
          }
        }
      case .citation(let ids) where !ids.isEmpty:
        for piece in first..<last {
          for id in ids
          where listed.insert(ListedNode(piece: piece, id: id, isClaim: false)).inserted {
            sources[piece].append(id)
          }
        }
      case .reference:
        reference.paint(first..<last, mark.kind)
      default:
        other.paint(first..<last, mark.kind)
      }
    }
    var runs: [Run] = []
    for piece in 0..<pieces {
      let (lower, upper) = (points[piece], points[piece + 1])
      let kind: Run.Kind
      if !claims[piece].isEmpty {
        kind = .passage(claims[piece])
      } else if let first = reference.kinds[piece] {
        kind = first
      } else if !sources[piece].isEmpty {
        kind = .citation(sources[piece])
      } else {
        kind = other.kinds[piece] ?? .plain
      }
      if let last = runs.last, last.kind == kind, last.range.upperBound == lower {
        runs[runs.count - 1].range = last.range.lowerBound..<upper
      } else {
        runs.append(Run(range: lower..<upper, kind: kind))
      }
    }
    return runs
  }

  /// A claim or source already listed for a piece of a block.
  private struct ListedNode: Hashable {
    let piece: Int
    let id: NodeID
    let isClaim: Bool
  }

  /// The kind of the first mark that covers each piece of a block.
  private struct FirstPaint {
    /// The kind per piece; nil where no mark has covered it yet.
    var kinds: [Run.Kind?]
    /// The pieces not painted yet.
    private var free: FreeIndices

    init(count: Int) {
      kinds = Array(repeating: nil, count: count)
      free = FreeIndices(count: count)
    }

    /// Gives the kind to every piece of the range not painted yet.
    mutating func paint(_ pieces: Range<Int>, _ kind: Run.Kind) {
      var piece = free.first(atOrAfter: pieces.lowerBound)
      while piece < pieces.upperBound {
        kinds[piece] = kind
        free.take(piece)
        piece = free.first(atOrAfter: piece + 1)
      }
    }
  }
}

extension AnnotatedArticle.Run.Kind {
  fileprivate var isReference: Bool {
    if case .reference = self { true } else { false }
  }
}
