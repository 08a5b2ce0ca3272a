import ClaimGraph
import ClaimGraphFormats
import Foundation

/// What a lint run did to its baseline; its description is the message that says so.
public enum BaselineChange: Sendable, Hashable, CustomStringConvertible {
  /// This many findings were recorded in the baseline at the path.
  case recorded(count: Int, path: String)
  /// This many stale entries were removed from the baseline at the path.
  case pruned(count: Int, path: String)
  /// The baseline at the path had no stale entries; it was left as it was.
  case nothingStale(path: String)

  /// `Wrote 3 findings to the baseline FILE.`, and the like.
  public var description: String {
    switch self {
    case .recorded(let count, let path): "Wrote \(count) findings to the baseline \(path)."
    case .nothingStale(let path): "The baseline \(path) has no stale entries."
    case .pruned(let count, let path):
      "Pruned \(count) stale \(count == 1 ? "entry" : "entries") from the baseline \(path)."
    }
  }
}
