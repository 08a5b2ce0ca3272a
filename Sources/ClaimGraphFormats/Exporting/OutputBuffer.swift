/// The bytes an exporter has produced but not yet handed to its sink.
///
/// Exporters append text (escaped by the format's rules), and call ``flushIfFull(to:)``
/// after each node or edge: the sink gets chunks of about 64 KiB, so a file sees few,
/// large writes and memory stays bounded however big the graph. The buffer does not hold
/// the sink, so the code that fills it is not generic over sinks, and it keeps its bytes
/// in memory of its own, so that appending a few bytes costs a copy and nothing more
/// (an export appends some forty pieces per edge).
struct OutputBuffer: ~Copyable {
  private var storage: UnsafeMutablePointer<UInt8>
  private var capacity: Int
  /// How many bytes are waiting.
  private(set) var count = 0
  private static var chunkSize: Int { 1 << 16 }

  init(capacity: Int = 2 << 16) {
    self.capacity = max(capacity, 16)
    storage = .allocate(capacity: self.capacity)
  }

  deinit { storage.deallocate() }

  /// Appends bytes.
  @inline(__always)
  mutating func append(_ bytes: UnsafeBufferPointer<UInt8>) {
    guard let source = bytes.baseAddress else { return }
    if count + bytes.count > capacity { grow(toHold: count + bytes.count) }
    (storage + count).update(from: source, count: bytes.count)
    count += bytes.count
  }

  /// Appends one byte.
  @inline(__always)
  mutating func append(_ byte: UInt8) {
    if count == capacity { grow(toHold: count + 1) }
    storage[count] = byte
    count += 1
  }

  /// Appends bytes prepared beforehand.
  @inline(__always)
  mutating func append(_ bytes: [UInt8]) {
    bytes.withUnsafeBufferPointer { append($0) }
  }

  /// Appends a literal.
  @inline(__always)
  mutating func append(_ text: StaticString) {
    append(UnsafeBufferPointer(start: text.utf8Start, count: text.utf8CodeUnitCount))
  }

  /// Appends text as UTF-8, as it is.
  mutating func append(_ text: String) {
    var text = text
    text.withUTF8 { append($0) }
  }

  /// Appends a number in decimal.
  mutating func append(decimal number: Int) {
    append(String(number))
  }

  /// The bytes waiting, for reading.
  func withBytes<Result>(_ body: (UnsafeBufferPointer<UInt8>) throws -> Result) rethrows
    -> Result
  {
    try body(UnsafeBufferPointer(start: storage, count: count))
  }

  /// The bytes waiting, as text.
  var text: String { withBytes { String(decoding: $0, as: UTF8.self) } }

  /// Forgets the bytes waiting.
  mutating func removeAll() { count = 0 }

  /// Hands the bytes to the sink once a chunk has gathered.
  mutating func flushIfFull(to sink: inout some ExportSink) throws {
    if count >= Self.chunkSize { try flush(to: &sink) }
  }

  /// Hands every byte to the sink.
  mutating func flush(to sink: inout some ExportSink) throws {
    guard count > 0 else { return }
    try sink.writeBorrowed(UnsafeRawBufferPointer(start: storage, count: count))
    count = 0
  }

  private mutating func grow(toHold needed: Int) {
    var newCapacity = capacity * 2
    while newCapacity < needed { newCapacity *= 2 }
    let newStorage = UnsafeMutablePointer<UInt8>.allocate(capacity: newCapacity)
    newStorage.update(from: storage, count: count)
    storage.deallocate()
    storage = newStorage
    capacity = newCapacity
  }
}
