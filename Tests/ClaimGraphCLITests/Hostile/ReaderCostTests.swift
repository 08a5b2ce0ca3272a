import CLibFYAML
import ClaimGraph
import ClaimGraphFormats
import ClaimGraphTestSupport
import Foundation
import Testing

@testable import ClaimGraphYAML

/// What a hostile file costs the readers grows with its size, never faster: keys are checked
/// in constant time each, and nesting is refused before the parser's memory grows (probes 4
/// and 5 of issue 20).
@Suite struct ReaderCostTests {
  /// A graph file whose article holds `count` distinct unknown keys.
  private static func unknownKeys(_ count: Int) -> String {
    var text = "article:\n  id: a\n  title: t\n"
    text.reserveCapacity(count * 12)
    for index in 0..<count { text += "  k\(index): v\n" }
    return text
  }

  /// The least processor time of three loads of `text` on this thread, in seconds: the time
  /// the other tests running beside take does not count.
  private static func fastestLoad(_ text: String) -> Double {
    (0..<3).map { _ in
      let before = threadTime()
      _ = GraphLoader().load(documents: [("a.yaml", text)])
      return threadTime() - before
    }.min() ?? 0
  }

  private static func threadTime() -> Double {
    var time = timespec()
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &time)
    return Double(time.tv_sec) + Double(time.tv_nsec) / 1e9
  }

  @Test func unknownKeysCostTheSameEachHoweverManyCameBefore() {
    // Checked against a list of the keys seen, 2x the keys took 4x the time (200k keys: 91 s).
    let small = Self.fastestLoad(Self.unknownKeys(20_000))
    let large = Self.fastestLoad(Self.unknownKeys(40_000))
    #expect(large / small < 3, "20k keys: \(small) s, 40k keys: \(large) s")
  }

  @Test func unknownKeysPastTwentyAreCountedInOneMessage() {
    let loaded = GraphLoader().load(documents: [("a.yaml", Self.unknownKeys(1_000))])
    let unknown = loaded.diagnostics.filter { $0.rule == InputRule.unknownKey.id }
    #expect(unknown.count == 21)
    #expect(
      unknown.first?.message
        == "unknown key 'k0' in article 'a' (allowed keys: id, title, text)")
    #expect(
      unknown.last.map { "\($0.location?.line ?? 0): \($0.message)" }
        == "24: 980 more unknown keys in article 'a', from here on, are not listed one by one "
        + "(allowed keys: id, title, text)")
  }

  @Test func duplicateKeysPastTwentyAreCountedInOneMessage() {
    let text = "article:\n" + String(repeating: "  id: a\n", count: 100) + "  title: t\n"
    let loaded = GraphLoader().load(documents: [("a.yaml", text)])
    let duplicates = loaded.diagnostics.filter { $0.rule == InputRule.duplicateKey.id }
    #expect(
      duplicates.map(\.message).suffix(2) == [
        "duplicate key 'id' in article 'a' (first defined at line 2)",
        "79 more duplicate keys in article 'a', from here on, are not listed one by one",
      ])
    #expect(duplicates.count == 21)
  }

  // MARK: - Nesting

  /// Parses `text` as YAML through the guarded stream, as the loader does; returns how many
  /// bytes the parser was handed before it stopped.
  private static func bytesHandedToTheYAMLParser(_ text: String) -> Int {
    var text = text
    return text.withUTF8 { bytes -> Int in
      let stream = UnsafeMutablePointer<cg_fy_stream>.allocate(capacity: 1)
      defer { stream.deallocate() }
      stream.initialize(to: cg_fy_stream_make(-1, bytes.baseAddress, bytes.count))
      stream.pointee.max_ahead = YAMLParser.maxIndicatorsAhead
      guard let parser = cg_fy_stream_parser_create(stream, false) else { return -1 }
      defer { cg_fy_parser_destroy(parser) }
      var info = cg_fy_event()
      var locator = cg_fy_locator(
        bytes: bytes.baseAddress, length: bytes.count, line: 0, column: 0, offset: 0)
      while let event = cg_fy_next_located(parser, nil, 0, &locator, &info) {
        stream.pointee.taken = max(stream.pointee.taken, info.end.line >= 0 ? info.end.offset : 0)
        fy_parser_event_free(parser, event)
      }
      #expect(stream.pointee.too_far_ahead)
      return stream.pointee.offset
    }
  }

  @Test func fourMegabytesOfBracketsStopTheYAMLStreamBeforeTheParserReadsThemAhead() {
    // libfyaml read all 4 MB ahead (1.4 GB) before handing over the first event.
    let handed = Self.bytesHandedToTheYAMLParser(String(repeating: "[", count: 4 << 20))
    #expect(handed <= YAMLParser.maxIndicatorsAhead + 8192)
    let nested = Self.bytesHandedToTheYAMLParser(String(repeating: "{a: ", count: 1 << 20))
    #expect(nested <= 4 * YAMLParser.maxIndicatorsAhead)
  }

  @Test func aRaisedNestingLimitStillStopsTheYAMLParsersReadAhead() {
    let loader = GraphLoader(limits: .init(maxNestingDepth: 10_000_000))
    let loaded = loader.load(documents: [("a.yaml", String(repeating: "[", count: 4 << 20))])
    #expect(
      loaded.diagnostics.map(\.description) == [
        "a.yaml:1:65537: error: more than 65536 brackets, commas and colons follow here before "
          + "the YAML parser can hand over any of them (it reads a flow collection that could "
          + "be a key, such as `[[…` or `{a: {…`, to its end first, at some 400 bytes of "
          + "memory each); nest less, or write it in block style [limit-exceeded]"
      ])
  }

  @Test func aLongFlowListOverManyLinesIsStillRead() {
    let items = (0..<20_000).map { "{id: s\($0), title: t}" }.joined(separator: ",\n  ")
    let loaded = GraphLoader().load(documents: [("a.yaml", "sections: [\n  \(items)]\n")])
    #expect(loaded.diagnostics.filter { $0.severity == .error }.isEmpty)
    #expect(loaded.graph.sections.count == 20_000)
  }

  @Test func fourMegabytesOfBracketsStopTheJSONStreamAtTheFirstLevelTooDeep() {
    let bytes = Array(repeating: UInt8(ascii: "["), count: 4 << 20)
    let handed = bytes.withUnsafeBufferPointer { buffer -> Int in
      var stream = cg_fy_stream_make(-1, buffer.baseAddress, buffer.count)
      stream.max_depth = 64
      var chunk = [UInt8](repeating: 0, count: 1 << 16)
      while cg_fy_stream_read(&stream, &chunk, chunk.count) > 0 {}
      #expect(stream.too_deep && stream.deep_line == 0 && stream.deep_column == 65)
      return stream.offset
    }
    #expect(handed == 0)
    let loaded = NodeLinkJSONReader().load(bytes: bytes, file: "deep.json")
    #expect(
      loaded.diagnostics.map(\.description) == [
        "deep.json:1:65: error: arrays and objects are nested more than 64 deep [limit-exceeded]"
      ])
  }

  @Test func bracketsInJSONStringsAreNotNesting() {
    let text = #"{"nodes": [{"id": "a", "kind": "method", "label": "[[[\"\\[[[["}], "edges": []}"#
    let loaded = NodeLinkJSONReader(maxNestingDepth: 3).load(
      bytes: Array(text.utf8), file: "a.json")
    #expect(loaded.diagnostics.filter { $0.severity == .error }.isEmpty)
    #expect(loaded.graph.entities.first?.name == #"[[["\[[[["#)
  }

  @Test func seventyThousandLevelsUnderARaisedLimitDoNotOverflowTheStack() {
    // Torn down recursively, the value overflowed the stack (SIGSEGV) from about 60k levels.
    let depth = 70_000
    let text =
      #"{"nodes": [{"id": "a", "kind": "method", "label": "A", "x": "#
      + String(repeating: "[", count: depth) + String(repeating: "]", count: depth)
      + #"}], "edges": []}"#
    let loaded = NodeLinkJSONReader(maxNestingDepth: 100_000).load(
      bytes: Array(text.utf8), file: "deep.json")
    #expect(loaded.graph.entities.map(\.id) == ["a"])
    #expect(loaded.diagnostics.filter { $0.severity == .error }.isEmpty)
  }

  // MARK: - GraphML

  /// The peak memory, in KiB, of `claimgraph stats` on a GraphML file of `megabytes` MiB
  /// that is refused only at its end (its elements are never closed).
  private static func peakMemoryReadingRefusedGraphML(megabytes: Int) throws -> Int {
    let directory = try TemporaryDirectory("graphml-stream")
    defer { directory.remove() }
    let path = directory.path + "/big.graphml"
    let line = Data((String(repeating: "x", count: 1023) + "\n").utf8)
    var data = Data("<graphml><graph>".utf8)
    data.reserveCapacity(megabytes << 20 + 64)
    for _ in 0..<(megabytes << 10) { data.append(line) }
    try data.write(to: URL(fileURLWithPath: path))
    let (status, output) = try ExternalTool.run(
      "/usr/bin/time", ["-f", "%M", BuiltExecutable.path, "stats", "--graph", path])
    #expect(status == 2)
    #expect(output.contains("big.graphml:"))
    return Int(output.split(separator: "\n").last ?? "") ?? 0
  }

  @Test(.requires(tools: "time"))
  func theGraphMLReaderStreamsAFileItRefuses() throws {
    // Read whole, 4x the file took 4x the memory (a 2 GB file took 2.1 GB).
    let small = try Self.peakMemoryReadingRefusedGraphML(megabytes: 8)
    let large = try Self.peakMemoryReadingRefusedGraphML(megabytes: 64)
    #expect(small > 0)
    #expect(Double(large) < Double(small) * 1.25, "8 MiB: \(small) KiB, 64 MiB: \(large) KiB")
  }
}
