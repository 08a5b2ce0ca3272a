/// A parsed claim query: terms combined with AND, OR and negation.
///
/// Parse one from text with ``init(parsing:)`` (GitHub/Gmail-style syntax:
/// `strength:uncertain condition:ptsd`, `method:pet OR method:fmri`, `-cited:yes`,
/// `about:"mu opioid receptor"`), build one in code, and evaluate it with
/// ``KnowledgeGraph/claims(matching:)``. ``description`` is the canonical text: parsing it
/// gives back an equal query.
public indirect enum Query: Hashable, Sendable, CustomStringConvertible {
  /// A single condition on a claim.
  case term(QueryTerm)
  /// Claims that do not match the query.
  case not(Query)
  /// Claims that match every query; the empty conjunction matches every claim.
  case and([Query])
  /// Claims that match at least one query; the empty disjunction matches none.
  case or([Query])

  /// Parses a query.
  ///
  /// - Throws: ``QueryError`` with the 1-based column of the offending text.
  public init(parsing text: String) throws(QueryError) {
    var parser = QueryParser(text)
    self = try parser.parse()
  }

  /// The canonical text of the query: fields in lower case, values quoted where needed,
  /// AND as juxtaposition, parentheses only where precedence requires them.
  public var description: String {
    switch self {
    case .term(let term): term.description
    case .not(let query): "-" + query.groupedDescription(inside: .not)
    case .and(let queries):
      queries.map { $0.groupedDescription(inside: .and) }.joined(separator: " ")
    case .or(let queries):
      queries.map { $0.groupedDescription(inside: .or) }.joined(separator: " OR ")
    }
  }

  private enum Context { case not, and, or }

  private func groupedDescription(inside context: Context) -> String {
    let needsParentheses =
      switch (self, context) {
      case (.term, _), (.not, _): false
      case (.and(let queries), .or): queries.isEmpty
      case (.and, _), (.or, _): true
      }
    return needsParentheses ? "(\(description))" : description
  }
}
