import ClaimGraph

/// The choices a command takes a value for that must name something in the graph; a
/// ``ProjectError/unresolvedChoice(_:_:)`` says which one was wrong.
public enum ProjectChoice: String, Sendable, Hashable, CaseIterable {
  /// One article of a library, by id or words of its title (`tables`, `coverage`,
  /// `report`).
  case article
  /// The node an export's neighbourhood is around.
  case around
  /// A node no evidence path may pass through.
  case avoid
  /// The kind of entity, or type of source, `list` lists.
  case kind
  /// The section whose claims `list` lists.
  case section
  /// The article, by id, whose claims `list` lists.
  case articleID = "article-id"
}
