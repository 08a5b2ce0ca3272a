/// One sentence of the article, or one heading line.
public struct Sentence: Hashable, Sendable {
  /// Where it is (a bullet's leading `- ` is not part of it).
  public var span: TextSpan
  /// The section it belongs to: the last section heading above it; nil before the first.
  public var section: String?
  /// Whether the line is a heading: the article's title or a section's.
  public var isHeading: Bool

  /// Creates a sentence.
  public init(span: TextSpan, section: String?, isHeading: Bool) {
    self.span = span
    self.section = section
    self.isHeading = isHeading
  }
}

extension ArticleText {
  /// Words after which a full stop does not end a sentence.
  private static let abbreviations = ["et al.", "e.g.", "i.e.", "vs.", "cf.", "Dr.", "approx."]

  /// The article's sentences and headings in reading order.
  ///
  /// Each line is a paragraph (a bullet's `- ` marker is left out). A line whose text,
  /// without a final colon, is the article's title or a section's title is a heading and
  /// starts that section. Otherwise a sentence ends at `.`, `!` or `?` (with any closing
  /// quotes or brackets) followed by a space and a capital, a digit, an opening quote or
  /// bracket or `β`, except after an abbreviation such as "et al." or "e.g.".
  ///
  /// - Parameter headings: section ids by heading text in comparison form (the article's
  ///   title maps to nil).
  public func sentences(headings: [String: String?]) -> [Sentence] {
    var result: [Sentence] = []
    var section: String?
    for line in 1...lineCount {
      let range = lineRange(line)
      let content = excerpt(range)
      guard content.contains(where: { !$0.isWhitespace }) else { continue }
      var heading = TextNormalization.comparable(content)
      if heading.hasSuffix(":") { heading.removeLast() }
      if let id = headings[heading] {
        section = id ?? section
        result.append(
          Sentence(span: span(of: range), section: section, isHeading: true))
        continue
      }
      for sentence in Self.split(content) {
        let start = range.lowerBound + sentence.lowerBound
        result.append(
          Sentence(
            span: span(of: start..<(range.lowerBound + sentence.upperBound)), section: section,
            isHeading: false))
      }
    }
    return result
  }

  private func span(of range: Range<Int>) -> TextSpan {
    let (line, column) = position(of: range.lowerBound)
    return TextSpan(start: range.lowerBound, end: range.upperBound, line: line, column: column)
  }

  /// The sentences of one line, as scalar ranges within it.
  static func split(_ line: String) -> [Range<Int>] {
    let scalars = Array(line.unicodeScalars)
    var start = 0
    if scalars.starts(with: ["-", " "]) { start = 2 }
    while start < scalars.count, scalars[start] == " " { start += 1 }
    var result: [Range<Int>] = []
    var index = start
    let closers: Set<Unicode.Scalar> = ["\"", "'", "\u{201D}", "\u{2019}", ")"]
    let openers: Set<Unicode.Scalar> = ["\"", "\u{201C}", "(", "\u{03B2}"]
    while index < scalars.count {
      guard [".", "!", "?"].contains(scalars[index]) else {
        index += 1
        continue
      }
      var end = index + 1
      while end < scalars.count, closers.contains(scalars[end]) { end += 1 }
      defer { index = end }
      guard end + 1 < scalars.count, scalars[end] == " " else { continue }
      let next = scalars[end + 1]
      guard
        next.properties.isUppercase || next.properties.numericType != nil
          || openers.contains(next)
      else { continue }
      let before = String(String.UnicodeScalarView(scalars[start..<end]))
      if abbreviations.contains(where: before.hasSuffix) { continue }
      result.append(start..<end)
      start = end + 1
    }
    var end = scalars.count
    while end > start, scalars[end - 1] == " " { end -= 1 }
    if end > start { result.append(start..<end) }
    return result
  }
}
