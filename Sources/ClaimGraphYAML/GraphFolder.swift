import Foundation

/// The folder a graph lives in, and the only place the files its YAML names may come from.
///
/// A graph is input from people we do not control (a pull request), so a path it names —
/// an article's `text:` — is resolved against the naming file's folder, symbolic links
/// and all, and refused unless it ends inside this folder: `text: /etc/passwd`,
/// `text: ../../secret` and a link pointing out of the graph are refused before anything
/// is read. The same holds for a configuration's `baseline:` inside the configuration's
/// folder.
package struct GraphFolder: Sendable {
  /// The folder as given (relative paths start from the working directory).
  package let path: String
  /// The folder's real path (symbolic links resolved), or nil when it does not exist.
  private let realPath: String?

  /// The folder at `path`.
  package init(_ path: String) {
    self.path = path
    self.realPath = Self.realPath(of: path.isEmpty ? "." : path)
  }

  /// The folder that holds `file` (a graph file or a configuration).
  package init(holding file: String) {
    self.init((file as NSString).deletingLastPathComponent)
  }

  /// Why a named path was refused, in words an author can act on.
  package enum Refusal: Error, Equatable, Sendable {
    /// The path is absolute; paths in graph files are relative to the naming file.
    case absolute
    /// The path, or the file a symbolic link on it points to, lies outside the folder.
    case outside
    /// Nothing exists at the path.
    case missing

    /// The reason, as a message's clause.
    package func reason(folder: String) -> String {
      switch self {
      case .absolute:
        "is an absolute path; name a file inside the graph folder '\(folder)', relative to "
          + "the file that names it"
      case .outside:
        "lies outside the graph folder '\(folder)' (after following symbolic links); a graph "
          + "may only name files inside its own folder"
      case .missing: "does not exist"
      }
    }
  }

  /// The path of `name`, named in `namingFile`, once it is known to lie inside the folder;
  /// the returned path is `name` joined to the naming file's folder (as messages show it).
  package func resolve(_ name: String, namedIn namingFile: String) -> Result<String, Refusal> {
    resolve(name, from: (namingFile as NSString).deletingLastPathComponent)
  }

  /// The path of `name`, relative to `directory`, once it is known to lie inside the folder.
  package func resolve(_ name: String, from directory: String) -> Result<String, Refusal> {
    guard !name.hasPrefix("/") else { return .failure(.absolute) }
    let joined = directory.isEmpty ? name : (directory as NSString).appendingPathComponent(name)
    guard let root = realPath else { return .failure(.missing) }
    guard let target = Self.realPath(of: joined) else {
      // A path that does not resolve: refuse it as outside when its words already leave the
      // folder, so a missing file outside is never told apart from one inside.
      return .failure(Self.lexicallyInside(joined, folder: path) ? .missing : .outside)
    }
    let prefix = root.hasSuffix("/") ? root : root + "/"
    guard target.hasPrefix(prefix) else { return .failure(.outside) }
    return .success(joined)
  }

  /// A path's real path: absolute, with every symbolic link, `.` and `..` resolved; nil
  /// when some part of it does not exist.
  private static func realPath(of path: String) -> String? {
    guard let resolved = realpath(path, nil) else { return nil }
    defer { free(resolved) }
    return String(cString: resolved)
  }

  /// Whether `path`, read as words without touching the disk, stays inside `folder`.
  private static func lexicallyInside(_ path: String, folder: String) -> Bool {
    let base = folder.isEmpty ? "." : folder
    let relative = path.hasPrefix(base + "/") ? String(path.dropFirst(base.count + 1)) : path
    var depth = 0
    for part in relative.split(separator: "/") {
      switch part {
      case ".": continue
      case "..": depth -= 1
      default: depth += 1
      }
      if depth < 0 { return false }
    }
    return true
  }
}
