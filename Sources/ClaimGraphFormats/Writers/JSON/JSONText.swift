import ClaimGraph

/// The one JSON writer: values written straight into output bytes, compact or pretty.
///
/// ``JSONValue/serialized(pretty:)`` (lint reports, tables, query output, baselines) and the
/// exporters (node-link JSON, JSON inside GraphML and CSV) all write through it, so every
/// JSON the tool prints escapes text the same way.
enum JSONText {
  /// Appends a JSON string literal: quotes, backslashes and control characters escaped
  /// (`\n`, `\r`, `\t`, otherwise `\u00XX`), and U+2028, U+2029 and U+FEFF as `\u2028`,
  /// `\u2029`, `\ufeff` (some readers, Foundation's among them, drop a raw U+FEFF at the
  /// start of a string as if it were a byte-order mark).
  ///
  /// - Parameter forXML: the JSON will sit inside an XML document: the characters XML 1.0
  ///   forbids become U+FFFD, as in plain XML text, instead of `\u00XX` escapes (which
  ///   would keep, inside a citation, an id the node itself no longer carries).
  static func appendString(_ text: String, to output: inout OutputBuffer, forXML: Bool = false) {
    output.append(UInt8(ascii: "\""))
    ByteEscaping.withUTF8(text) { text in
      ByteEscaping.append(
        text, to: &output,
        isSpecial: {
          $0 < 0x20 || $0 == UInt8(ascii: "\"") || $0 == UInt8(ascii: "\\") || $0 == 0xE2
            || $0 == 0xEF
        }
      ) { text, index, output in
        switch text[index] {
        case UInt8(ascii: "\""): output.append("\\\"")
        case UInt8(ascii: "\\"): output.append("\\\\")
        case UInt8(ascii: "\n"): output.append("\\n")
        case UInt8(ascii: "\r"): output.append("\\r")
        case UInt8(ascii: "\t"): output.append("\\t")
        case 0xE2:
          // U+2028 and U+2029 are E2 80 A8 and E2 80 A9.
          guard index + 2 < text.count, text[index + 1] == 0x80,
            text[index + 2] == 0xA8 || text[index + 2] == 0xA9
          else {
            output.append(0xE2)
            return 1
          }
          output.append(text[index + 2] == 0xA8 ? "\\u2028" : "\\u2029")
          return 3
        case 0xEF:
          // U+FEFF is EF BB BF; U+FFFE and U+FFFF (forbidden in XML) are EF BF BE/BF.
          if index + 2 < text.count, text[index + 1] == 0xBB, text[index + 2] == 0xBF {
            output.append("\\ufeff")
            return 3
          }
          if forXML, XMLText.forbiddenLength(in: text, at: index) == 3 {
            output.append(XMLText.replacementCharacter)
            return 3
          }
          output.append(0xEF)
          return 1
        case let control:
          if forXML {
            output.append(XMLText.replacementCharacter)
          } else {
            output.append("\\u00")
            output.append(hexDigit(control >> 4))
            output.append(hexDigit(control & 0xF))
          }
        }
        return 1
      }
    }
    output.append(UInt8(ascii: "\""))
  }

  /// Appends a value: compact, or pretty (two-space indentation, `": "` after names, empty
  /// containers as `[]` and `{}`) at nesting `depth`; see ``appendString(_:to:forXML:)``
  /// for `forXML`.
  static func append(
    _ value: JSONValue, to output: inout OutputBuffer, forXML: Bool = false,
    pretty: Bool = false, depth: Int = 0
  ) {
    switch value {
    case .null: output.append("null")
    case .bool(let flag): output.append(flag ? "true" : "false")
    case .int(let number): output.append(decimal: number)
    case .string(let text): appendString(text, to: &output, forXML: forXML)
    case .array(let items):
      output.append(UInt8(ascii: "["))
      for (offset, item) in items.enumerated() {
        appendSeparator(offset, to: &output, pretty: pretty, depth: depth + 1)
        append(item, to: &output, forXML: forXML, pretty: pretty, depth: depth + 1)
      }
      appendClosing(
        UInt8(ascii: "]"), isEmpty: items.isEmpty, to: &output, pretty: pretty, depth: depth)
    case .object(let members):
      output.append(UInt8(ascii: "{"))
      for (offset, (name, member)) in members.enumerated() {
        appendSeparator(offset, to: &output, pretty: pretty, depth: depth + 1)
        appendString(name, to: &output, forXML: forXML)
        if pretty { output.append(": ") } else { output.append(UInt8(ascii: ":")) }
        append(member, to: &output, forXML: forXML, pretty: pretty, depth: depth + 1)
      }
      appendClosing(
        UInt8(ascii: "}"), isEmpty: members.isEmpty, to: &output, pretty: pretty, depth: depth)
    }
  }

  /// Before the item at `offset` of a container: a comma after the first, and in pretty
  /// form a line break and the item's indentation.
  private static func appendSeparator(
    _ offset: Int, to output: inout OutputBuffer, pretty: Bool, depth: Int
  ) {
    if offset > 0 { output.append(UInt8(ascii: ",")) }
    if pretty { appendLineBreak(to: &output, depth: depth) }
  }

  /// A container's closing bracket, on its own line in pretty form unless it is empty.
  private static func appendClosing(
    _ bracket: UInt8, isEmpty: Bool, to output: inout OutputBuffer, pretty: Bool, depth: Int
  ) {
    if pretty && !isEmpty { appendLineBreak(to: &output, depth: depth) }
    output.append(bracket)
  }

  private static func appendLineBreak(to output: inout OutputBuffer, depth: Int) {
    output.append(UInt8(ascii: "\n"))
    for _ in 0..<depth { output.append("  ") }
  }

  /// Appends a member name and its colon: `"name":`.
  static func appendName(_ name: String, to output: inout OutputBuffer) {
    appendString(name, to: &output)
    output.append(UInt8(ascii: ":"))
  }

  private static func hexDigit(_ value: UInt8) -> UInt8 {
    value < 10 ? UInt8(ascii: "0") + value : UInt8(ascii: "a") + value - 10
  }
}
