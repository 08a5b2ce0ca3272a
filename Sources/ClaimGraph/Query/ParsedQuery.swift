/// A query together with where each of its terms is written, so that a problem with a
/// term (a name that matches nothing) can point at its column.
public struct ParsedQuery: Hashable, Sendable {
  /// The text that was parsed.
  public let text: String
  /// The query.
  public let query: Query
  /// Its terms in the order they are written.
  public let terms: [LocatedQueryTerm]

  /// Parses a query.
  ///
  /// - Throws: ``QueryError`` with the 1-based column of the offending text.
  public init(parsing text: String) throws(QueryError) {
    var parser = QueryParser(text)
    self.text = text
    query = try parser.parse()
    terms = parser.located
  }
}

/// A term of a query and where it is written.
public struct LocatedQueryTerm: Hashable, Sendable {
  /// The term.
  public let term: QueryTerm
  /// The 1-based column where the term (its field, if any) starts.
  public let column: Int
  /// The 1-based column where its value starts.
  public let valueColumn: Int

  /// Creates a located term.
  public init(term: QueryTerm, column: Int, valueColumn: Int) {
    self.term = term
    self.column = column
    self.valueColumn = valueColumn
  }
}

/// What a query selects: claims (the default), sources or entities.
public enum QueryNodes: String, CaseIterable, Hashable, Sendable {
  /// Claims.
  case claims
  /// Sources.
  case sources
  /// Entities of every kind.
  case entities
}
