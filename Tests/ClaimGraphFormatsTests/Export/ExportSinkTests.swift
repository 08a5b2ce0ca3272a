import ClaimGraph
import ClaimGraphFormats
import ClaimGraphFormatsTestSupport
import Testing

/// A sink written the way a library user would: safe arrays only.
private struct ChunkRecordingSink: ExportSink {
  var chunks: [[UInt8]] = []
  mutating func write(_ bytes: [UInt8]) { chunks.append(bytes) }
}

/// Regression: every custom sink had to take an `UnsafeRawBufferPointer`.
///
/// A sink that implements only the safe `write(_: [UInt8])` now receives exactly the bytes the
/// package's own in-place sinks do.
@Suite struct ExportSinkTests {
  @Test(arguments: ExportFormat.allCases)
  func aSafeSinkReceivesTheSameBytes(format: ExportFormat) throws {
    var safe = ChunkRecordingSink()
    try format.exporter.export(ExportFixtures.demo, to: &safe)
    #expect(!safe.chunks.isEmpty)
    #expect(Array(safe.chunks.joined()) == (try ExportFixtures.export(format, ExportFixtures.demo)))
  }

  @Test func textAndBytesGoThroughTheSameSink() throws {
    var sink = MemorySink()
    try sink.write("é")
    sink.write([0x21])
    #expect(sink.bytes == [0xC3, 0xA9, 0x21])
    #expect(sink.text == "é!")
  }
}
