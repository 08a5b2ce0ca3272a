import ClaimGraph
import ClaimGraphFormats

/// Appends YAML to a string the way people write graph files: block mappings, flow lists
/// of identifiers, double-quoted labels and folded or literal blocks for prose.
struct YAMLText {
  private(set) var text = ""

  init(reservingCapacity capacity: Int = 0) { text.reserveCapacity(capacity) }

  mutating func line(_ content: String) {
    text += content
    text += "\n"
  }

  /// `key: "value"`, escaped for a double-quoted scalar.
  mutating func quoted(_ indent: String, _ key: String, _ value: String) {
    line("\(indent)\(key): \(Self.quote(value))")
  }

  /// `key: [a, b]` for identifiers (plain scalars).
  mutating func list(_ indent: String, _ key: String, _ values: [String]) {
    line("\(indent)\(key): [\(values.joined(separator: ", "))]")
  }

  /// `key: ["a", "b"]` for labels.
  mutating func quotedList(_ indent: String, _ key: String, _ values: [String]) {
    line("\(indent)\(key): [\(values.map(Self.quote).joined(separator: ", "))]")
  }

  /// A folded block (`>-`): one paragraph, wrapped as an author's editor would.
  mutating func folded(_ indent: String, _ key: String, _ value: String) {
    line("\(indent)\(key): >-")
    var current = ""
    for word in value.split(separator: " ") {
      if !current.isEmpty && current.count + word.count > 72 {
        line("\(indent)  \(current)")
        current = ""
      }
      current += current.isEmpty ? word : " " + word
    }
    if !current.isEmpty { line("\(indent)  \(current)") }
  }

  /// A literal block (`|-`), keeping the value's line breaks.
  mutating func literal(_ indent: String, _ key: String, _ value: String) {
    line("\(indent)\(key): |-")
    for row in value.split(separator: "\n", omittingEmptySubsequences: false) {
      line("\(indent)  \(row)")
    }
  }

  /// A double-quoted YAML scalar; a JSON string literal is one.
  static func quote(_ value: String) -> String {
    var result = ""
    JSONValue.writeString(value, to: &result)
    return result
  }
}
