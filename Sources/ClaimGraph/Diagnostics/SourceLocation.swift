/// A position in an input file: 1-based line and column (columns count Unicode scalars).
public struct SourceLocation: Hashable, Sendable, Comparable, CustomStringConvertible {
  /// The file's path as given to the loader (relative to the working directory when possible).
  public var file: String
  /// The 1-based line.
  public var line: Int
  /// The 1-based column.
  public var column: Int

  /// Creates a location.
  public init(file: String, line: Int, column: Int) {
    self.file = file
    self.line = line
    self.column = column
  }

  /// `file:line:column`, the shape editors and terminals turn into links.
  public var description: String { "\(file):\(line):\(column)" }

  /// Orders by file (bytewise), then line, then column.
  public static func < (lhs: SourceLocation, rhs: SourceLocation) -> Bool {
    if lhs.file != rhs.file { return lhs.file.precedesBytewise(rhs.file) }
    return (lhs.line, lhs.column) < (rhs.line, rhs.column)
  }
}
