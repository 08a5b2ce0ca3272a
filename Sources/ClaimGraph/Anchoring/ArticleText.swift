/// The text of the article a graph encodes: the document its claims are checked against.
///
/// It sits beside the graph (for the endorphin article, `Graph/article.txt`, named by
/// `article.yaml`) and is never rewritten by ClaimGraph: claims paraphrase it in their own
/// words, and anchor themselves to it with short exact quotes (``TextQuote``). Positions in
/// it are offsets in Unicode scalars from the start, and lines and columns counted from 1
/// (columns in Unicode scalars), as everywhere in ClaimGraph.
public struct ArticleText: Sendable {
  /// The text file's path as the graph names it (relative to the graph's directory).
  public let path: String
  /// The whole text.
  public let text: String
  /// Passages that state no claim (a disclaimer, a navigation heading), with the reason.
  public let unclaimed: [UnclaimedPassage]

  let keyed: KeyedText
  /// The offset of the first scalar of every line.
  private let lineStarts: [Int]
  /// The text's scalars, for excerpts and sentences.
  let scalars: [Unicode.Scalar]

  /// Creates an article text.
  public init(path: String, text: String, unclaimed: [UnclaimedPassage] = []) {
    self.path = path
    self.text = text
    self.unclaimed = unclaimed
    self.keyed = KeyedText(text)
    self.scalars = Array(text.unicodeScalars)
    var starts = [0]
    for (offset, scalar) in scalars.enumerated() where scalar == "\n" {
      starts.append(offset + 1)
    }
    self.lineStarts = starts
  }

  /// The number of lines.
  public var lineCount: Int { lineStarts.count }

  /// The 1-based line and column of a scalar offset.
  public func position(of offset: Int) -> (line: Int, column: Int) {
    var low = 0
    var high = lineStarts.count
    while high - low > 1 {
      let middle = (low + high) / 2
      if lineStarts[middle] <= offset { low = middle } else { high = middle }
    }
    return (low + 1, offset - lineStarts[low] + 1)
  }

  /// The scalar range of a 1-based line, without its line break.
  public func lineRange(_ line: Int) -> Range<Int> {
    let start = lineStarts[line - 1]
    var end = line < lineStarts.count ? lineStarts[line] - 1 : scalars.count
    if end > start, scalars[end - 1] == "\r" { end -= 1 }
    return start..<max(start, end)
  }

  /// The text of a scalar range.
  public func excerpt(_ range: Range<Int>) -> String {
    let clamped = range.clamped(to: 0..<scalars.count)
    var result = String.UnicodeScalarView()
    result.append(contentsOf: scalars[clamped])
    return String(result)
  }

  /// Where a quote occurs: once, several times, or nowhere (with the nearest passage).
  public func locate(_ quote: TextQuote) -> QuoteMatch {
    let needle = keyed.keys(of: quote.exact)
    guard !needle.isEmpty else { return .notFound(nearest: nil) }
    var hits = keyed.occurrences(of: needle)
    if hits.count > 1, quote.prefix != nil || quote.suffix != nil {
      let prefix = quote.prefix.map(keyed.keys(of:)) ?? []
      let suffix = quote.suffix.map(keyed.keys(of:)) ?? []
      hits = hits.filter { start in
        (prefix.isEmpty || keyed.keys(before: start, endWith: prefix))
          && (suffix.isEmpty || keyed.keys(from: start + needle.count, startWith: suffix))
      }
    }
    let spans = hits.map { span(ofKeys: $0..<($0 + needle.count)) }
    switch spans.count {
    case 0:
      return .notFound(
        nearest: keyed.nearest(to: needle).map { span(ofKeys: keyed.widenedToWords($0.range)) })
    case 1: return .found(spans[0])
    default: return .ambiguous(spans)
    }
  }

  /// The span of the original text a range of keys came from.
  private func span(ofKeys keys: Range<Int>) -> TextSpan {
    let start = keyed.starts[keys.lowerBound]
    let end = keys.isEmpty ? start : keyed.ends[keys.upperBound - 1]
    let (line, column) = position(of: start)
    return TextSpan(start: start, end: end, line: line, column: column)
  }
}

extension ArticleText: Equatable {
  /// Two texts are equal when their path, text and unclaimed passages are.
  public static func == (lhs: ArticleText, rhs: ArticleText) -> Bool {
    lhs.path == rhs.path && lhs.text == rhs.text && lhs.unclaimed == rhs.unclaimed
  }
}

/// A passage of the article that states no claim, and why.
public struct UnclaimedPassage: Hashable, Sendable {
  /// The passage.
  public var quote: TextQuote
  /// Why it states no claim ("legal disclaimer").
  public var reason: String
  /// Where the passage is listed, for findings about it; not part of its identity.
  public var location: SourceLocation?

  /// Creates an unclaimed passage.
  public init(quote: TextQuote, reason: String, location: SourceLocation? = nil) {
    self.quote = quote
    self.reason = reason
    self.location = location
  }

  /// Two passages are equal when their quote and reason are, wherever they are listed.
  public static func == (lhs: UnclaimedPassage, rhs: UnclaimedPassage) -> Bool {
    lhs.quote == rhs.quote && lhs.reason == rhs.reason
  }

  /// Hashes the quote and reason.
  public func hash(into hasher: inout Hasher) {
    hasher.combine(quote)
    hasher.combine(reason)
  }
}

/// A stretch of the article: scalar offsets, and where it starts as line and column.
public struct TextSpan: Hashable, Sendable, Comparable {
  /// The offset of the first scalar, from the start of the text.
  public var start: Int
  /// The offset just after the last scalar.
  public var end: Int
  /// The 1-based line the span starts on.
  public var line: Int
  /// The 1-based column the span starts at, in Unicode scalars.
  public var column: Int

  /// Creates a span.
  public init(start: Int, end: Int, line: Int, column: Int) {
    self.start = start
    self.end = end
    self.line = line
    self.column = column
  }

  /// Whether two spans share at least one scalar.
  public func overlaps(_ other: TextSpan) -> Bool { start < other.end && other.start < end }

  /// Orders spans by where they start, then end.
  public static func < (lhs: TextSpan, rhs: TextSpan) -> Bool {
    (lhs.start, lhs.end) < (rhs.start, rhs.end)
  }
}

/// Where a quote was found in the article.
public enum QuoteMatch: Hashable, Sendable {
  /// Exactly once (or once that the prefix and suffix pick).
  case found(TextSpan)
  /// More than once, and no prefix or suffix picks one.
  case ambiguous([TextSpan])
  /// Nowhere; with the passage closest to it, if the text is not empty.
  case notFound(nearest: TextSpan?)

  /// The spans the quote anchors to: the one found, or every candidate when ambiguous.
  public var spans: [TextSpan] {
    switch self {
    case .found(let span): [span]
    case .ambiguous(let spans): spans
    case .notFound: []
    }
  }
}
