import ClaimGraphBenchmarks
import ClaimGraphFormats
import Testing

/// A claim's short label is cut by characters (grapheme clusters): the fast paths (bytes
/// for ASCII text, one pass over at most 61 characters otherwise) cut exactly where
/// counting every character of the text would.
@Suite struct ShortLabelTests {
  /// The label as first specified: count the whole text, take 59 characters, cut at the
  /// last space from the 21st character on, trim trailing spaces and punctuation.
  private static func reference(_ text: String) -> String {
    guard text.count > 60 else { return text }
    let head = text.prefix(59)
    var cut = head.endIndex
    if let space = head.lastIndex(of: " "), head.distance(from: head.startIndex, to: space) >= 20 {
      cut = space
    }
    var short = String(head[..<cut])
    while let last = short.last, last == " " || last == "," || last == ";" || last == ":" {
      short.removeLast()
    }
    return short + "…"
  }

  /// Pieces that are one character each, or that merge with their neighbours: a combining
  /// accent after a space makes a character that is not a space, CR LF is one character,
  /// flags and skin tones join.
  private static let pieces = [
    "a", "Z", " ", " ", ",", ";", ":", "é", "e\u{301}", "\u{301}", "\r", "\n", "\r\n", "研",
    "👍", "🏽", "🇫", "🇷", "\u{200D}", "ק", "—", "\t", "0",
  ]

  @Test(arguments: [false, true])
  func fastPathsCutWhereCountingEveryCharacterDoes(_ asciiOnly: Bool) {
    var generator = SeededGenerator(seed: asciiOnly ? 7 : 11)
    let alphabet = asciiOnly ? Self.pieces.filter { $0.utf8.allSatisfy { $0 < 0x80 } } : Self.pieces
    for _ in 0..<3000 {
      let length = Int.random(in: 0...90, using: &generator)
      let text = (0..<length).map { _ in alphabet.randomElement(using: &generator)! }.joined()
      #expect(ExportStyle.shortLabel(text) == Self.reference(text), "\(text.debugDescription)")
    }
  }

  @Test func textsAroundTheLimit() {
    for length in 55...65 {
      for text in [
        String(repeating: "a", count: length), String(repeating: "é", count: length),
        String(repeating: "ab ", count: length / 3),
        String(repeating: "e\u{301} ", count: length / 2),
        String(repeating: " ", count: length),
      ] {
        #expect(ExportStyle.shortLabel(text) == Self.reference(text), "\(text.debugDescription)")
      }
    }
  }
}
