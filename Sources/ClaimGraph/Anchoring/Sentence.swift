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
  /// Words after which a full stop does not end a sentence, as scalars.
  private static let abbreviations = ["et al.", "e.g.", "i.e.", "vs.", "cf.", "Dr.", "approx."]
    .map { Array($0.unicodeScalars) }

  /// The article's sentences and headings in reading order.
  ///
  /// Each line is a paragraph (a bullet's `- ` marker is left out). A line whose text,
  /// without a final colon, is the article's title or a section's title is a heading and
  /// starts that section. Otherwise a sentence ends at `.`, `!` or `?` (with any closing
  /// quotes or brackets) followed by a space and a capital, a digit, an opening quote or
  /// bracket or `β`, except after an abbreviation such as "et al." or "e.g.".
  ///
  /// Lines are compared with headings in the text's comparison keys, which the text
  /// already holds: no line is copied or normalised again.
  ///
  /// - Parameter headings: section ids by heading text in comparison form (the article's
  ///   title maps to nil).
  public func sentences(headings: [String: String?]) -> [Sentence] {
    var headingKeys: [[UInt32]: String?] = [:]
    for (heading, id) in headings { headingKeys[keyed.keys(of: heading)] = id }
    var result: [Sentence] = []
    var section: String?
    for line in 1...lineCount {
      let range = lineRange(line)
      var keys = keyed.keys(within: range)
      guard !keys.isEmpty else { continue }
      if keyed.keys[keys.upperBound - 1] == UInt32(UInt8(ascii: ":")) { keys.removeLast() }
      if let id = headingKeys[Array(keyed.keys[keys])] {
        section = id ?? section
        result.append(
          Sentence(span: span(of: range), section: section, isHeading: true))
        continue
      }
      for sentence in split(range) {
        result.append(Sentence(span: span(of: sentence), section: section, isHeading: false))
      }
    }
    return result
  }

  private func span(of range: Range<Int>) -> TextSpan {
    let (line, column) = position(of: range.lowerBound)
    return TextSpan(start: range.lowerBound, end: range.upperBound, line: line, column: column)
  }

  /// The sentences of one line (a range of the text's scalars), as ranges of the text.
  private func split(_ line: Range<Int>) -> [Range<Int>] {
    scalars.withUnsafeBufferPointer { text in
      let scalars = UnsafeBufferPointer(rebasing: text[line])
      var start = 0
      if scalars.starts(with: ["-", " "]) { start = 2 }
      while start < scalars.count, scalars[start] == " " { start += 1 }
      var result: [Range<Int>] = []
      var index = start
      while index < scalars.count {
        guard Self.isFullStop(scalars[index]) else {
          index += 1
          continue
        }
        var end = index + 1
        while end < scalars.count, Self.isCloser(scalars[end]) { end += 1 }
        defer { index = end }
        guard end + 1 < scalars.count, scalars[end] == " " else { continue }
        let next = scalars[end + 1]
        guard
          next.properties.isUppercase || next.properties.numericType != nil
            || Self.isOpener(next)
        else { continue }
        let before = UnsafeBufferPointer(rebasing: scalars[start..<end])
        if Self.abbreviations.contains(where: { before.reversed().starts(with: $0.reversed()) }) {
          continue
        }
        result.append((line.lowerBound + start)..<(line.lowerBound + end))
        start = end + 1
      }
      var end = scalars.count
      while end > start, scalars[end - 1] == " " { end -= 1 }
      if end > start { result.append((line.lowerBound + start)..<(line.lowerBound + end)) }
      return result
    }
  }

  private static func isFullStop(_ scalar: Unicode.Scalar) -> Bool {
    scalar == "." || scalar == "!" || scalar == "?"
  }

  /// Closing quotes and brackets, which belong to the sentence they close.
  private static func isCloser(_ scalar: Unicode.Scalar) -> Bool {
    switch scalar {
    case "\"", "'", "\u{201D}", "\u{2019}", ")": true
    default: false
    }
  }

  /// What may open a sentence besides a capital or a digit.
  private static func isOpener(_ scalar: Unicode.Scalar) -> Bool {
    switch scalar {
    case "\"", "\u{201C}", "(", "\u{03B2}": true
    default: false
    }
  }
}
