import Foundation

/// A directory written atomically: its files go into a temporary directory beside the
/// destination, which takes the destination's place (one `rename`) only once every file
/// is complete.
///
/// A failure removes the temporary directory and leaves the destination as it was. An
/// existing destination is replaced only when it is empty or holds nothing but regular
/// files named as the export's files (an earlier export of the same kind), so a mistyped
/// `--output` cannot wipe out a folder of other things: a subfolder, a symbolic link or
/// any other name, even one the export writes (`claims.csv/part-0000.csv`, as Spark
/// writes CSV), is refused, naming the entry. A directory cannot be renamed over a
/// non-empty one, so the old export is first moved aside (and put back if the new one
/// cannot take its place), then removed: readers see the old folder or the new one,
/// never a half-written one, though for an instant neither.
///
/// Permissions follow ``AtomicFile``: a replaced folder keeps its own mode and each
/// replaced file its own; a new folder gets `0777` and a new file `0666`, less the
/// process's umask. The temporary folder is `.NAME.tmp-PID-XXXXXX`, and those of
/// processes that are gone are removed before each write
/// (``AtomicFile/removeStaleTemporaries(in:of:)``).
///
/// ```swift
/// try AtomicDirectory.write(to: "neo4j", replacing: exporter.fileNames) { folder in
///   try exporter.export(selection, to: &folder)
/// }
/// ```
public struct AtomicDirectory: ExportFolder, Sendable {
  /// The temporary directory the files are written into.
  public let path: String
  /// The directory once committed, as errors name its files.
  private let destination: String
  /// The permissions of the files of the folder being replaced, by name.
  private let modes: [String: mode_t]

  private init(path: String, destination: String, modes: [String: mode_t]) {
    self.path = path
    self.destination = destination
    self.modes = modes
  }

  /// Writes one file into the temporary directory.
  public mutating func writeFile(named name: String, _ body: (inout FileSink) throws -> Void)
    throws
  {
    let file = path + "/" + name
    let shown = destination + "/" + name
    let mode = modes[name]
    // A new file is created with 0666 and the kernel applies the umask; a replaced one is
    // private until it gets its old mode.
    let descriptor = open(
      file, O_WRONLY | O_CREAT | O_EXCL | O_NOFOLLOW | O_CLOEXEC, mode == nil ? 0o666 : 0o600)
    guard descriptor >= 0 else {
      throw FileError(path: shown, reason: String(cString: strerror(errno)))
    }
    defer { close(descriptor) }
    var sink = FileSink(descriptor: descriptor, path: shown)
    try body(&sink)
    if let mode, fchmod(descriptor, mode) != 0 {
      throw FileError(path: shown, reason: String(cString: strerror(errno)))
    }
    guard fsync(descriptor) == 0 else {
      throw FileError(path: shown, reason: String(cString: strerror(errno)))
    }
  }

  /// Writes the directory `destination` atomically.
  ///
  /// - Parameters:
  ///   - destination: the directory to write.
  ///   - names: the names of the files the export writes; an existing destination
  ///     holding anything but regular files of these names is an error, and is left alone.
  ///   - body: writes the files.
  /// - Throws: ``FileError`` naming what could not be written, or why the destination
  ///   cannot be replaced.
  public static func write(
    to destination: String, replacing names: [String],
    _ body: (inout AtomicDirectory) throws -> Void
  ) throws {
    let url = URL(fileURLWithPath: destination)
    let parent = url.deletingLastPathComponent().path
    let name = url.lastPathComponent
    let existing = try checkReplaceable(destination, names: Set(names))
    AtomicFile.removeStaleTemporaries(in: parent, of: name)
    let temporary = try makeTemporaryFolder(
      near: "\(parent)/.\(name).tmp-\(getpid())-", destination: destination)
    do {
      var status = stat()
      guard stat(temporary, &status) == 0 else {
        throw FileError(path: destination, reason: String(cString: strerror(errno)))
      }
      // The old folder's mode, or the one the umask gave the new folder; private until
      // every file is written.
      let mode = existing?.mode ?? status.st_mode & 0o7777
      chmod(temporary, 0o700)
      var directory = AtomicDirectory(
        path: temporary, destination: destination, modes: existing?.files ?? [:])
      try body(&directory)
      guard chmod(temporary, mode) == 0 else {
        throw FileError(path: destination, reason: String(cString: strerror(errno)))
      }
      try replace(destination, with: temporary)
    } catch {
      try? FileManager.default.removeItem(atPath: temporary)
      throw error
    }
  }

