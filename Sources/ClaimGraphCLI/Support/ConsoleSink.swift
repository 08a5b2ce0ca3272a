import ClaimGraphFormats

/// An export sink that writes to ``Console/current``'s standard output, holding back an
/// incomplete UTF-8 sequence at the end of a chunk until the next chunk completes it.
///
/// A write throws the console's ``OutputFailure`` once standard output cannot be written,
/// so an export to a closed pipe or a full disk stops at once.
package struct ConsoleSink: ExportSink {
  private let console: Console
  private var pending: [UInt8] = []

  package init(_ console: Console) { self.console = console }

  package mutating func write(_ bytes: [UInt8]) throws {
    pending.append(contentsOf: bytes)
    try writeComplete()
  }

  package mutating func write(_ bytes: Span<UInt8>) throws {
    bytes.withUnsafeBufferPointer { pending.append(contentsOf: $0) }
    try writeComplete()
  }

  /// Writes what is pending up to its last complete UTF-8 sequence.
  private mutating func writeComplete() throws {
    var end = pending.count
    var back = 0
    while back < 3, end - back - 1 >= 0, pending[end - back - 1] & 0xC0 == 0x80 { back += 1 }
    if end - back - 1 >= 0 {
      let lead = pending[end - back - 1]
      let length = lead < 0x80 ? 1 : lead >= 0xF0 ? 4 : lead >= 0xE0 ? 3 : lead >= 0xC0 ? 2 : 1
      if length > back + 1 { end -= back + 1 }
    }
    guard end > 0 else { return }
    console.write(String(decoding: pending[..<end], as: UTF8.self))
    pending.removeFirst(end)
    if let failure = console.outputFailure() { throw failure }
  }

  /// Writes whatever is still held back.
  package mutating func finish() throws {
    if !pending.isEmpty { console.write(String(decoding: pending, as: UTF8.self)) }
    pending = []
    if let failure = console.outputFailure() { throw failure }
  }
}
