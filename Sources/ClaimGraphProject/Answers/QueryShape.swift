import ClaimGraph
import ClaimGraphFormats

/// How much of a query's answer `claimgraph query` prints.
public enum QueryShape: Sendable, Hashable {
  /// Every match (at most `limit`), in the chosen format.
  case full(limit: Int?)
  /// Only how many match (`--count`).
  case count
  /// Only the matches' ids, one a line (`--ids-only`).
  case idsOnly
}
