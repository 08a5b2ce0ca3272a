/// A glob pattern over file paths.
///
/// `*` and `?` match within one path component, `**` across any number of components.
/// A pattern that matches a directory matches everything below it.
struct PathPattern: Hashable, Sendable {
  private let components: [String]

  /// Creates a pattern, relative to `base` unless it is absolute.
  init(_ pattern: String, base: String = "") {
    let anchored = pattern.hasPrefix("/") || base.isEmpty ? pattern : base + "/" + pattern
    components = Self.normalized(anchored)
  }

  /// Whether a file path (relative paths are taken relative to `workingDirectory`) matches.
  func matches(_ path: String, workingDirectory: String = "") -> Bool {
    let anchored =
      path.hasPrefix("/") || workingDirectory.isEmpty ? path : workingDirectory + "/" + path
    let target = Self.normalized(anchored)
    let patternAbsolute = components.first == "/"
    guard patternAbsolute == (target.first == "/") else { return false }
    return Self.match(components[...], target[...])
  }

  /// Splits a path into components, resolving `.` and `..`; a leading `/` is kept as a
  /// component of its own so absolute and relative paths never match each other.
  static func normalized(_ path: String) -> [String] {
    var result: [String] = path.hasPrefix("/") ? ["/"] : []
    for part in path.split(separator: "/", omittingEmptySubsequences: true) {
      switch part {
      case ".": continue
      case "..":
        if let last = result.last, last != "/", last != ".." {
          result.removeLast()
        } else if result.first != "/" {
          result.append("..")
        }
      default: result.append(String(part))
      }
    }
    return result
  }

  private static func match(_ pattern: ArraySlice<String>, _ path: ArraySlice<String>) -> Bool {
    guard let head = pattern.first else { return true }  // a matched directory covers the rest
    if head == "**" {
      let rest = pattern.dropFirst()
      return (path.startIndex...path.endIndex).contains { match(rest, path[$0...]) }
    }
    guard let first = path.first, wildcard(Array(head), Array(first)) else { return false }
    return match(pattern.dropFirst(), path.dropFirst())
  }

  private static func wildcard(_ pattern: [Character], _ text: [Character]) -> Bool {
    var p = 0
    var t = 0
    var star: Int?
    var resume = 0
    while t < text.count {
      if p < pattern.count, pattern[p] == "?" || pattern[p] == text[t] {
        p += 1
        t += 1
      } else if p < pattern.count, pattern[p] == "*" {
        star = p
        resume = t
        p += 1
      } else if let star {
        p = star + 1
        resume += 1
        t = resume
      } else {
        return false
      }
    }
    while p < pattern.count, pattern[p] == "*" { p += 1 }
    return p == pattern.count
  }
}
