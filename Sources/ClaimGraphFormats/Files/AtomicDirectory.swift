import Foundation

/// A directory written atomically: its files go into a temporary directory beside the
/// destination, which takes the destination's place (one `rename`) only once every file
/// is complete.
///
/// A failure removes the temporary directory and leaves the destination as it was. An
/// existing destination is replaced only when it is empty or holds nothing but files the
/// export writes (an earlier export of the same kind), so a mistyped `--output` cannot
/// wipe out a folder of other things. A directory cannot be renamed over a non-empty one,
/// so the old export is first moved aside (and put back if the new one cannot take its
/// place), then removed: readers see the old folder or the new one, never a half-written
/// one, though for an instant neither.
///
/// ```swift
/// try AtomicDirectory.write(to: "neo4j", replacing: exporter.fileNames) { folder in
///   try exporter.export(selection, to: &folder)
/// }
/// ```
public struct AtomicDirectory: ExportFolder, Sendable {
  /// The temporary directory the files are written into.
  public let path: String

  private init(path: String) { self.path = path }

  /// Writes one file into the temporary directory.
  public mutating func writeFile(named name: String, _ body: (inout FileSink) throws -> Void)
    throws
  {
    let file = path + "/" + name
    let descriptor = open(file, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0o644)
    guard descriptor >= 0 else {
      throw FileError(path: file, reason: String(cString: strerror(errno)))
    }
    defer { close(descriptor) }
    var sink = FileSink(descriptor: descriptor)
    try body(&sink)
    guard fsync(descriptor) == 0 else {
      throw FileError(path: file, reason: String(cString: strerror(errno)))
    }
  }

  /// Writes the directory `destination` atomically.
  ///
  /// - Parameters:
  ///   - replacing: the names of the files the export writes; an existing destination
  ///     holding anything else is an error, and is left alone.
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
    try checkReplaceable(destination, names: Set(names))
    var template = Array("\(parent)/.\(name).tmp-XXXXXX".utf8CString)
    guard template.withUnsafeMutableBufferPointer({ mkdtemp($0.baseAddress!) }) != nil else {
      throw FileError(path: destination, reason: String(cString: strerror(errno)))
    }
    let temporary = String(
      decoding: template.prefix { $0 != 0 }.map { UInt8(bitPattern: $0) }, as: UTF8.self)
    do {
      chmod(temporary, 0o755)
      var directory = AtomicDirectory(path: temporary)
      try body(&directory)
      try replace(destination, with: temporary)
    } catch {
      try? FileManager.default.removeItem(atPath: temporary)
      throw error
    }
  }

  /// Refuses a destination that is a file, or a directory holding anything the export
  /// does not write.
  private static func checkReplaceable(_ destination: String, names: Set<String>) throws {
    var isDirectory: ObjCBool = false
    guard FileManager.default.fileExists(atPath: destination, isDirectory: &isDirectory) else {
      return
    }
    guard isDirectory.boolValue else {
      throw FileError(path: destination, reason: "it exists and is not a directory")
    }
    let entries = try FileManager.default.contentsOfDirectory(atPath: destination)
    if let other = entries.sorted().first(where: { !names.contains($0) }) {
      throw FileError(
        path: destination,
        reason: "the directory holds '\(other)', which this export does not write; "
          + "choose an empty or new directory")
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
