import ClaimGraph
import ClaimGraphFormats
import Foundation

/// What `claimgraph lint` does with its baseline besides comparing findings with it.
public enum BaselineUpdate: Sendable, Hashable {
  /// Record every finding in a new baseline at this path; the run then passes.
  case record(String)
  /// Remove the stale entries (findings that are gone) from the baseline in use.
  case pruneStale
}
