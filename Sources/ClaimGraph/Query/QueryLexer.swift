/// Splits query text into tokens: parentheses, `OR`, `AND`, `NOT` (in any case), `&&`,
/// `||`, `-`, quoted and bare words, and `field:value` pairs.
///
/// Operators are recognised in any case (`or`, `Or`) and as `&&`/`||`, since people type
/// them so; a word that looks like one is searched for when quoted (`"or"`).
///
/// The lexer reads Unicode scalars, not characters: a combining mark after a space, a
/// quote or a parenthesis would otherwise fuse with it into one character and hide it, so
/// that a query's canonical text could read back differently. Columns count scalars.
struct QueryLexer {
  /// Words that are operators when unquoted, in any case.
  static let keywords: Set<String> = ["OR", "AND", "NOT"]

  /// Whether a bare word would be read as an operator.
  static func isOperator(_ word: String) -> Bool {
    keywords.contains(word.uppercased()) || word == "&&" || word == "||"
  }

  private let characters: [Unicode.Scalar]
  private var offset = 0

  init(_ text: String) { characters = Array(text.unicodeScalars) }

  mutating func tokens() throws(QueryError) -> [QueryToken] {
    var tokens: [QueryToken] = []
    while let character = peek() {
      let column = offset + 1
      switch character {
      case _ where character.properties.isWhitespace:
        offset += 1
      case "(":
        offset += 1
        tokens.append(QueryToken(kind: .leftParenthesis, column: column))
      case ")":
        offset += 1
        tokens.append(QueryToken(kind: .rightParenthesis, column: column))
      case "-":
        offset += 1
        guard let next = peek(), !next.properties.isWhitespace, next != ")" else {
          throw QueryError(
            column: column,
            message: "'-' must be followed by a term with no space in between, e.g. -cited:yes")
        }
        tokens.append(QueryToken(kind: .not, column: column))
      case "\"":
        let value = try quoted()
        tokens.append(
          QueryToken(kind: .word(field: nil, value: value, valueColumn: column + 1), column: column)
        )
      default:
        tokens.append(try word())
      }
    }
    return tokens
  }

  private func peek() -> Unicode.Scalar? { offset < characters.count ? characters[offset] : nil }

  /// A bare word, a keyword or a `field:value` pair.
  private mutating func word() throws(QueryError) -> QueryToken {
    let column = offset + 1
    let bare = run { !$0.properties.isWhitespace && !"():\"".unicodeScalars.contains($0) }
    guard peek() == ":" else {
      let kind: QueryToken.Kind =
        switch bare.uppercased() {
        case "OR", "||": .or
        case "AND", "&&": .and
        case "NOT": .not
        default: .word(field: nil, value: bare, valueColumn: column)
        }
      return QueryToken(kind: kind, column: column)
    }
    guard !bare.isEmpty else {
      throw QueryError(
        column: column, message: "missing field name before ':'; write e.g. strength:established")
    }
    offset += 1
    let valueColumn = offset + 1
    let value: String
    if peek() == "\"" {
      value = try quoted()
      return QueryToken(
        kind: .word(field: bare, value: value, valueColumn: valueColumn + 1), column: column)
    }
    value = run { !$0.properties.isWhitespace && $0 != "(" && $0 != ")" }
    guard !value.isEmpty else {
      let example = QueryField(rawValue: bare.lowercased())?.example ?? "strength:established"
      throw QueryError(
        column: valueColumn, message: "empty value after '\(bare):'; write e.g. \(example)")
    }
    return QueryToken(
      kind: .word(field: bare, value: value, valueColumn: valueColumn), column: column)
  }

  /// A `"…"` string starting at the current offset, with `\"` and `\\` escapes.
  private mutating func quoted() throws(QueryError) -> String {
    let column = offset + 1
    offset += 1
    var value = String.UnicodeScalarView()
    while let character = peek() {
      offset += 1
      switch character {
      case "\"":
        guard !value.isEmpty else {
          throw QueryError(column: column, message: "empty quotes; put text between them")
        }
        return String(value)
      case "\\" where offset < characters.count:
        value.append(characters[offset])
        offset += 1
      default:
        value.append(character)
      }
    }
    throw QueryError(column: column, message: "unterminated quote; close it with '\"'")
  }

  private mutating func run(while belongs: (Unicode.Scalar) -> Bool) -> String {
    let start = offset
    while let character = peek(), belongs(character) { offset += 1 }
    return String(String.UnicodeScalarView(characters[start..<offset]))
  }
}
