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
