import ClaimGraph
import ClaimGraphFormats
import Foundation

/// Which baseline a lint run compares its findings with.
public enum BaselineChoice: Sendable, Hashable {
  /// The one the configuration names (`baseline:` in `.claimgraph.yml`), if any.
  case configured
  /// None: every finding is reported (`--no-baseline`, and `--write-baseline`, which records
  /// them all).
  case none
  /// This baseline file, whatever the configuration names.
  case file(String)
}
