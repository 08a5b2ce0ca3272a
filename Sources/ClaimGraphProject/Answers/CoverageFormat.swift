import ClaimGraph
import ClaimGraphFormats

/// The formats `claimgraph coverage` writes.
public enum CoverageFormat: String, Sendable, Hashable, CaseIterable {
  /// A table for people.
  case text
  /// One JSON object.
  case json
  /// Markdown tables.
  case markdown
}
