/// One problem libxml2 reported: 1-based line, column (0 when unknown) and message.
package struct XMLProblem: Hashable, Sendable, CustomStringConvertible {
  /// The 1-based line, or 0 when unknown.
  package let line: Int
  /// The 1-based column, or 0 when libxml2 does not know it (schema-validity errors).
  package let column: Int
  /// libxml2's message, trimmed.
  package let message: String

  /// A problem at `line` and `column` (0 when unknown).
  package init(line: Int, column: Int, message: String) {
    self.line = line
    self.column = column
    self.message = message
  }

  /// `line:column: message`.
  package var description: String { "\(line):\(column): \(message)" }
}
