import ClaimGraph
import Testing

@testable import ClaimGraphFormats

/// The JSON texts of a GraphML file are read ahead many in one document; each text must
/// still read as it does alone, whatever the texts around it hold (issue 22, item 3).
@Suite struct JSONTextsTests {
  /// Texts that read, texts that do not, and texts that would read as something else, or
  /// swallow their neighbours, were they not checked one by one within the document.
  static let texts: [String] = [
    #"[{"exact":"Research shows that","prefix":"a","found":"once","line":7}]"#,
    #"["pet","fmri"]"#,
    "[]",
    "{}",
    #"{"a":1,"b":[true,false,null,1.5,-2]}"#,
    "[1]]",
    "[2",
    #"{"a":1,"a":2}"#,
    "[1],[2]",
    "[1]\n,\n[2]",
    "[1]\n\n,\n\n[3]",
    "[1] [2]",
    #"["x\u0000y"]"#,
    "[\r1\r\n]",
    "[1]\r",
    "[1, ]",
    "[citation needed]",
    "{\"k\": [[[[1]]]]}",
    String(repeating: "[", count: 64) + String(repeating: "]", count: 64),
    String(repeating: "[", count: 65) + String(repeating: "]", count: 65),
    "[\"é, \u{2028} and \u{85}\"]",
    "[\"a\"]\u{2028}",
    #"["pet","fmri"]"#,
    "{\"a\":1}\n]\n[{\"b\":2}",
    "[1]\n]\n[",
  ]

  @Test func eachTextReadsAsItDoesAlone() {
    let alone = Self.texts.map { JSONTexts().parse($0) }
    // In this order and in every rotation, so that each text is first, last and between
    // every pair of others.
    for shift in Self.texts.indices {
      let texts = Array(Self.texts[shift...] + Self.texts[..<shift])
      let ahead = JSONTexts()
      ahead.prepare(texts)
      #expect(
        texts.map { ahead.parse($0) } == Array(alone[shift...] + alone[..<shift]),
        "rotated by \(shift)")
    }
    // The texts that are one JSON value read as it; the others as nil.
    #expect(alone.indices.filter { alone[$0] != nil } == [0, 1, 2, 3, 4, 13, 14, 17, 18, 20, 22])
  }

  @Test func aTextKeepsItsOwnBytesBesideTheSameCharactersNormalizedOtherwise() {
    // "é" as one scalar and as "e" with a combining accent: equal as Swift strings.
    let composed = "[\"caf\u{E9}\"]"
    let decomposed = "[\"cafe\u{301}\"]"
    let ahead = JSONTexts()
    ahead.prepare([composed, decomposed])
    for (text, word) in [(composed, "caf\u{E9}"), (decomposed, "cafe\u{301}")] {
      guard case .array(let items)? = ahead.parse(text), case .string(let read)? = items.first
      else {
        Issue.record("\(text) did not read as a list of one text")
        continue
      }
      #expect(Array(read.utf8) == Array(word.utf8))
    }
  }

  @Test func textsOverOneBatchReadAsTheyDoAlone() {
    // 300 texts of 4 KB: two batches, and a broken text in each.
    var texts = (0..<300).map { index in
      "[\"" + String(repeating: "w", count: 4_000) + "\",\(index)]"
    }
    texts[100] = "[1]]"
    texts[250] = "[2"
    let ahead = JSONTexts()
    ahead.prepare(texts)
    #expect(texts.map { ahead.parse($0) } == texts.map { JSONTexts().parse($0) })
  }
}
