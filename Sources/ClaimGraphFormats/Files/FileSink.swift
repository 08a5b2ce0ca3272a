import Foundation

/// A sink that writes straight to an open file descriptor.
public struct FileSink: ExportSink {
  /// The descriptor written to; the sink does not close it.
  public let descriptor: Int32
  /// The file's path as errors name it (`file descriptor N` when none is given).
  public let path: String

  /// Creates a sink over an open, writable descriptor; `path` is the file's name in
  /// error messages (say, the destination an ``AtomicFile`` is staged for).
  public init(descriptor: Int32, path: String? = nil) {
    self.descriptor = descriptor
    self.path = path ?? "file descriptor \(descriptor)"
  }

  /// The process's standard output.
  public static var standardOutput: FileSink { FileSink(descriptor: STDOUT_FILENO) }

  /// Writes the whole chunk, retrying short writes and interruptions.
  public mutating func write(_ bytes: [UInt8]) throws {
    try bytes.withUnsafeBytes(writeAll)
  }

  /// Writes the whole chunk in place, retrying short writes and interruptions.
  public mutating func write(_ bytes: Span<UInt8>) throws {
    try bytes.withUnsafeBytes(writeAll)
  }

  private func writeAll(_ bytes: UnsafeRawBufferPointer) throws {
    guard var next = bytes.baseAddress else { return }
    var remaining = bytes.count
    while remaining > 0 {
      let written = Foundation.write(descriptor, next, remaining)
      if written < 0 {
        if errno == EINTR { continue }
        throw FileError(path: path, reason: String(cString: strerror(errno)))
      }
      remaining -= written
      next += written
    }
  }
}
