import ClaimGraph
import ClaimGraphFormats

/// What `claimgraph coverage` printed, and the share of factual sentences covered (which
/// `--fail-under` compares).
public struct CoverageAnswer: Sendable, Hashable {
  /// The text the command prints.
  public let output: String
  /// The covered share, from 0 to 1, of the library or of the article shown.
  public let ratio: Double
}