  /// Creates a new folder named `prefix` plus a random suffix, with `0777` less the umask.
  private static func makeTemporaryFolder(near prefix: String, destination: String) throws
    -> String
  {
    while true {
      let path = prefix + AtomicFile.randomSuffix()
      if mkdir(path, 0o777) == 0 { return path }
      if errno == EEXIST || errno == EINTR { continue }
      throw FileError(path: destination, reason: String(cString: strerror(errno)))
    }
  }

  /// Refuses a destination that is not a directory, or a directory holding anything but
  /// regular files the export writes; returns the existing folder's mode and its files'
  /// modes, or nil when there is no destination.
  private static func checkReplaceable(_ destination: String, names: Set<String>) throws
    -> (mode: mode_t, files: [String: mode_t])?
  {
    var status = stat()
    guard lstat(destination, &status) == 0 else {
      guard errno == ENOENT else {
        throw FileError(path: destination, reason: String(cString: strerror(errno)))
      }
      return nil
    }
    guard status.st_mode & S_IFMT == S_IFDIR else {
      throw FileError(
        path: destination,
        reason: "it exists and is \(kind(of: status.st_mode)), not a folder; "
          + "choose an empty or new folder")
    }
    let entries: [String]
    do {
      entries = try FileManager.default.contentsOfDirectory(atPath: destination)
    } catch {
      throw FileError(path: destination, reason: "its entries cannot be listed")
    }
    var files: [String: mode_t] = [:]
    for entry in entries.sorted() {
      var entryStatus = stat()
      guard lstat(destination + "/" + entry, &entryStatus) == 0 else {
        throw FileError(
          path: destination + "/" + entry, reason: String(cString: strerror(errno)))
      }
      let isFile = entryStatus.st_mode & S_IFMT == S_IFREG
      guard names.contains(entry), isFile else {
        let what = isFile ? "," : ", \(kind(of: entryStatus.st_mode)),"
        throw FileError(
          path: destination,
          reason: "the folder holds '\(entry)'\(what) which this export does not write; "
            + "choose an empty or new folder")
      }
      files[entry] = entryStatus.st_mode & 0o7777
    }
    return (status.st_mode & 0o7777, files)
  }

  /// What an entry that is not a regular file is, in words.
  private static func kind(of mode: mode_t) -> String {
    switch mode & S_IFMT {
    case S_IFDIR: "a folder"
    case S_IFLNK: "a symbolic link"
    case S_IFREG: "a file"
    default: "a special file"
    }
  }

  /// Puts the complete temporary directory in the destination's place.
  private static func replace(_ destination: String, with temporary: String) throws {
    if rename(temporary, destination) == 0 { return }
    guard errno == ENOTEMPTY || errno == EEXIST else {
      throw FileError(path: destination, reason: String(cString: strerror(errno)))
    }
    let aside = temporary + ".previous"
    guard rename(destination, aside) == 0 else {
      throw FileError(path: destination, reason: String(cString: strerror(errno)))
    }
    guard rename(temporary, destination) == 0 else {
      let reason = String(cString: strerror(errno))
      rename(aside, destination)
      throw FileError(path: destination, reason: reason)
    }
    try? FileManager.default.removeItem(atPath: aside)
  }
}
