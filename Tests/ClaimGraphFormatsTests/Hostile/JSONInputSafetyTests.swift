import ClaimGraph
import ClaimGraphFormats
import ClaimGraphTestSupport
import Testing

/// Node-link JSON has no file-size limit by default (it is streamed, so any file ClaimGraph
/// writes reads back); hostile JSON is stopped by the nesting depth and the length of one
/// line, each with one located `limit-exceeded` error.
@Suite struct JSONInputSafetyTests {
  @Test func deepNestingStopsAtTheFirstCollectionTooDeep() {
    let deep = #"{"nodes": ["# + String(repeating: "[", count: 100_000)
    let loaded = NodeLinkJSONReader().load(bytes: Array(deep.utf8), file: "deep.json")
    #expect(
      loaded.located == [
        "1:74 error limit-exceeded: arrays and objects are nested more than 64 deep"
      ])
    let shallow = #"{"nodes": [{"id": "r", "kind": "region", "x": [[[1]]]}]}"#
    let limited = NodeLinkJSONReader(maxNestingDepth: 4).load(
      bytes: Array(shallow.utf8), file: "shallow.json")
    #expect(
      limited.located == [
        "1:48 error limit-exceeded: arrays and objects are nested more than 4 deep"
      ])
  }

  @Test func aLineOverTheLimitStopsTheRead() {
    let json =
      "{\"nodes\": [\n{\"id\": \"r\", \"kind\": \"region\", \"description\": \""
      + String(repeating: "x", count: 200) + "\"}\n]}\n"
    let loaded = NodeLinkJSONReader(maxLineBytes: 100).load(
      bytes: Array(json.utf8), file: "long.json")
    #expect(
      loaded.located == [
        "2:1 error limit-exceeded: line 2 is longer than 100 bytes, the limit for one line of "
          + "JSON (ClaimGraph writes a node per line; write the file with line breaks, e.g. "
          + "`python3 -m json.tool`, or raise the limit)"
      ])
    // Under the default limit, a long line (a 20 MB text) loads.
    let big = NodeLinkJSONReader().load(bytes: Array(json.utf8), file: "long.json")
    #expect(big.diagnostics.isEmpty)
    let huge =
      "{\"nodes\": [{\"id\": \"r\", \"kind\": \"region\", \"description\": \""
      + String(repeating: "é", count: 10_000_000) + "\"}]}"
    let loadedHuge = NodeLinkJSONReader().load(bytes: Array(huge.utf8), file: "huge.json")
    #expect(loadedHuge.diagnostics.isEmpty)
    #expect(loadedHuge.graph.entity("r")?.description?.unicodeScalars.count == 10_000_000)
  }

  @Test func aFileOverAnExplicitSizeLimitIsRefusedUnread() throws {
    let directory = try TemporaryDirectory("json-limit")
    defer { directory.remove() }
    let path = try directory.write(#"{"nodes": []}"#, to: "small.json")
    #expect(NodeLinkJSONReader().load(file: path).diagnostics.isEmpty)
    let loaded = NodeLinkJSONReader(maxFileBytes: 10).load(file: path)
    #expect(loaded.located == ["1:1 error limit-exceeded: \(path) is larger than 10 bytes"])
    let missing = NodeLinkJSONReader().load(file: directory.path + "/none.json")
    #expect(
      missing.located == [
        "1:1 error unreadable-file: no such file: \(directory.path)/none.json"
      ])
  }
}
