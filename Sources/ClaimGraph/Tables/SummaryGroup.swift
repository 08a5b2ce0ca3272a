/// A titled group of rows within a summary table (one section, condition or region).
public struct SummaryGroup: Hashable, Sendable {
  /// The group's key (a section or entity id); `nil` for the catch-all group and for
  /// ungrouped tables.
  public let id: String?
  /// The group's heading; `nil` for ungrouped tables.
  public let title: String?
  /// The rows, in article order (section, then claim id).
  public let rows: [SummaryRow]

  /// Creates a group.
  public init(id: String?, title: String?, rows: [SummaryRow]) {
    self.id = id
    self.title = title
    self.rows = rows
  }
}
