import ClaimGraph
import Foundation

/// Finds and reads the YAML files of a graph directory.
enum YAMLFiles {
  /// The `*.yaml` and `*.yml` files below `path`, or `path` itself when it is a file.
  ///
  /// The list is sorted bytewise, so it does not depend on the file system's enumeration order.
  /// Hidden files and folders (`.claimgraph.yml`, `.git`) are skipped; directory symlinks
  /// are not followed, so a symlink loop cannot trap the walk.
  static func list(at path: String) -> Result<[String], Diagnostic> {
    let manager = FileManager.default
    var isDirectory: ObjCBool = false
    guard manager.fileExists(atPath: path, isDirectory: &isDirectory) else {
      return .failure(
        InputRule.unreadableFile.diagnostic(
          "'\(path)' does not exist; pass the graph directory with --graph", at: nil))
    }
    guard isDirectory.boolValue else { return .success([path]) }
    guard let enumerator = manager.enumerator(atPath: path) else {
      return .failure(
        InputRule.unreadableFile.diagnostic("cannot list the directory '\(path)'", at: nil))
    }
    var files: [String] = []
    while let relative = enumerator.nextObject() as? String {
      let name = (relative as NSString).lastPathComponent
      if name.hasPrefix(".") {
        if (enumerator.fileAttributes?[.type] as? FileAttributeType) == .typeDirectory {
          enumerator.skipDescendants()
        }
        continue
      }
      guard name.hasSuffix(".yaml") || name.hasSuffix(".yml") else { continue }
      let full = path.hasSuffix("/") ? path + relative : path + "/" + relative
      var isDir: ObjCBool = false
      if manager.fileExists(atPath: full, isDirectory: &isDir), !isDir.boolValue {
        files.append(full)
      }
    }
    return .success(files.sorted { $0.utf8.lexicographicallyPrecedes($1.utf8) })
  }

  /// A file's bytes, refusing files over `maxBytes`.
  static func read(_ file: String, maxBytes: Int) -> Result<[UInt8], Diagnostic> {
    let start = SourceLocation(file: file, line: 1, column: 1)
    guard let handle = FileHandle(forReadingAtPath: file) else {
      return .failure(
        InputRule.unreadableFile.diagnostic("cannot open the file for reading", at: start))
    }
    defer { try? handle.close() }
    do {
      let data = try handle.read(upToCount: maxBytes + 1) ?? Data()
      guard data.count <= maxBytes else {
        return .failure(
          InputRule.limitExceeded.diagnostic(
            "the file is larger than the limit of \(maxBytes) bytes", at: start))
      }
      return .success([UInt8](data))
    } catch {
      return .failure(
        InputRule.unreadableFile.diagnostic(
          "cannot read the file: \(error.localizedDescription)", at: start))
    }
  }
}
