/// The bytes an exporter has produced but not yet handed to its sink.
///
/// Exporters append text (escaped by the format's rules) to ``bytes``, and call
/// ``flushIfFull(to:)`` after each node or edge: the sink gets chunks of about 64 KiB, so
/// a file sees few, large writes and memory stays bounded however big the graph. The
/// buffer does not hold the sink, so the code that fills it is not generic over sinks.
struct OutputBuffer {
  /// The bytes not handed over yet; exporters append to them directly.
  var bytes: [UInt8] = []
  private static var chunkSize: Int { 1 << 16 }

  init() {
    bytes.reserveCapacity(Self.chunkSize * 2)
  }

  /// Appends text as UTF-8, as it is.
  mutating func append(_ text: String) {
    var text = text
    text.withUTF8 { bytes.append(contentsOf: $0) }
  }

  /// Appends a literal.
  @inline(__always)
  mutating func append(_ text: StaticString) {
    bytes.append(
      contentsOf: UnsafeBufferPointer(start: text.utf8Start, count: text.utf8CodeUnitCount))
  }

  /// Appends a number in decimal.
  mutating func append(_ number: Int) {
    append(String(number))
  }

  /// Hands the bytes to the sink once a chunk has gathered.
  mutating func flushIfFull(to sink: inout some ExportSink) throws {
    if bytes.count >= Self.chunkSize { try flush(to: &sink) }
  }

  /// Hands every byte to the sink.
  mutating func flush(to sink: inout some ExportSink) throws {
    guard !bytes.isEmpty else { return }
    try bytes.withUnsafeBytes { try sink.write($0) }
    bytes.removeAll(keepingCapacity: true)
  }
}

/// Copying UTF-8 text into output bytes while replacing the bytes a format must escape.
enum Escaping {
  /// Appends `text` to `output`: runs of ordinary bytes are copied whole; at each byte
  /// `isSpecial` picks, `escape` appends what stands for the text from that index on and
  /// returns how many bytes of it that covers (at least one).
  @inline(__always)
  static func append(
    _ text: UnsafeBufferPointer<UInt8>, to output: inout [UInt8],
    isSpecial: (UInt8) -> Bool,
    escape: (UnsafeBufferPointer<UInt8>, Int, inout [UInt8]) -> Int
  ) {
    var runStart = 0
    var index = 0
    while index < text.count {
      guard isSpecial(text[index]) else {
        index += 1
        continue
      }
      output.append(contentsOf: UnsafeBufferPointer(rebasing: text[runStart..<index]))
      index += max(escape(text, index, &output), 1)
      runStart = index
    }
    output.append(contentsOf: UnsafeBufferPointer(rebasing: text[runStart..<text.count]))
  }

  /// The UTF-8 bytes of a text, for the escapers.
  @inline(__always)
  static func withUTF8<Result>(
    _ text: String, _ body: (UnsafeBufferPointer<UInt8>) -> Result
  ) -> Result {
    var text = text
    return text.withUTF8(body)
  }

  /// Appends a static text.
  static func append(_ text: StaticString, to output: inout [UInt8]) {
    output.append(
      contentsOf: UnsafeBufferPointer(start: text.utf8Start, count: text.utf8CodeUnitCount))
  }
}
