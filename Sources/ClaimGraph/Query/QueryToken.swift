/// A lexical unit of a query, with the 1-based column where it starts.
struct QueryToken: Hashable, Sendable {
  enum Kind: Hashable, Sendable {
    case leftParenthesis
    case rightParenthesis
    case or
    case and
    /// `-` directly before a term, or the keyword `NOT`.
    case not
    /// A `field:value` pair (`field` non-nil) or free text; `valueColumn` is where the
    /// value (after any opening quote) starts.
    case word(field: String?, value: String, valueColumn: Int)
  }

  let kind: Kind
  let column: Int

  /// Whether the token can begin an operand of AND.
  var startsOperand: Bool {
    switch kind {
    case .leftParenthesis, .not, .word: true
    case .rightParenthesis, .or, .and: false
    }
  }

  /// How the token is named in messages.
  var name: String {
    switch kind {
    case .leftParenthesis: "'('"
    case .rightParenthesis: "')'"
    case .or: "'OR'"
    case .and: "'AND'"
    case .not: "'NOT'"
    case .word(let field, let value, _): field.map { "'\($0):'" } ?? "'\(value)'"
    }
  }
}
