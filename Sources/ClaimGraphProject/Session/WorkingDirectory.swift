import Foundation

/// Paths seen from a working directory: made absolute for comparing, and shown relative to
/// it when they lie inside it, as every message shows files.
package struct WorkingDirectory: Sendable {
  /// The directory relative paths start from.
  package let path: String

  /// Paths seen from `path`.
  package init(_ path: String) { self.path = path }

  /// The path made absolute (relative paths start from the working directory) and
  /// standardized.
  package func absolute(_ file: String) -> String {
    let joined = file.hasPrefix("/") ? file : (path as NSString).appendingPathComponent(file)
    return (joined as NSString).standardizingPath
  }

  /// The path relative to the working directory when it lies inside it, else as given.
  package func display(_ file: String) -> String {
    let prefix = path.hasSuffix("/") ? path : path + "/"
    return file.hasPrefix(prefix) ? String(file.dropFirst(prefix.count)) : file
  }
}
