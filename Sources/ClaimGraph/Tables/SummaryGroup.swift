/// A titled group of rows within a summary table (one section, condition or region).
public struct SummaryGroup: Hashable, Sendable {
  /// The group's key (a section or entity id); `nil` for the catch-all group and for
  /// ungrouped tables.
  public let id: String?
  /// The group's heading; `nil` for ungrouped tables.
  public let title: String?
  /// The rows, in article order (section, then claim id).
  public let rows: [SummaryRow]
  /// Grouped by condition or region: the other groups that list claims about this
  /// group's topic too (each claim is listed once, under the first topic it names).
  public let seeAlso: [SummaryGroupLink]

  /// Creates a group.
  public init(id: String?, title: String?, rows: [SummaryRow], seeAlso: [SummaryGroupLink] = []) {
    self.id = id
    self.title = title
    self.rows = rows
    self.seeAlso = seeAlso
  }

  /// `Also about Anxiety: 2 claims listed under Depression, 1 under PTSD.`; empty when
  /// there is nothing elsewhere.
  public var seeAlsoText: String {
    guard let title, !seeAlso.isEmpty else { return "" }
    let places = seeAlso.enumerated().map { offset, link in
      let count = link.count == 1 ? "1 claim" : "\(link.count) claims"
      return offset == 0
        ? "\(count) listed under \(link.title)" : "\(link.count) under \(link.title)"
    }
    return "Also about \(title): \(places.joined(separator: ", "))."
  }
}
