/// A section of the article, in reading order.
public struct Section: Hashable, Sendable {
  /// The section's identifier, referenced by claims.
  public var id: String
  /// The section's heading.
  public var title: String

  /// Creates a section.
  public init(id: String, title: String) {
    self.id = id
    self.title = title
  }
}

/// The article (or collection) a graph encodes.
public struct Article: Hashable, Sendable {
  /// The article's identifier; exports use it as the graph id.
  public var id: String
  /// The article's title.
  public var title: String

  /// Creates an article description.
  public init(id: String, title: String) {
    self.id = id
    self.title = title
  }
}
