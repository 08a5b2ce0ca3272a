/// A JSON value whose objects keep their keys in the order given, so output is
/// deterministic and reads in a sensible order.
public enum JSONValue: Hashable, Sendable {
  /// `null`.
  case null
  /// `true` or `false`.
  case bool(Bool)
  /// A whole number (the tool writes no fractions).
  case int(Int)
  /// A text, escaped when written.
  case string(String)
  /// An array, its items in order.
  case array([JSONValue])
  /// An object, its members in order.
  case object([(String, JSONValue)])

  /// A text, or `null` for nil.
  public static func optional(_ text: String?) -> JSONValue { text.map(JSONValue.string) ?? .null }

  /// The value serialised: pretty (2-space indentation) or compact; no trailing newline.
  ///
  /// Text is escaped as in every JSON the tool writes: quotes, backslashes and control
  /// characters, and U+2028, U+2029 and U+FEFF as `\u` escapes.
  public func serialized(pretty: Bool = true) -> String {
    var output = OutputBuffer(capacity: 256)
    JSONText.append(self, to: &output, pretty: pretty)
    return output.text
  }

  /// Writes a JSON string literal, escaped as ``serialized(pretty:)`` escapes text.
  public static func writeString(_ value: String, to output: inout some TextOutputStream) {
    output.write(JSONValue.string(value).serialized(pretty: false))
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
