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
