/// A JSON value whose objects keep their keys in the order given, so output is
/// deterministic and reads in a sensible order.
public enum JSONValue: Hashable, Sendable {
  /// `null`.
  case null
  /// `true` or `false`.
  case bool(Bool)
  /// A whole number.
  case int(Int)
  /// A text.
  case string(String)
  /// An array.
  case array([JSONValue])
  /// An object, its members in order.
  case object([(String, JSONValue)])

  /// A text, or `null` for nil.
  public static func optional(_ text: String?) -> JSONValue { text.map(JSONValue.string) ?? .null }

  /// The value serialised: pretty (2-space indentation) or compact; no trailing newline.
  public func serialized(pretty: Bool = true) -> String {
    var output = ""
    write(to: &output, pretty: pretty, indent: 0)
    return output
  }

  private func write(to output: inout String, pretty: Bool, indent: Int) {
    switch self {
    case .null: output += "null"
    case .bool(let value): output += value ? "true" : "false"
    case .int(let value): output += String(value)
    case .string(let value): Self.writeString(value, to: &output)
    case .array(let items):
      writeContainer(
        items.count, open: "[", close: "]", to: &output, pretty: pretty, indent: indent
      ) {
        offset, output in items[offset].write(to: &output, pretty: pretty, indent: indent + 1)
      }
    case .object(let members):
      writeContainer(
        members.count, open: "{", close: "}", to: &output, pretty: pretty, indent: indent
      ) {
        offset, output in
        Self.writeString(members[offset].0, to: &output)
        output += pretty ? ": " : ":"
        members[offset].1.write(to: &output, pretty: pretty, indent: indent + 1)
      }
    }
  }

  private func writeContainer(
    _ count: Int, open: String, close: String, to output: inout String, pretty: Bool, indent: Int,
    item: (Int, inout String) -> Void
  ) {
    output += open
    guard count > 0 else { return output += close }
    let newline = pretty ? "\n" + String(repeating: "  ", count: indent + 1) : ""
    for offset in 0..<count {
      if offset > 0 { output += "," }
      output += newline
      item(offset, &output)
    }
    if pretty { output += "\n" + String(repeating: "  ", count: indent) }
    output += close
  }

  /// Writes a JSON string literal, escaping quotes, backslashes and control characters.
  public static func writeString(_ value: String, to output: inout some TextOutputStream) {
    output.write("\"")
    var run = ""
    for scalar in value.unicodeScalars {
      switch scalar {
      case "\"": run += "\\\""
      case "\\": run += "\\\\"
      case "\n": run += "\\n"
      case "\r": run += "\\r"
      case "\t": run += "\\t"
      case "\u{2028}": run += "\\u2028"
      case "\u{2029}": run += "\\u2029"
      // Escaped because some JSON readers (Foundation's JSONSerialization on Linux among
      // them) drop a raw U+FEFF at the start of a string as if it were a byte-order mark.
      case "\u{FEFF}": run += "\\ufeff"
      case _ where scalar.value < 0x20:
        let hex = String(scalar.value, radix: 16)
        run += "\\u" + String(repeating: "0", count: 4 - hex.count) + hex
      default: run.unicodeScalars.append(scalar)
      }
    }
    output.write(run)
    output.write("\"")
  }
}

extension JSONValue: Equatable {
  /// Structural equality; object members compare in order.
  public static func == (lhs: JSONValue, rhs: JSONValue) -> Bool {
    switch (lhs, rhs) {
    case (.null, .null): true
    case (.bool(let a), .bool(let b)): a == b
    case (.int(let a), .int(let b)): a == b
    case (.string(let a), .string(let b)): a == b
    case (.array(let a), .array(let b)): a == b
    case (.object(let a), .object(let b)):
      a.count == b.count && zip(a, b).allSatisfy { $0.0 == $1.0 && $0.1 == $1.1 }
    default: false
    }
  }
}

extension JSONValue {
  /// Hashes the value structurally.
  public func hash(into hasher: inout Hasher) {
    hasher.combine(serialized(pretty: false))
  }
}
