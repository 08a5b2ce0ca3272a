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
  ///
  /// One quote costs a pass over the text; to locate many, give them all to
  /// ``locateAll(_:)``.
  public func locate(_ quote: TextQuote) -> QuoteMatch { locateAll([quote])[0] }

  /// Where each quote occurs, in the order given: once, several times, or nowhere (with
  /// the nearest passage).
  ///
  /// A quote matches where the text's comparison keys hold its own (see
  /// `TextNormalization`). When it occurs more than once and has a prefix or a suffix,
  /// only the occurrences the words just before or after it (ignoring one space) confirm
  /// are kept; if none is, the quote is not found.
  ///
  /// All quotes are found in one pass over the text's keys by an Aho–Corasick automaton
  /// over their keys (`KeyAutomaton`, where the choice over a suffix array is measured),
  /// and the prefixes and suffixes of the ambiguous ones in a second pass, as patterns
  /// joining prefix, quote and suffix: O(*n* + *q* log *k* + *r*) for a text of *n* keys,
  /// *k* quotes of *q* keys in all and *r* occurrences. A quote found nowhere gets the
  /// nearest passage, at a cost bounded per quote (see `KeyedText.nearest(to:)`).
  public func locateAll(_ quotes: [TextQuote]) -> [QuoteMatch] {
    let needles = quotes.map { keyed.keys(of: $0.exact) }
    let automaton = KeyAutomaton(needles)
    let occurrences = automaton.occurrences(in: keyed.keys)
    var hits = needles.indices.map { index in
      needles[index].isEmpty ? [] : occurrences[automaton.ids[index]]
    }
    pickByPrefixAndSuffix(quotes, needles, &hits)
    let missed = needles.indices.filter { hits[$0].isEmpty && !needles[$0].isEmpty }
    let nearest = keyed.nearest(to: missed.map { needles[$0] })
    var suggestions: [Int: Range<Int>] = [:]
    for (index, range) in zip(missed, nearest) { suggestions[index] = range }
    return needles.indices.map { index in
      let spans = hits[index].map { span(ofKeys: Int($0)..<(Int($0) + needles[index].count)) }
      switch spans.count {
      case 0:
        return .notFound(
          nearest: suggestions[index].map { span(ofKeys: keyed.widenedToWords($0)) })
      case 1: return .found(spans[0])
      default: return .ambiguous(spans)
      }
    }
  }

  /// Keeps, of each quote found more than once that has a prefix or a suffix, the
  /// occurrences whose neighbouring words they confirm.
  ///
  /// The prefix confirms an occurrence when the keys just before it, skipping one space,
  /// end with the prefix's; the suffix, when those just after it, skipping one space, start
  /// with the suffix's. As the keys of a prefix or suffix neither start nor end with a space
  /// and the text never holds two spaces in a row, that is an occurrence of one of the
  /// patterns prefix, optional space, quote, optional space, suffix: one more pass finds
  /// them all.
  private func pickByPrefixAndSuffix(
    _ quotes: [TextQuote], _ needles: [[UInt32]], _ hits: inout [[Int32]]
  ) {
    var patterns: [[UInt32]] = []
    var owners: [(quote: Int, shift: Int)] = []
    for (index, quote) in quotes.enumerated() where hits[index].count > 1 {
      let prefix = quote.prefix.map(keyed.keys(of:)) ?? []
      let suffix = quote.suffix.map(keyed.keys(of:)) ?? []
      guard !prefix.isEmpty || !suffix.isEmpty else { continue }
      hits[index] = []
      let space = KeyedText.space
      for before in prefix.isEmpty ? [[]] : [prefix, prefix + [space]] {
        for after in suffix.isEmpty ? [[]] : [suffix, [space] + suffix] {
          patterns.append(before + needles[index] + after)
          owners.append((index, before.count))
        }
      }
    }
    guard !patterns.isEmpty else { return }
    let automaton = KeyAutomaton(patterns)
    let occurrences = automaton.occurrences(in: keyed.keys)
    for (pattern, owner) in owners.enumerated() {
      hits[owner.quote] += occurrences[automaton.ids[pattern]].map { $0 + Int32(owner.shift) }
    }
    // An occurrence matches one pattern of its quote at most (they differ in whether a
    // space precedes or follows it); each quote's patterns were found one after another.
    for quote in Set(owners.map(\.quote)) { hits[quote].sort() }
  }

  /// The span of the original text a range of keys came from.
  private func span(ofKeys keys: Range<Int>) -> TextSpan {
    let start = Int(keyed.starts[keys.lowerBound])
    let end = keys.isEmpty ? start : keyed.end(ofKey: keys.upperBound - 1)
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
