import ClaimGraph
import ClaimGraphTestSupport
import Testing

/// The article text's comparison keys, read from bytes where a character is a lone ASCII
/// byte and as a `Character` elsewhere: the boundaries between the two (a combining mark
/// after an ASCII letter, `\r\n`, a lone `\r`), the headings and sentences cut from the
/// keys, and the word matcher's ASCII path agreeing with its Unicode one.
@Suite struct TextKeyingTests {
  @Test func aCombiningMarkAfterAnASCIILetterIsOneCharacterWithIt() {
    // "café" written with "e" + U+0301; the quote writes the composed "é".
    let text = ArticleText(path: "a.txt", text: "The cafe\u{301} opened. A cafe closed.")
    #expect(text.locate(TextQuote("caf\u{E9} opened")) == .found(span(4, 16, 1, 5)))
    // The bare "cafe" is not the start of "café": its "e" is part of another character.
    #expect(text.locate(TextQuote("cafe")) == .found(span(20, 24, 1, 21)))
    #expect(text.excerpt(4..<9) == "cafe\u{301}")
  }

  @Test func lineBreaksOfEveryKindAreOneSpace() {
    let text = ArticleText(
      path: "a.txt", text: "One line\r\ntwo line\rthree\r\u{E9}t\u{E9}\r\n\u{301}x\nend")
    #expect(text.lineCount == 4)
    #expect(text.locate(TextQuote("line two line three été")) == .found(span(4, 28, 1, 5)))
    // The mark after the line feed is a character of its own, so "x" is found after it.
    #expect(text.locate(TextQuote("x end")).spans.map(\.start) == [31])
    #expect(text.locate(TextQuote("\u{301}x end")).spans.map(\.start) == [30])
  }

  @Test func headingsAreFoundInTheirComparisonFormAndSentencesSplitAfterAbbreviations() {
    let text = ArticleText(
      path: "a.txt",
      text: """
        Runner’s  High:
        - Smith et al. found it. Dr. Jones did not (e.g. in mice). Both agreed! “Yes.” It rose.
          \t
        Why it matters
        Because β-endorphin.
        """)
    let sentences = text.sentences(headings: ["Runner's High": "high", "Why it matters": nil])
    #expect(
      sentences.map {
        "\($0.isHeading ? "#" : "")\($0.section ?? "-") \(text.excerpt($0.span.start..<$0.span.end))"
      }
        == [
          "#high Runner’s  High:",
          "high Smith et al. found it.",
          "high Dr. Jones did not (e.g. in mice).",
          "high Both agreed!",
          "high “Yes.”",
          "high It rose.",
          "#high Why it matters",
          "high Because β-endorphin.",
        ])
    #expect(sentences.map(\.span.line) == [1, 2, 2, 2, 2, 2, 4, 5])
    #expect(sentences[1].span.column == 3)
  }

  @Test func theWordMatcherAgreesOnASCIIAndOnUnicodeText() {
    // Each pair differs only by a non-ASCII character far from the word, which sends the
    // second through the Unicode path.
    let cases: [(word: String, text: String, expected: Bool)] = [
      ("PET", "a PET study", true),
      ("PET", "a pet study", false),
      ("pet", "a PET study", true),
      ("mice", "micelles", false),
      ("Animal  research", "animal\nresearch shows", true),
      ("aa", "aaa aa", true),
      ("aa", "aaa", false),
      ("fMRI", "an FMRI scan", true),
      ("MRI", "an fMRI scan", false),
      ("7T", "at 7T field", true),
      ("", "anything", false),
    ]
    for (word, text, expected) in cases {
      #expect(
        TextNormalizationProbe.containsWords(word, in: text) == expected, "\(word) in \(text)")
      #expect(
        TextNormalizationProbe.containsWords(word, in: text + " — é") == expected,
        "\(word) in \(text) — é")
    }
  }

  private func span(_ start: Int, _ end: Int, _ line: Int, _ column: Int) -> TextSpan {
    TextSpan(start: start, end: end, line: line, column: column)
  }
}
