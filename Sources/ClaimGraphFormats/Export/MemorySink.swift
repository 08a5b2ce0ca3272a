/// An in-memory sink: the bytes written so far.
public struct MemorySink: ExportSink, Sendable, Equatable {
  /// Every byte written, in order.
  public private(set) var bytes: [UInt8] = []

  /// Creates an empty sink.
  public init() {}

  /// Appends a chunk.
  public mutating func write(_ bytes: [UInt8]) { self.bytes += bytes }

  /// Appends a chunk without an intermediate array.
  public mutating func write(_ bytes: Span<UInt8>) {
    bytes.withUnsafeBufferPointer { self.bytes.append(contentsOf: $0) }
  }

  /// The bytes decoded as UTF-8 (invalid sequences repaired).
  public var text: String { String(decoding: bytes, as: UTF8.self) }
}
