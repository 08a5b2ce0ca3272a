import ClaimGraph
import Foundation

/// A text file outside any graph (an article's text to start a graph from), read with the
/// checks graph files get.
package enum TextFile {
  /// The file's text: refused unless it is a regular file (a FIFO would block), no larger
  /// than `maxBytes`, and UTF-8.
  package static func read(_ path: String, maxBytes: Int) -> Result<String, Diagnostic> {
    guard YAMLFiles.type(of: path) == .typeRegular else {
      let exists = FileManager.default.fileExists(atPath: path)
      return .failure(
        InputRule.unreadableFile.diagnostic(
          exists ? "'\(path)' is not a regular file; it is not read" : "'\(path)' does not exist",
          at: nil))
    }
    return YAMLFiles.read(path, maxBytes: maxBytes).flatMap {
      TextDecoding.decode($0, file: path)
    }
  }
}
