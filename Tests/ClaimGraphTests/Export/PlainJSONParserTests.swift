import ClaimGraphFormats
import Foundation
import Testing

/// The fast JSON path reads exactly what `JSONSerialization` reads, or declines.
@Suite struct PlainJSONParserTests {
  /// Texts the fast path must read, as ClaimGraph writes them and a little beyond.
  static let plain = [
    #"["pet","fmri"]"#,
    #"[{"source":"boecker-2008","methods":["pet"],"stance":"supports","locator":"Fig. 2"}]"#,
    #"[{"rule":"r","reason":"a \"quoted\" \\ back\/slash\n\t\r\b\f"}]"#,
    #" [ 1 , -2 , 0 , 123456789012345678 , true , false , null , { } , [ ] ] "#,
    #"{"a":{"b":["β-endorphin → 😀"]}}"#, #""""#, "[]", "0", "-7",
  ]

  /// Texts it must decline (or read equally): fractions, exponents, big numbers, `\u`
  /// escapes, repeated names, malformed JSON.
  static let declined = [
    "1.5", "1e3", "-0", "01", "1234567890123456789", #"["\u00e9"]"#, #"{"a":1,"a":2}"#,
    "[1,]", "[1", #"{"a"}"#, "tru", "\"raw\ttab\"", "[] x", "", "{\"a\":1,}", "nul",
  ]

  @Test(arguments: plain)
  func readsPlainJSONAsJSONSerializationDoes(text: String) throws {
    let fast = try #require(PlainJSONParser.parse(text))
    #expect(fast == (try InputValue.parse(json: Data(text.utf8))))
  }

  @Test(arguments: declined)
  func declinesOrAgreesOnEverythingElse(text: String) {
    guard let fast = PlainJSONParser.parse(text) else { return }
    #expect(fast == (try? InputValue.parse(json: Data(text.utf8))))
  }

  @Test func declinesTheCasesItCannotBeSureOf() {
    for text in ["1.5", "1e3", "-0", "1234567890123456789", #"["\u00e9"]"#, #"{"a":1,"a":2}"#] {
      #expect(PlainJSONParser.parse(text) == nil, "\(text)")
    }
    let deep = String(repeating: "[", count: 100) + String(repeating: "]", count: 100)
    #expect(PlainJSONParser.parse(deep) == nil)
  }
}
