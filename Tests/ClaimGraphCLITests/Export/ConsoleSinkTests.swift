import ClaimGraphCLI
import Testing

@Suite struct ConsoleSinkTests {
  @Test func multiByteCharactersSplitAcrossChunksArriveWhole() throws {
    let console = TestConsole()
    try Console.$current.withValue(console.console) {
      var sink = ConsoleSink(.current)
      let bytes = Array("aβ→😀z".utf8)  // 1 + 2 + 3 + 4 + 1 bytes
      for range in [0..<2, 2..<4, 4..<7, 7..<11] {
        try sink.write(Array(bytes[range]))
      }
      try sink.finish()
    }
    #expect(console.writes == ["a", "β", "→", "😀z"])
  }
}
