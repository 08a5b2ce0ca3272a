/// Where an exporter writes: bytes, in chunks, as they are produced.
///
/// Exporters never build the whole document in memory; they hand over each chunk (a
/// node, an edge, a flushed libxml2 buffer) as soon as it is ready. ``ByteBuffer`` keeps
/// the bytes (for tests and `--check`); ``FileSink`` writes them to a file descriptor.
public protocol ExportSink {
  /// Appends a chunk of bytes.
  mutating func write(_ bytes: UnsafeRawBufferPointer) throws
}

extension ExportSink {
  /// Appends a text as UTF-8.
  public mutating func write(_ text: String) throws {
    var text = text
    try text.withUTF8 { try write(UnsafeRawBufferPointer($0)) }
  }
}

/// An in-memory sink: the bytes written so far.
public struct ByteBuffer: ExportSink, Sendable, Equatable {
  /// Every byte written, in order.
  public private(set) var bytes: [UInt8] = []

  /// Creates an empty buffer.
  public init() {}

  /// Appends a chunk.
  public mutating func write(_ bytes: UnsafeRawBufferPointer) {
    self.bytes.append(contentsOf: bytes)
  }

  /// The bytes decoded as UTF-8 (invalid sequences repaired).
  public var text: String { String(decoding: bytes, as: UTF8.self) }
}
