import ClaimGraph
import ClaimGraphFormats

/// What `claimgraph list` lists, with the filter each list takes.
public enum Listing: Sendable, Hashable {
  /// The sections, each with its claim count.
  case sections
  /// The entities, of one kind (`region`, `method`, …) when given.
  case entities(kind: String? = nil)
  /// The sources, of one type (`primary_research`, `review-article`, …) when given.
  case sources(type: String? = nil)
  /// The claims, of one section and of one article (by id) when given.
  case claims(section: String? = nil, article: String? = nil)
}
