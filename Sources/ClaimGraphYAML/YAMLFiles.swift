import ClaimGraph
import Foundation

/// Finds and reads the YAML files of a graph directory.
enum YAMLFiles {
  /// The `*.yaml` and `*.yml` files below `path`, or `path` itself when it is a file.
  ///
  /// The list is sorted bytewise, so it does not depend on the file system's enumeration
  /// order. Hidden files and folders (`.claimgraph.yml`, `.git`) are skipped. Symbolic links
  /// to folders are not followed, so a link loop cannot trap the walk; a link to a YAML file
  /// is read. Broken or looping links and special files (FIFOs, devices) named `*.yaml` are
  /// reported rather than opened, since opening a FIFO would block forever.
  static func list(at path: String) -> (files: [String], problems: [Diagnostic]) {
    switch type(of: path) {
    case nil:
      let problem = InputRule.unreadableFile.diagnostic(
        "'\(path)' does not exist; \(Advice.nameGraph.words)", at: nil)
      return ([], [problem])
    case .typeDirectory?:
      var walk = Walk()
      walk.visit(directory: path)
      let sorted = walk.files.sorted { $0.utf8.lexicographicallyPrecedes($1.utf8) }
      if sorted.isEmpty && walk.problems.isEmpty {
        // A wrong path in CI must not pass as a graph with nothing wrong in it.
        let problem = InputRule.unreadableFile.diagnostic(
          "the directory '\(path)' holds no graph files (.yaml or .yml); "
            + Advice.nameGraph.words, at: nil)
        return ([], [problem])
      }
      return (sorted, walk.problems.sorted(by: Diagnostic.canonicalOrder))
    default:
      return ([path], [])
    }
  }

  private struct Walk {
    var files: [String] = []
    var problems: [Diagnostic] = []

    mutating func visit(directory: String) {
      guard let names = try? FileManager.default.contentsOfDirectory(atPath: directory) else {
        problems.append(
          InputRule.unreadableFile.diagnostic("cannot list the directory '\(directory)'", at: nil))
        return
      }
      for name in names where !name.hasPrefix(".") {
        let full = directory.hasSuffix("/") ? directory + name : directory + "/" + name
        let isYAML = name.hasSuffix(".yaml") || name.hasSuffix(".yml")
        switch YAMLFiles.type(of: full, followingLinks: false) {
        case .typeDirectory?: visit(directory: full)
        case .typeRegular? where isYAML: files.append(full)
        case .typeSymbolicLink? where isYAML: resolve(link: full)
        case .typeSymbolicLink?, .typeRegular?: break
        case _ where isYAML:
          problems.append(
            InputRule.unreadableFile.diagnostic(
              "not a regular file (a FIFO, socket or device?); it is not read",
              at: SourceLocation(file: full, line: 1, column: 1)))
        default: break
        }
      }
    }

    private mutating func resolve(link: String) {
      switch YAMLFiles.type(of: link) {
      case .typeRegular?: files.append(link)
      case .typeDirectory?: break
      case nil:
        problems.append(
          InputRule.unreadableFile.diagnostic(
            "the symbolic link is broken or loops; it is not read",
            at: SourceLocation(file: link, line: 1, column: 1)))
      default:
        problems.append(
          InputRule.unreadableFile.diagnostic(
            "the symbolic link does not point to a regular file; it is not read",
            at: SourceLocation(file: link, line: 1, column: 1)))
      }
    }
  }

  /// The type of the file at `path` (following a final symbolic link unless told not to),
  /// or nil when there is none or it cannot be reached.
  ///
  /// Asked of the system directly (`lstat`, `readlink`): `FileManager`'s attributes
  /// also look up the owner's and group's names, which read `/etc/passwd` and `/etc/group`
  /// (after trying nscd's socket) for every file of the walk.
  static func type(of path: String, followingLinks: Bool = true) -> FileAttributeType? {
    var target = path
    if followingLinks {
      // Resolve links step by step, with a bound, so that a loop ends.
      for _ in 0..<32 {
        guard mode(of: target) == S_IFLNK else { break }
        guard let destination = linkDestination(of: target) else { return nil }
        target =
          destination.hasPrefix("/")
          ? destination
          : ((target as NSString).deletingLastPathComponent as NSString)
            .appendingPathComponent(destination)
      }
    }
    guard let mode = mode(of: target) else { return nil }
    switch mode {
    case S_IFDIR: return .typeDirectory
    case S_IFREG: return .typeRegular
    case S_IFLNK: return followingLinks ? nil : .typeSymbolicLink
    case S_IFCHR: return .typeCharacterSpecial
    case S_IFBLK: return .typeBlockSpecial
    case S_IFSOCK: return .typeSocket
    default: return .typeUnknown
    }
  }

  /// The file type bits of `lstat` (a final link is not followed), or nil when the path
  /// cannot be reached.
  private static func mode(of path: String) -> mode_t? {
    var status = stat()
    return lstat(path, &status) == 0 ? status.st_mode & S_IFMT : nil
  }

  /// Where a symbolic link points, as it is written.
  private static func linkDestination(of path: String) -> String? {
    var buffer = [CChar](repeating: 0, count: Int(PATH_MAX) + 1)
    let count = readlink(path, &buffer, buffer.count - 1)
    guard count >= 0 else { return nil }
    return String(decoding: buffer[..<count].map { UInt8(bitPattern: $0) }, as: UTF8.self)
  }

  /// A file's bytes, refusing files over `maxBytes` and anything but a regular file (a
  /// file swapped for a FIFO after the walk is refused, never waited on).
  static func read(_ file: String, maxBytes: Int) -> Result<[UInt8], Diagnostic> {
    RegularFile.read(file, maxBytes: maxBytes).mapError { refusal in
      let rule =
        if case .tooLarge = refusal { InputRule.limitExceeded } else { InputRule.unreadableFile }
      return rule.diagnostic(
        "the file \(refusal.reason)", at: SourceLocation(file: file, line: 1, column: 1))
    }
  }
}
