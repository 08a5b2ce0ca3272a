import Foundation

/// A file written atomically: the content goes to a temporary file in the destination's
/// directory, which replaces the destination (one `rename`) only once it is complete.
///
/// Readers see the old file or the new one, never a half-written one; a failure leaves
/// the destination untouched and removes the temporary file.
///
/// The temporary file is `.NAME.tmp-PID-XXXXXX` (PID the writing process's id). A process
/// that is killed cannot remove its own, so each write first removes the temporaries of
/// the same destination whose process is gone (and any of the older `.NAME.tmp-XXXXXX`
/// form), leaving those of a process still writing.
///
/// ```swift
/// try AtomicFile.write(to: "Exports/endorphins.dot") { sink in
///   try DOTExporter().export(graph, to: &sink)
/// }
/// ```
public struct AtomicFile: Sendable {
  /// The path the file will have once committed.
  public let destination: String
  /// The temporary file holding the content until then.
  public let temporaryPath: String

  /// Creates the temporary file and writes the content to it; call ``commit()`` or
  /// ``discard()`` afterwards.
  ///
  /// The file gets the permissions the destination has when it exists (a private `0600`
  /// file stays private); a new file gets `0666` less the process's umask, as any file
  /// the process creates. A destination that is a symbolic link is replaced by the file
  /// (its target is left alone), which is new: its mode is not the target's.
  public init(staging destination: String, _ body: (inout FileSink) throws -> Void) throws {
    let url = URL(fileURLWithPath: destination)
    let directory = url.deletingLastPathComponent().path
    Self.removeStaleTemporaries(in: directory, of: url.lastPathComponent)
    let existingMode = Self.mode(of: destination)
    let (descriptor, temporary) = try Self.createTemporary(
      near: "\(directory)/.\(url.lastPathComponent).tmp-\(getpid())-",
      // Private while it is written; the destination's own mode once complete. A new file
      // is created with 0666 and the kernel applies the umask.
      mode: existingMode == nil ? 0o666 : 0o600, destination: destination)
    self.destination = destination
    self.temporaryPath = temporary
    do {
      defer { close(descriptor) }
      var sink = FileSink(descriptor: descriptor, path: destination)
      try body(&sink)
      if let existingMode, fchmod(descriptor, existingMode) != 0 {
        throw FileError(path: destination, reason: String(cString: strerror(errno)))
      }
      guard fsync(descriptor) == 0 else {
        throw FileError(path: destination, reason: String(cString: strerror(errno)))
      }
    } catch {
      unlink(temporary)
      throw error
    }
  }

  /// The permission bits of the regular file at `path` (not a symbolic link's target), or
  /// nil when there is none.
  private static func mode(of path: String) -> mode_t? {
    var status = stat()
    guard lstat(path, &status) == 0, status.st_mode & S_IFMT == S_IFREG else { return nil }
    return status.st_mode & 0o7777
  }

  /// Creates a new file named `prefix` plus a random suffix, exclusively, with `mode`
  /// (less the umask); its descriptor and path.
  private static func createTemporary(
    near prefix: String, mode: mode_t, destination: String
  ) throws -> (Int32, String) {
    while true {
      let path = prefix + randomSuffix()
      let descriptor = open(path, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, mode)
      if descriptor >= 0 { return (descriptor, path) }
      if errno == EEXIST || errno == EINTR { continue }
      throw FileError(path: destination, reason: String(cString: strerror(errno)))
    }
  }

  /// Writes a file atomically in one step.
  public static func write(to destination: String, _ body: (inout FileSink) throws -> Void) throws {
    try AtomicFile(staging: destination, body).commit()
  }

  /// Writes a text (as UTF-8) to a file atomically, for commands' `--output`.
  public static func write(_ text: String, to destination: String) throws {
    try write(to: destination) { sink in try sink.write(text) }
  }

  /// Replaces the destination with the temporary file.
  public func commit() throws {
    guard rename(temporaryPath, destination) == 0 else {
      let reason = String(cString: strerror(errno))
      discard()
      throw FileError(path: destination, reason: reason)
    }
  }

  /// Removes the temporary file, leaving the destination as it was.
  public func discard() { unlink(temporaryPath) }

  /// Removes the temporary files (and kept previous versions) that writes of `name` in
  /// `directory` left behind when their process died; returns their names.
  @discardableResult
  public static func removeStaleTemporaries(in directory: String, of name: String) -> [String] {
    removeStaleTemporaries(in: directory, prefixed: ".\(name).tmp-")
  }

  /// Removes the entries of `directory` named `PREFIX` + `PID-XXXXXX` (with `.previous`
  /// after it, or the older `PREFIX` + `XXXXXX` form), files or folders, whose process
  /// `PID` is gone; returns their names.
  ///
  /// This is ClaimGraph's one cleanup of what a killed process leaves behind: temporary
  /// files and folders of ``AtomicFile``, ``AtomicFileBatch`` and ``AtomicDirectory``, and
  /// Graphviz's working folders.
  @discardableResult
  public static func removeStaleTemporaries(in directory: String, prefixed prefix: String)
    -> [String]
  {
    guard let entries = try? FileManager.default.contentsOfDirectory(atPath: directory) else {
      return []
    }
    var removed: [String] = []
    for entry in entries.sorted() where entry.hasPrefix(prefix) {
      var rest = entry.dropFirst(prefix.count)
      if rest.hasSuffix(".previous") { rest = rest.dropLast(".previous".count) }
      // The older form is recognised only for the hidden temporaries beside a destination.
      guard isStale(rest, allowingOlderForm: prefix.hasPrefix(".")) else { continue }
      let path = "\(directory)/\(entry)"
      var status = stat()
      guard lstat(path, &status) == 0 else { continue }
      if status.st_mode & S_IFMT == S_IFDIR {
        // A folder's contents are removed without following symbolic links.
        guard (try? FileManager.default.removeItem(atPath: path)) != nil else { continue }
      } else if unlink(path) != 0 {
        continue
      }
      removed.append(entry)
    }
    return removed
  }

  /// Whether a temporary's suffix, `PID-XXXXXX` or (if allowed) the older `XXXXXX`, names
  /// a process that is gone.
  static func isStale(_ suffix: Substring, allowingOlderForm: Bool) -> Bool {
    let parts = suffix.split(separator: "-", omittingEmptySubsequences: false)
    switch parts.count {
    case 1: return allowingOlderForm && parts[0].count == 6  // without a process id
    case 2:
      guard hasTemporaryShape(suffix), let pid = Int32(parts[0]) else { return false }
      return kill(pid, 0) != 0 && errno == ESRCH
    default: return false
    }
  }

  /// Whether `suffix` is a temporary's `PID-XXXXXX`: a process id, a dash and six letters
  /// or digits.
  static func hasTemporaryShape(_ suffix: Substring) -> Bool {
    let parts = suffix.split(separator: "-", omittingEmptySubsequences: false)
    guard parts.count == 2, let pid = Int32(parts[0]), pid > 0, parts[1].count == 6 else {
      return false
    }
    return parts[1].allSatisfy { $0.isASCII && ($0.isLetter || $0.isNumber) }
  }

  /// Six random base-36 digits, the shape ``removeStaleTemporaries(in:prefixed:)``
  /// recognises.
  static func randomSuffix() -> String {
    var generator = SystemRandomNumberGenerator()
    let low: UInt64 = 36 * 36 * 36 * 36 * 36
    return String(low + generator.next() % (low * 36 - low), radix: 36)
  }
}
