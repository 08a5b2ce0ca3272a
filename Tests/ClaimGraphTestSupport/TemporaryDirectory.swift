import Foundation

/// A fresh directory under the system's temporary folder, removed by ``remove()``.
package struct TemporaryDirectory {
  /// The directory's absolute path.
  package let path: String

  /// Creates an empty directory whose name starts with `prefix`.
  package init(_ prefix: String) throws {
    path =
      FileManager.default.temporaryDirectory
      .appendingPathComponent("claimgraph-\(prefix)-\(UUID().uuidString)").path
    try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
  }

  /// Writes `bytes` to `name` inside the directory (creating folders on the way) and
  /// returns the file's path.
  @discardableResult
  package func write(_ bytes: some Sequence<UInt8>, to name: String) throws -> String {
    let file = path + "/" + name
    try FileManager.default.createDirectory(
      atPath: (file as NSString).deletingLastPathComponent, withIntermediateDirectories: true)
    try Data(bytes).write(to: URL(fileURLWithPath: file))
    return file
  }

  /// Writes `text` as UTF-8 to `name` inside the directory.
  @discardableResult
  package func write(_ text: String, to name: String) throws -> String {
    try write(Array(text.utf8), to: name)
  }

  /// The UTF-8 text of `name` inside the directory.
  package func read(_ name: String) throws -> String {
    try String(contentsOfFile: path + "/" + name, encoding: .utf8)
  }

  /// Deletes the directory and everything in it.
  package func remove() { try? FileManager.default.removeItem(atPath: path) }
}
