/// Finds where flow collections (`[`, `{`) nest deeper than a limit, before the YAML
/// parser (which recurses once per level) ever sees the text.
enum NestingScan {
  /// The 1-based line and column of the first bracket beyond `limit`, if any.
  ///
  /// Quoted strings and comments are skipped; the scan is linear and allocation-free.
  static func firstExcess(in text: String, limit: Int) -> (line: Int, column: Int)? {
    var depth = 0
    var line = 1
    var column = 0
    var quote: UInt8?
    var inComment = false
    var previous: UInt8 = UInt8(ascii: "\n")
    for byte in text.utf8 {
      if byte & 0xC0 != 0x80 { column += 1 }  // count scalars, not continuation bytes
      defer { previous = byte }
      if byte == UInt8(ascii: "\n") {
        line += 1
        column = 0
        inComment = false
        continue
      }
      if inComment { continue }
      if let open = quote {
        if byte == open { quote = nil }
        continue
      }
      switch byte {
      case UInt8(ascii: "#")
      where previous == UInt8(ascii: " ") || previous == UInt8(ascii: "\n")
        || previous == UInt8(ascii: "\t"):
        inComment = true
      case UInt8(ascii: "\""), UInt8(ascii: "'"):
        if depth > 0 || previous == UInt8(ascii: " ") || previous == UInt8(ascii: "\n") {
          quote = byte
        }
      case UInt8(ascii: "["), UInt8(ascii: "{"):
        depth += 1
        if depth > limit { return (line, column) }
      case UInt8(ascii: "]"), UInt8(ascii: "}"):
        depth = max(0, depth - 1)
      default:
        break
      }
    }
    return nil
  }
}
