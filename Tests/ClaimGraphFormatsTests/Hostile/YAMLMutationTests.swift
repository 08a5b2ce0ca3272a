import ClaimGraph
import ClaimGraphTestSupport
import ClaimGraphYAML
import PropertyBased
import Testing

/// Random edits of a valid graph file never crash the loader, and whatever it reports is
/// located, deterministic and well-formed.
@Suite struct YAMLMutationTests {
  /// One edit: where (a fraction of the text, in ten-thousandths), what, and with which text.
  struct Edit: Sendable, CustomStringConvertible {
    enum Kind: Int, Sendable { case insert, delete, replace, duplicateLine }
    let position: Int
    let kind: Kind
    let snippet: [UInt8]

    var description: String { "\(kind)@\(position) \(snippet)" }

    func apply(to bytes: inout [UInt8]) {
      let index = bytes.isEmpty ? 0 : position * bytes.count / 10_000
      switch kind {
      case .insert: bytes.insert(contentsOf: snippet, at: index)
      case .delete: bytes.removeSubrange(index..<min(bytes.count, index + snippet.count + 1))
      case .replace:
        bytes.replaceSubrange(index..<min(bytes.count, index + snippet.count), with: snippet)
      case .duplicateLine:
        let start = bytes[..<index].lastIndex(of: UInt8(ascii: "\n")).map { $0 + 1 } ?? 0
        let end = bytes[index...].firstIndex(of: UInt8(ascii: "\n")).map { $0 + 1 } ?? bytes.count
        bytes.insert(contentsOf: bytes[start..<end], at: end)
      }
    }
  }

  /// Fragments that stress a YAML parser and our reader: structure, anchors, quotes, tags,
  /// tabs, invalid UTF-8, huge numbers, keys of our format.
  static let snippets: [[UInt8]] =
    [
      ":", "- ", "[", "]", "{", "}", "&a ", "*a", "\"", "'", "\n", "\t", "#", "!!str ", "|\n",
      ">-\n", "%YAML 1.2\n", "---\n", "...\n", "? ", ",", "id: x\n", "strength: maybe", "~",
      "99999999999999999999999", "claims:\n  - id: dup\n", "citations: [{source: 1}]", "é→β",
      "\u{FEFF}", "\r\n", "<<: *a\n",
    ].map { Array($0.utf8) } + [[0xFF], [0xC3], [0xED, 0xA0, 0x80], [0x00]]

  static let edits = zip(
    Gen.int(in: 0...10_000), Gen.int(in: 0...3), Gen.int(in: 0...(snippets.count - 1))
  ).map { position, kind, snippet in
    Edit(position: position, kind: Edit.Kind(rawValue: kind)!, snippet: snippets[snippet])
  }.array(of: 1...6)

  static let original: [UInt8] = {
    let files = ["article.yaml", "entities.yaml", "sources.yaml", "claims.yaml"]
    return files.flatMap { (try? Fixture.text("loader/valid/\($0)")).map { Array($0.utf8) } ?? [] }
  }()

  @Test func mutatedFilesNeverCrashTheLoader() async {
    #expect(Self.original.count > 1_000)
    await propertyCheck(count: 400, input: Self.edits) { edits in
      var bytes = Self.original
      for edit in edits { edit.apply(to: &bytes) }
      let first = GraphLoader().load(documents: [(file: "mutant.yaml", bytes: bytes)])
      let second = GraphLoader().load(documents: [(file: "mutant.yaml", bytes: bytes)])
      #expect(first.diagnostics == second.diagnostics)
      #expect(first.graph == second.graph)
      for diagnostic in first.diagnostics {
        #expect(!diagnostic.message.isEmpty)
        #expect(!diagnostic.rule.isEmpty)
        let location = diagnostic.location
        #expect(location == nil || (location!.line >= 1 && location!.column >= 1))
      }
    }
  }
}
