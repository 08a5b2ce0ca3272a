/// A pointer from one group to another that lists claims about the first group's topic.
public struct SummaryGroupLink: Hashable, Sendable {
  /// The other group's id.
  public let id: String
  /// The other group's title.
  public let title: String
  /// How many of its claims are about this group's topic too.
  public let count: Int

  /// Creates a link.
  public init(id: String, title: String, count: Int) {
    self.id = id
    self.title = title
    self.count = count
  }
}
