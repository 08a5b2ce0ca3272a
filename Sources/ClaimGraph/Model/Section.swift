/// A section of an article, in reading order.
///
/// Sections are the article's own: two articles of a library may both have a section `faq`.
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
