/// A recursive-descent parser for queries.
///
/// ```
/// query   = or EOF
/// or      = and { "OR" and }
/// and     = unary { ["AND"] unary }
/// unary   = ("-" | "NOT") unary | primary
/// primary = "(" or ")" | term
/// term    = field ":" value | word | quoted
/// ```
/// AND binds tighter than OR, so `a b OR c` means `(a b) OR c`.
///
/// Groups and negations may nest at most ``maxDepth`` deep, so that a hostile query such as
/// 100,000 `(` is refused with a message instead of overflowing the stack.
struct QueryParser {
  /// The deepest nesting of parentheses and negations accepted.
  static let maxDepth = 64

  private let text: String
  private var tokens: [QueryToken] = []
  private var position = 0
  private var depth = 0
  /// Every term read, with where it is written, in the order of the text.
  private(set) var located: [LocatedQueryTerm] = []

  init(_ text: String) { self.text = text }

  mutating func parse() throws(QueryError) -> Query {
    var lexer = QueryLexer(text)
    tokens = try lexer.tokens()
    guard !tokens.isEmpty else {
      throw QueryError(
        column: 1,
        message: "empty query; write a term such as strength:established or a word of the statement"
      )
    }
    let query = try parseOr()
    if let token = peek() {
      // parseAnd consumes every token that can start an operand, and parseOr every OR,
      // so what is left is a ')' without a matching '('.
      throw QueryError(
        column: token.column, message: "unbalanced parenthesis: \(token.name) has no matching '('")
    }
    return query
  }

  private func peek() -> QueryToken? { position < tokens.count ? tokens[position] : nil }

  private var endColumn: Int { text.unicodeScalars.count + 1 }

  private mutating func parseOr() throws(QueryError) -> Query {
    var operands = [try parseAnd()]
    while let token = peek(), token.kind == .or {
      position += 1
      try expectOperand(after: token)
      operands.append(try parseAnd())
    }
    return Self.combine(operands, or: true)
  }

  private mutating func parseAnd() throws(QueryError) -> Query {
    var operands = [try parseUnary()]
    while let token = peek(), token.startsOperand || token.kind == .and {
      if token.kind == .and {
        position += 1
        try expectOperand(after: token)
      }
      operands.append(try parseUnary())
    }
    return Self.combine(operands, or: false)
  }

  private mutating func parseUnary() throws(QueryError) -> Query {
    guard let token = peek() else {
      throw QueryError(column: endColumn, message: "expected a term at the end of the query")
    }
    if token.kind == .not {
      try enterNesting(at: token)
      defer { depth -= 1 }
      position += 1
      try expectOperand(after: token)
      return .not(try parseUnary())
    }
    return try parsePrimary()
  }

  private mutating func parsePrimary() throws(QueryError) -> Query {
    guard let token = peek() else {
      throw QueryError(column: endColumn, message: "expected a term at the end of the query")
    }
    position += 1
    switch token.kind {
    case .leftParenthesis:
      try enterNesting(at: token)
      defer { depth -= 1 }
      if let next = peek(), next.kind == .rightParenthesis {
        throw QueryError(
          column: token.column, message: "empty parentheses; put a term inside, e.g. (cited:no)")
      }
      let query = try parseOr()
      guard let close = peek(), close.kind == .rightParenthesis else {
        throw QueryError(
          column: token.column, message: "unbalanced parenthesis: this '(' is never closed")
      }
      position += 1
      return query
    case .word(let field, let value, let valueColumn):
      let term = try QueryTermParser.term(
        field: field, column: token.column, value: value, valueColumn: valueColumn)
      located.append(LocatedQueryTerm(term: term, column: token.column, valueColumn: valueColumn))
      return .term(term)
    case .rightParenthesis:
      throw QueryError(
        column: token.column, message: "unbalanced parenthesis: ')' has no matching '('")
    case .or, .and, .not:
      throw QueryError(
        column: token.column,
        message:
          "\(token.name) needs a term before it, e.g. method:pet \(token.name.dropFirst().dropLast()) method:fmri"
      )
    }
  }

  /// Counts one more level of nesting, refusing to go beyond ``maxDepth``.
  private mutating func enterNesting(at token: QueryToken) throws(QueryError) {
    guard depth < Self.maxDepth else {
      throw QueryError(
        column: token.column,
        message:
          "the query nests parentheses and negations more than \(Self.maxDepth) deep; simplify it")
    }
    depth += 1
  }

  /// Throws unless a term (or a group) follows an operator.
  private func expectOperand(after token: QueryToken) throws(QueryError) {
    guard let next = peek() else {
      throw QueryError(column: token.column, message: "\(token.name) needs a term after it")
    }
    guard next.startsOperand else {
      throw QueryError(
        column: next.column, message: "expected a term after \(token.name), found \(next.name)")
    }
  }

  /// One operand stays as it is; nested groups of the same operator are flattened.
  private static func combine(_ operands: [Query], or: Bool) -> Query {
    guard operands.count > 1 else { return operands[0] }
    var flat: [Query] = []
    for operand in operands {
      switch (operand, or) {
      case (.or(let inner), true), (.and(let inner), false): flat += inner
      default: flat.append(operand)
      }
    }
    return or ? .or(flat) : .and(flat)
  }
}
