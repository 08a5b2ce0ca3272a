import Foundation

/// A file written atomically: the content goes to a temporary file in the destination's
/// directory, which replaces the destination (one `rename`) only once it is complete.
///
/// Readers see the old file or the new one, never a half-written one; a failure leaves
/// the destination untouched and removes the temporary file.
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
  public init(staging destination: String, _ body: (inout FileSink) throws -> Void) throws {
    let url = URL(fileURLWithPath: destination)
    let directory = url.deletingLastPathComponent().path
    var template = Array("\(directory)/.\(url.lastPathComponent).tmp-XXXXXX".utf8CString)
    let descriptor = template.withUnsafeMutableBufferPointer { mkstemp($0.baseAddress!) }
    guard descriptor >= 0 else {
      throw FileError(path: destination, reason: String(cString: strerror(errno)))
    }
    let temporary = String(
      decoding: template.prefix { $0 != 0 }.map { UInt8(bitPattern: $0) }, as: UTF8.self)
    self.destination = destination
    self.temporaryPath = temporary
    do {
      defer { close(descriptor) }
      var sink = FileSink(descriptor: descriptor)
      try body(&sink)
      guard fchmod(descriptor, 0o644) == 0, fsync(descriptor) == 0 else {
        throw FileError(path: destination, reason: String(cString: strerror(errno)))
      }
    } catch {
      unlink(temporary)
      throw error
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
}

/// Several files written all-or-nothing: each is staged as an ``AtomicFile``; only when
/// every one is complete are they renamed into place, one after the other.
///
/// If staging any file fails, the staged ones are removed and no destination changes.
public struct AtomicFileBatch: Sendable {
  private var staged: [AtomicFile] = []

  /// Creates an empty batch.
  public init() {}

  /// Stages one file; on failure every file staged so far is discarded.
  public mutating func stage(_ destination: String, _ body: (inout FileSink) throws -> Void) throws
  {
    do {
      staged.append(try AtomicFile(staging: destination, body))
    } catch {
      discard()
      throw error
    }
  }

  /// Renames every staged file into place.
  public mutating func commit() throws {
    defer { staged = [] }
    for (offset, file) in staged.enumerated() {
      do {
        try file.commit()
      } catch {
        for rest in staged[(offset + 1)...] { rest.discard() }
        throw error
      }
    }
  }

  /// Removes every staged file.
  public mutating func discard() {
    for file in staged { file.discard() }
    staged = []
  }
}
