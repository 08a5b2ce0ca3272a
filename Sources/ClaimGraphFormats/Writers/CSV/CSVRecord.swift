/// CSV records written straight into output bytes (RFC 4180): fields separated by commas,
/// a field quoted, with `"` doubled, when it holds a comma, a quote, a line break or
/// leading or trailing space, or is empty; an absent value is an empty, unquoted field;
/// records end with a line feed.
///
/// Arrays are one field, their items joined with `;` (what `neo4j-admin` reads for a
/// `name:string[]` column). That format has no escape for the delimiter, so a `;` inside
/// an item is written as U+FF1B FULLWIDTH SEMICOLON (`；`).
struct CSVRecord {
  private var fields = 0

  /// Appends a text field.
  mutating func add(_ text: String, to output: inout OutputBuffer) {
    separate(&output)
    ByteEscaping.withUTF8(text) { Self.appendField($0, to: &output) }
  }

  /// Appends an optional text field: empty and unquoted when absent.
  mutating func add(_ text: String?, to output: inout OutputBuffer) {
    if let text { add(text, to: &output) } else { separate(&output) }
  }

  /// Appends an integer field, empty when absent.
  mutating func add(_ number: Int?, to output: inout OutputBuffer) {
    separate(&output)
    if let number { output.append(decimal: number) }
  }

  /// Appends a boolean field.
  mutating func add(_ flag: Bool, to output: inout OutputBuffer) {
    separate(&output)
    output.append(flag ? "true" : "false")
  }

  /// Appends an array field: items joined with `;`, empty and unquoted when there are none.
  mutating func add(array items: [String], to output: inout OutputBuffer) {
    guard !items.isEmpty else {
      separate(&output)
      return
    }
    let joined = items.map { $0.replacing(";", with: "\u{FF1B}") }.joined(separator: ";")
    add(joined, to: &output)
  }

  /// Ends the record.
  mutating func end(_ output: inout OutputBuffer) {
    output.append(UInt8(ascii: "\n"))
    fields = 0
  }

  /// Writes a header or any record of literal fields.
  static func line(_ names: [StaticString], to output: inout OutputBuffer) {
    for (offset, name) in names.enumerated() {
      if offset > 0 { output.append(UInt8(ascii: ",")) }
      output.append(name)
    }
    output.append(UInt8(ascii: "\n"))
  }

  private mutating func separate(_ output: inout OutputBuffer) {
    if fields > 0 { output.append(UInt8(ascii: ",")) }
    fields += 1
  }

  private static func appendField(_ text: UnsafeBufferPointer<UInt8>, to output: inout OutputBuffer)
  {
    let space = UInt8(ascii: " ")
    let needsQuotes =
      text.isEmpty || text.first == space || text.last == space
      || text.contains { byte in
        byte == UInt8(ascii: ",") || byte == UInt8(ascii: "\"") || byte == UInt8(ascii: "\n")
          || byte == UInt8(ascii: "\r")
      }
    guard needsQuotes else {
      output.append(text)
      return
    }
    output.append(UInt8(ascii: "\""))
    ByteEscaping.append(text, to: &output, isSpecial: { $0 == UInt8(ascii: "\"") }) {
      _, _, output in
      output.append("\"\"")
      return 1
    }
    output.append(UInt8(ascii: "\""))
  }
}
