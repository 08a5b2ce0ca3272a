/// Where an exporter writes: bytes, in chunks, as they are produced.
///
/// Exporters never build the whole document in memory; they hand over each chunk (a
/// node, an edge, a flushed buffer of about 64 KiB) as soon as it is ready.
/// ``MemorySink`` keeps the bytes (for tests and `build --check`); ``FileSink`` writes them
/// to a file descriptor. A sink of your own implements ``write(_:)-([UInt8])`` and nothing
/// else (no pointer in sight):
///
/// ```swift
/// struct CountingSink: ExportSink {
///   var count = 0
///   mutating func write(_ bytes: [UInt8]) { count += bytes.count }
/// }
/// ```
public protocol ExportSink {
  /// Appends a chunk of bytes.
  mutating func write(_ bytes: [UInt8]) throws

  /// Appends a chunk the caller holds in memory of its own (a span: readable during the
  /// call, and impossible to keep).
  ///
  /// The exporters write through this. The default copies the chunk into an array for
  /// ``write(_:)-([UInt8])``; the package's own sinks read it in place instead. Implement
  /// it only to spare that copy.
  mutating func write(_ bytes: Span<UInt8>) throws
}

extension ExportSink {
  /// Copies the chunk into an array and hands it to ``write(_:)-([UInt8])``.
  public mutating func write(_ bytes: Span<UInt8>) throws {
    try write(bytes.withUnsafeBufferPointer { Array($0) })
  }

  /// Appends a text as UTF-8.
  public mutating func write(_ text: String) throws {
    var text = text
    try text.withUTF8 { try write($0.span) }
  }
}
