import ClaimGraph
import ClaimGraphFormats

/// What a query printed, and how many nodes matched (`claimgraph query` exits with 1 when
/// none did).
public struct QueryAnswer: Sendable, Hashable {
  /// The text the command prints.
  public let output: String
  /// How many nodes match, whatever the shape printed.
  public let matchCount: Int
}
