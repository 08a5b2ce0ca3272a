/// Why a query could not be parsed, and where.
public struct QueryError: Error, Hashable, Sendable, CustomStringConvertible {
  /// The 1-based column (in characters) of the offending text; one past the end of the
  /// query when something is missing at the end.
  public let column: Int
  /// A lower-case message saying what is wrong and how to fix it.
  public let message: String

  /// Creates an error at a column.
  public init(column: Int, message: String) {
    self.column = column
    self.message = message
  }

  /// `column: message`.
  public var description: String { "\(column): \(message)" }
}
