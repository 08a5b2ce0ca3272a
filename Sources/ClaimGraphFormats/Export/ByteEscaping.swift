/// Copying UTF-8 text into an ``OutputBuffer`` while replacing the bytes a format must
/// escape: the byte-level machinery under the exporters' escapers (the core's `Escaping`
/// says *what* each format escapes, for text; this says how bytes are copied around it).
enum ByteEscaping {
  /// Appends `text` to `output`: runs of ordinary bytes are copied whole; at each byte
  /// `isSpecial` picks, `escape` appends what stands for the text from that index on and
  /// returns how many bytes of it that covers (at least one).
  @inline(__always)
  static func append(
    _ text: UnsafeBufferPointer<UInt8>, to output: inout OutputBuffer,
    isSpecial: (UInt8) -> Bool,
    escape: (UnsafeBufferPointer<UInt8>, Int, inout OutputBuffer) -> Int
  ) {
    var runStart = 0
    var index = 0
    while index < text.count {
      guard isSpecial(text[index]) else {
        index += 1
        continue
      }
      output.append(UnsafeBufferPointer(rebasing: text[runStart..<index]))
      index += max(escape(text, index, &output), 1)
      runStart = index
    }
    output.append(UnsafeBufferPointer(rebasing: text[runStart..<text.count]))
  }

  /// The UTF-8 bytes of a text, for the escapers.
  @inline(__always)
  static func withUTF8<Result>(
    _ text: String, _ body: (UnsafeBufferPointer<UInt8>) -> Result
  ) -> Result {
    var text = text
    return text.withUTF8(body)
  }
}
