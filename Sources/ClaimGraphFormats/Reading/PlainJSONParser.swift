/// A fast parser for plain JSON: texts, lists, objects, whole numbers, booleans and null,
/// which is all the JSON that ClaimGraph writes into GraphML attribute texts.
///
/// It declines (returns nil) whatever it cannot be sure to read exactly as
/// `JSONSerialization` does: fractions, exponents, numbers of more than 18 digits, `-0`,
/// `\u` escapes, repeated member names, nesting deeper than 64, and anything malformed. ``InputValue/parse(json:)``
/// then asks `JSONSerialization`, so values and errors are as before; only the common
/// case skips Foundation's bridging, which dominated reading a large GraphML file.
package struct PlainJSONParser {
  private let bytes: UnsafeBufferPointer<UInt8>
  private var index = 0
  private var depth = 0

  private init(_ bytes: UnsafeBufferPointer<UInt8>) { self.bytes = bytes }

  /// The value of a whole JSON text, or nil when it is declined.
  package static func parse(_ text: String) -> InputValue? {
    var text = text
    return text.withUTF8 { bytes in
      var parser = PlainJSONParser(bytes)
      guard let value = parser.value() else { return nil }
      parser.skipWhitespace()
      return parser.index == bytes.count ? value : nil
    }
  }

  private var current: UInt8? { index < bytes.count ? bytes[index] : nil }

  private mutating func skipWhitespace() {
    while let byte = current,
      byte == UInt8(ascii: " ") || byte == UInt8(ascii: "\n") || byte == UInt8(ascii: "\r")
        || byte == UInt8(ascii: "\t")
    {
      index += 1
    }
  }

  private mutating func value() -> InputValue? {
    skipWhitespace()
    depth += 1
    defer { depth -= 1 }
    guard depth <= 64, let byte = current else { return nil }
    switch byte {
    case UInt8(ascii: "\""): return string().map(InputValue.string)
    case UInt8(ascii: "["): return array()
    case UInt8(ascii: "{"): return object()
    case UInt8(ascii: "t"): return literal("true", .bool(true))
    case UInt8(ascii: "f"): return literal("false", .bool(false))
    case UInt8(ascii: "n"): return literal("null", .null)
    case UInt8(ascii: "-"), UInt8(ascii: "0")...UInt8(ascii: "9"): return integer()
    default: return nil
    }
  }

  private mutating func literal(_ word: StaticString, _ value: InputValue) -> InputValue? {
    let word = UnsafeBufferPointer(start: word.utf8Start, count: word.utf8CodeUnitCount)
    guard bytes.count - index >= word.count,
      bytes[index..<index + word.count].elementsEqual(word)
    else { return nil }
    index += word.count
    return value
  }

  private mutating func integer() -> InputValue? {
    let start = index
    if current == UInt8(ascii: "-") { index += 1 }
    let digitsStart = index
    while let byte = current, (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(byte) { index += 1 }
    let digits = index - digitsStart
    guard digits > 0, digits <= 18, bytes[digitsStart] != UInt8(ascii: "0") || digits == 1 else {
      return nil
    }
    if let byte = current,
      byte == UInt8(ascii: ".") || byte == UInt8(ascii: "e")
        || byte == UInt8(ascii: "E")
    {
      return nil
    }
    guard let number = Int(String(decoding: bytes[start..<index], as: UTF8.self)),
      number != 0 || start == digitsStart
    else { return nil }
    return .int(number)
  }

  private mutating func string() -> String? {
    index += 1  // the opening quote
    var runStart = index
    var unescaped: [UInt8] = []
    while let byte = current {
      switch byte {
      case UInt8(ascii: "\""):
        let text: String
        if unescaped.isEmpty {
          text = String(decoding: bytes[runStart..<index], as: UTF8.self)
        } else {
          unescaped.append(contentsOf: bytes[runStart..<index])
          text = String(decoding: unescaped, as: UTF8.self)
        }
        index += 1
        return text
      case UInt8(ascii: "\\"):
        unescaped.append(contentsOf: bytes[runStart..<index])
        guard index + 1 < bytes.count, let replacement = Self.escaped(bytes[index + 1]) else {
          return nil
        }
        unescaped.append(replacement)
        index += 2
        runStart = index
      case 0..<0x20:
        return nil
      default:
        index += 1
      }
    }
    return nil
  }

  /// The character a one-letter escape stands for; nil for `\u` and invalid escapes.
  private static func escaped(_ letter: UInt8) -> UInt8? {
    switch letter {
    case UInt8(ascii: "\""), UInt8(ascii: "\\"), UInt8(ascii: "/"): letter
    case UInt8(ascii: "b"): 0x08
    case UInt8(ascii: "f"): 0x0C
    case UInt8(ascii: "n"): 0x0A
    case UInt8(ascii: "r"): 0x0D
    case UInt8(ascii: "t"): 0x09
    default: nil
    }
  }

  private mutating func array() -> InputValue? {
    index += 1  // [
    var items: [InputValue] = []
    skipWhitespace()
    if current == UInt8(ascii: "]") {
      index += 1
      return .array(items)
    }
    while true {
      guard let item = value() else { return nil }
      items.append(item)
      skipWhitespace()
      switch current {
      case UInt8(ascii: ","): index += 1
      case UInt8(ascii: "]"):
        index += 1
        return .array(items)
      default: return nil
      }
    }
  }

  private mutating func object() -> InputValue? {
    index += 1  // {
    var members: [String: InputValue] = [:]
    skipWhitespace()
    if current == UInt8(ascii: "}") {
      index += 1
      return .object(members)
    }
    while true {
      skipWhitespace()
      guard current == UInt8(ascii: "\""), let name = string() else { return nil }
      skipWhitespace()
      guard current == UInt8(ascii: ":") else { return nil }
      index += 1
      guard let member = value(), members.updateValue(member, forKey: name) == nil else {
        return nil
      }
      skipWhitespace()
      switch current {
      case UInt8(ascii: ","): index += 1
      case UInt8(ascii: "}"):
        index += 1
        return .object(members)
      default: return nil
      }
    }
  }
}
