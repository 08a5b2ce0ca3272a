/// A file could not be written, renamed or removed.
public struct FileError: Error, Hashable, Sendable, CustomStringConvertible {
  /// The file concerned.
  public let path: String
  /// The system's reason.
  public let reason: String

  /// The failure to write `path`, with the system's `reason` (say, `Permission denied`).
  public init(path: String, reason: String) {
    self.path = path
    self.reason = reason
  }

  /// `cannot write PATH: reason`.
  public var description: String { "cannot write \(path): \(reason)" }
}
