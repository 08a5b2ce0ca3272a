import ClaimGraph
import ClaimGraphFormats
import ClaimGraphTestSupport
import Foundation
import Testing

/// A file the readers cannot use is named with what is wrong in an author's terms, and the
/// command exits with 2 (issue 20, item 10 and the JSON reader's low items).
@Suite struct ReaderMessageTests {
  /// `claimgraph stats` on a file written with `bytes`: its status and standard error.
  private func stats(_ bytes: [UInt8], named name: String) throws -> (Int32, String) {
    let directory = try TemporaryDirectory("reader-messages")
    defer { directory.remove() }
    let path = directory.path + "/" + name
    try Data(bytes).write(to: URL(fileURLWithPath: path))
    let result = runCommand(["stats", "--graph", path])
    return (result.status, result.stderr.replacingOccurrences(of: directory.path + "/", with: ""))
  }

  @Test(arguments: [
    (
      [UInt8](),
      "empty.graphml:1:1: error: the file is empty; a GraphML file holds a <graphml> element [syntax]"
    ),
    (
      [UInt8](repeating: 0, count: 1_000),
      "empty.graphml:1:1: error: the file is binary, not text (it starts with a NUL byte); GraphML is XML text [syntax]"
    ),
    (
      Array("<?xml version=\"1.0\"?>\n<!-- nothing yet -->\n".utf8),
      "empty.graphml:1:1: error: the document holds no element (only blanks, comments or an XML declaration); a GraphML file holds a <graphml> element [syntax]"
    ),
  ])
  func graphMLWithoutAnElementSaysSo(bytes: [UInt8], message: String) throws {
    // libxml2 said "Extra content at the end of the document" and "Document is empty".
    let (status, stderr) = try stats(bytes, named: "empty.graphml")
    #expect(status == 2)
    #expect(stderr == message + "\n")
  }

  @Test func anAttributeOverLibxml2sLimitIsNamedAsSuch() throws {
    // libxml2 said "internal error: Huge input lookup".
    let text = "<graphml><graph><node id=\"" + String(repeating: "a", count: 10 << 20) + "\"/>"
    let loaded = GraphMLReader().load(bytes: Array(text.utf8), file: "huge.graphml")
    #expect(
      loaded.diagnostics.map(\.description) == [
        "huge.graphml:1:17: error: a name, attribute value or text here is longer than "
          + "10,000,000 bytes, the most libxml2 reads as one value (ClaimGraph never writes "
          + "one that long) [syntax]"
      ])
  }

  @Test func utf16JSONIsNamedAsSuch() throws {
    // libfyaml said "JSON does not allow empty root content".
    var utf16: [UInt8] = [0xFF, 0xFE]
    for unit in #"{"nodes": [], "edges": []}"#.utf16 {
      utf16 += [UInt8(unit & 0xFF), UInt8(unit >> 8)]
    }
    let (status, stderr) = try stats(utf16, named: "graph.json")
    #expect(status == 2)
    #expect(
      stderr
        == "graph.json:1:1: error: the file starts with a UTF-16 or UTF-32 byte-order mark; "
        + "JSON is read as UTF-8, so save it as UTF-8 [invalid-encoding]\n")
    let unmarked = NodeLinkJSONReader().load(bytes: Array(utf16.dropFirst(2)), file: "g.json")
    #expect(
      unmarked.diagnostics.map(\.description) == [
        "g.json:1:1: error: the file starts with NUL bytes: it is UTF-16 or UTF-32 (save it "
          + "as UTF-8) or not text at all [invalid-encoding]"
      ])
  }

  @Test func anEmptyYAMLFileFailsLintWithStatusTwo() throws {
    let directory = try TemporaryDirectory("empty-yaml")
    defer { directory.remove() }
    try directory.write("", to: "a.yaml")
    let result = runCommand(["lint", directory.path])
    #expect(result.status == 2)
    #expect(result.stdout.hasPrefix(directory.path + "/a.yaml:1:1: error: the file holds no data"))
  }

  @Test func jsonDuplicateKeysAreRefusedWhereTheSecondIs() {
    for (text, column) in [
      (#"{"nodes": [{"id": "a", "kind": "method", "id": "b"}], "edges": []}"#, 42),
      (#"{"nodes": [], "edges": [], "nodes": []}"#, 28),
    ] {
      let loaded = NodeLinkJSONReader().load(bytes: Array(text.utf8), file: "d.json")
      let key = column == 42 ? "id" : "nodes"
      #expect(
        loaded.diagnostics.map(\.description) == [
          "d.json:1:\(column): error: the key \"\(key)\" appears twice in one object; JSON "
            + "readers disagree on which value counts, so remove one [duplicate-key]"
        ])
    }
  }

  @Test func jsonNULCharactersAreRefusedWhereTheTextIs() {
    let text = #"{"nodes": [{"id": "a", "kind": "method", "label": "x\u0000y"}], "edges": []}"#
    let loaded = NodeLinkJSONReader().load(bytes: Array(text.utf8), file: "n.json")
    #expect(
      loaded.diagnostics.map(\.description) == [
        "n.json:1:51: error: this text holds the character U+0000 (written \\u0000), which no "
          + "text of a graph may hold [invalid-value]"
      ])
  }
}
