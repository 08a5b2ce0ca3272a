import ClaimGraph
import ClaimGraphFormats
import ClaimGraphFormatsTestSupport
import Testing

/// The exporters read a selection's edges through the graph's edge arrays: every
/// selection, however it was narrowed, writes exactly its own edges, in order, with the
/// right ends and attributes.
@Suite struct SelectionExportTests {
  private static let whole = GraphSelection(ExportFixtures.demo)

  private static let selections: [(name: String, selection: GraphSelection)] = [
    ("whole", whole),
    ("kinds", whole.restricted(toKinds: [.claim, .source, .method])),
    ("strength", whole.restricted(toStrengths: [.uncertain])),
    (
      "composed",
      whole.restricted(toStrengths: [.established]).restricted(toKinds: [.claim, .source])
    ),
    ("claims", whole.restricted(toClaims: ["endorphins-cause-runners-high"])),
    ("around", whole.around("pet", depth: 2)),
    ("entity map", whole.entityMap()),
    ("linked", whole.restricted(toKinds: [.claim, .source]).restrictedToLinkedNodes()),
  ]

  /// What GraphML says of each edge: its start tag, then the text of its first `<data>`
  /// elements (the kind, the strength if any, the weight).
  private static func graphMLEdges(_ selection: GraphSelection) throws -> [[Substring]] {
    let text = String(decoding: try GraphMLExporter().bytes(of: selection), as: UTF8.self)
    let lines = text.split(separator: "\n")
    return lines.indices.filter { lines[$0].hasPrefix("<edge ") }.map { index in
      let values = lines[(index + 1)...].prefix { $0 != "</edge>" }.compactMap { line in
        line.split(separator: ">").dropFirst().first?.split(separator: "<").first
      }
      return [lines[index]] + values.prefix(values.count > 2 && values[1].contains(".") ? 2 : 3)
    }
  }

  @Test(arguments: selections.indices)
  func graphMLWritesTheSelectionsOwnEdges(_ index: Int) throws {
    let (name, selection) = Self.selections[index]
    #expect(!selection.edges.isEmpty, "\(name)")
    let expected = selection.edges.enumerated().map { offset, edge -> [Substring] in
      let start = "<edge id=\"e\(offset)\" source=\"\(edge.source)\" target=\"\(edge.target)\">"
      let weight = "\(ExportStyle.weight(of: edge.strength))"
      return [Substring(start), Substring(edge.kind.rawValue)]
        + (edge.strength.map { [Substring($0.rawValue)] } ?? []) + [Substring(weight)]
    }
    #expect(try Self.graphMLEdges(selection) == expected, "\(name)")
  }
}
