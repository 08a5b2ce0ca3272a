import ClaimGraph
import ClaimGraphFormatsTestSupport
import ClaimGraphTestSupport
import Testing

@testable import ClaimGraphFormats

/// Node-link JSON is read as a stream of strict JSON events: values keep their JSON types,
/// every node, attribute and edge is located where it is written, and whatever is not JSON
/// is one located syntax error.
@Suite struct NodeLinkJSONReaderTests {
  /// The events of `text`, scalars with their values, each with its line and column.
  private func events(_ text: String) -> [String] {
    let bytes = Array(text.utf8)
    return bytes.withUnsafeBufferPointer { buffer in
      var stream = JSONEventStream(
        descriptor: nil, bytes: buffer, file: "t.json", maxLineBytes: 1 << 20, maxDepth: 64)
      var events: [String] = []
      while let (event, location) = stream.next() {
        let place = "\(location.line):\(location.column)"
        switch event {
        case .objectStart: events.append("\(place) {")
        case .objectEnd: events.append("\(place) }")
        case .arrayStart: events.append("\(place) [")
        case .arrayEnd: events.append("\(place) ]")
        case .scalar(let value): events.append("\(place) \(value)")
        }
      }
      #expect(stream.problem == nil)
      return events
    }
  }

  @Test func scalarsKeepTheirJSONTypesByTheirStyle() {
    #expect(
      events(
        #"["true", true, "null", null, "12", 12, -7, 0, -0.5e-3, 1.5E3, 12345678901234567890123]"#
      )
      .dropFirst().dropLast() == [
        "1:2 string(\"true\")", "1:10 bool(true)", "1:16 string(\"null\")", "1:24 null",
        "1:30 string(\"12\")", "1:36 int(12)", "1:40 int(-7)", "1:44 int(0)",
        "1:47 double(-0.0005)", "1:56 double(1500.0)", "1:63 double(1.2345678901234568e+22)",
      ])
  }

  @Test func escapesAreDecodedWithSurrogatePairs() {
    #expect(
      events(#"{"\u0041\u00e9": "\ud83d\ude00 \" \\ \/ \b\f\n\r\t \u0001 é"}"#) == [
        "1:1 {", "1:2 string(\"Aé\")",
        "1:18 string(\"😀 \\\" \\\\ / \\u{08}\\u{0C}\\n\\r\\t \\u{01} é\")",
        "1:61 }",
      ])
  }

  /// U+0000 stops every JSON read at the text that holds it (node-link JSON, the baseline,
  /// GraphML's JSON texts): no text of a graph may hold it.
  @Test func aTextHoldingUPlus0000StopsTheStream() {
    let bytes = Array(#"["a", "b\u0000c", "d"]"#.utf8)
    bytes.withUnsafeBufferPointer { buffer in
      var stream = JSONEventStream(
        descriptor: nil, bytes: buffer, file: "t.json", maxLineBytes: 1 << 20, maxDepth: 64)
      var read = 0
      while stream.next() != nil { read += 1 }
      #expect(read == 2)
      #expect(
        stream.problem?.description
          == "t.json:1:7: error: this text holds the character U+0000 (written \\u0000), which "
          + "no text of a graph may hold [invalid-value]")
    }
  }

  /// GraphML's attributes hold lists and records as JSON text; they are read one after
  /// another with one restarted parser, and a text that fails leaves the next one unharmed.
  @Test func attributeTextsAreReadOneAfterAnotherWithOneParser() {
    let texts = JSONTexts()
    #expect(texts.parse(#"["a", {"b": 1}]"#) == .array([.string("a"), .object(["b": .int(1)])]))
    for refused in [
      "[1,", #"{"a": 1, "a": 2}"#, #"["\u0000"]"#, String(repeating: "[", count: 100_000), "",
      "[1] [2]",
    ] {
      #expect(texts.parse(refused) == nil, "\(refused.prefix(20))")
      #expect(texts.parse(#"["x"]"#) == .array([.string("x")]))
    }
    #expect(
      texts.parse(#"[true, null, -2, 0.5, "\u00e9"]"#)
        == .array([.bool(true), .null, .int(-2), .double(0.5), .string("é")]))
  }

  @Test func onlyStrictJSONIsRead() {
    // Each is one syntax error where the parser stops (its message), and nothing is read.
    let cases: [(String, String)] = [
      (
        #"{"nodes": [1, 2,]}"#,
        "1:16 error syntax: invalid JSON: JSON disallows trailing comma before closing bracket"
      ),
      (
        #"{"nodes": [], }"#,
        "1:13 error syntax: invalid JSON: JSON disallows trailing comma before closing brace"
      ),
      (
        "{\"nodes\": [] // a comment\n}",
        "1:14 error syntax: invalid JSON: Invalid JSON plain scalar"
      ),
      (
        "{\"nodes\": [] /* a comment */}",
        "1:14 error syntax: invalid JSON: Invalid JSON plain scalar"
      ),
      (
        #"{'nodes': []}"#,
        "1:2 error syntax: invalid JSON: single quoted scalars not supported in JSON mode"
      ),
      (
        #"{nodes: []}"#,
        "1:2 error syntax: invalid JSON: Invalid JSON plain scalar"
      ),
      (
        #"{"nodes": [NaN]}"#,
        "1:12 error syntax: invalid JSON: Invalid JSON plain scalar"
      ),
      (
        #"{"nodes": [Infinity]}"#,
        "1:12 error syntax: invalid JSON: Invalid JSON plain scalar"
      ),
      (
        #"{"nodes": [01]}"#,
        "1:12 error syntax: invalid JSON: Invalid JSON plain scalar"
      ),
      (
        #"{"nodes": [.5]}"#,
        "1:12 error syntax: invalid JSON: Invalid JSON plain scalar"
      ),
      (
        #"{"nodes": [True]}"#,
        "1:12 error syntax: invalid JSON: Invalid JSON plain scalar"
      ),
      (
        #"{"nodes": ["\x41"]}"#,
        "1:13 error syntax: invalid JSON: invalid escape 'x' in double-quoted string"
      ),
      (
        #"{"nodes": ["\ud83d"]}"#,
        "1:13 error syntax: invalid JSON: double-quoted scalar has invalid UTF8 escape"
      ),
      (
        "{\"nodes\": [\"a\tb\"]}",
        "1:14 error syntax: invalid JSON: Invalid JSON unescaped character"
      ),
      (
        #"{"nodes": []} {}"#,
        "1:15 error syntax: invalid JSON: missing document start"
      ),
      (
        #"{"nodes": [&a 1, *a]}"#,
        "1:12 error syntax: invalid JSON: anchor not supported in JSON mode"
      ),
      (
        "",
        "1:1 error syntax: invalid JSON: JSON does not allow empty root content"
      ),
    ]
    for (json, expected) in cases {
      let loaded = NodeLinkJSONReader().load(bytes: Array(json.utf8), file: "x.json")
      #expect(loaded.located == [expected], "\(json)")
    }
  }

  @Test func nodesAttributesAndEdgesAreLocatedWhereTheyAreWritten() {
    let json = """
      {"nodes": [
        {"id": "pain", "kind": "condition"},
          {"kind": "claim", "id": "c", "statement": "Pain hurts",
           "strength": "sure", "about": ["pain"]},
        7
      ],
      "edges": [
        {"source": "c", "target": "pain"},
        {"source": "pain", "target": "c"}
      ]}
      """
    let loaded = NodeLinkJSONReader().load(bytes: Array(json.utf8), file: "at.json")
    #expect(
      loaded.located == [
        "4:18 warning invalid-value: node 'c': 'strength': 'sure' is not a strength; read as "
          + "uncertain",
        "5:3 error missing-field: node 3 is not an object with an \"id\"",
        "9:3 warning unknown-key: 1 of 2 edges (the first from 'pain' to 'c') follow from no "
          + "claim and are not read; ClaimGraph derives edges from claims' 'about', 'relations' "
          + "and 'citations'",
      ])
    let map = loaded.sourceMap
    #expect(map.location(of: "pain").map { "\($0.line):\($0.column)" } == "2:3")
    #expect(map.location(of: "c").map { "\($0.line):\($0.column)" } == "3:5")
    #expect(map.location(of: "c", field: "about").map { "\($0.line):\($0.column)" } == "4:35")
  }

  @Test func aFileIsReadAsAStreamIntoWhatItsBytesGive() throws {
    let directory = try TemporaryDirectory("json-stream")
    defer { directory.remove() }
    let bytes = try ExportFixtures.export(.json, ExportFixtures.demo)
    let path = try directory.write(bytes, to: "demo.json")
    let fromFile = NodeLinkJSONReader().load(file: path)
    let fromBytes = NodeLinkJSONReader().load(bytes: bytes, file: path)
    #expect(fromFile.diagnostics.isEmpty)
    #expect(fromFile.graph == ExportFixtures.demo)
    #expect(fromFile.graph == fromBytes.graph && fromFile.sourceMap == fromBytes.sourceMap)
    // Through the protocol too: the streaming reader is the one a caller reaches.
    let reader: any InterchangeReader = NodeLinkJSONReader()
    #expect(reader.load(file: path).sourceMap == fromFile.sourceMap)
  }
}
