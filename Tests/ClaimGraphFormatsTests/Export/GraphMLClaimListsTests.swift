import ClaimGraph
import ClaimGraphFormats
import ClaimGraphFormatsTestSupport
import Testing

/// A claim's `about`, `relations` and `citations` travel on its GraphML edges, and read
/// back exactly; where the edges cannot say them, the claim's node keeps them.
@Suite struct GraphMLClaimListsTests {
  private func lines(_ bytes: [UInt8]) -> [Substring] {
    String(decoding: bytes, as: UTF8.self).split(separator: "\n")
  }

  /// The claim, with a source `s1` (method PET) and the entities `pag` and `pet`.
  private static func graph(with claim: Claim) throws -> KnowledgeGraph {
    try KnowledgeGraph(
      claims: [claim], sources: [Source(id: "s1", type: nil, title: "T", methods: ["pet"])],
      entities: [
        Entity(id: "pag", kind: .region, name: "PAG"),
        Entity(id: "pet", kind: .method, name: "PET"),
      ])
  }

  @Test func claimNodesLeaveOutWhatTheirEdgesSay() throws {
    let bytes = try ExportFixtures.export(.graphml, ExportFixtures.demo)
    let text = String(decoding: bytes, as: UTF8.self)
    #expect(!text.contains("attr.name=\"citations\""))
    #expect(!text.contains("attr.name=\"relations\""))
    #expect(!text.contains("attr.name=\"about\""))
    #expect(!text.contains("for=\"edge\" attr.name=\"label\""))
    #expect(!text.contains("  <"))
  }

  @Test func referencesTheEdgesCannotSayStayOnTheNode() throws {
    // An entity named twice, a missing entity and a missing source: no edge stands for
    // them, so the claim's node carries its lists, and they read back as written.
    let claim = Claim(
      id: "c1", statement: "S", strength: .established, about: ["pag", "pag", "nowhere"],
      relations: [Relation(subject: "pag", predicate: "modulates", object: "missing")],
      citations: [
        Citation(source: "s1", methods: [], stance: .contradicts, locator: "p. 2"),
        Citation(source: "gone"),
      ])
    let graph = try Self.graph(with: claim)
    let bytes = try ExportFixtures.export(.graphml, graph)
    #expect(String(decoding: bytes, as: UTF8.self).contains("attr.name=\"citations\""))
    let loaded = GraphMLReader().load(bytes: bytes, file: "x.graphml")
    #expect(!loaded.hasErrors)
    #expect(loaded.graph == graph)
    #expect(try ExportFixtures.export(.graphml, loaded.graph) == bytes)
  }

  @Test func aCitationsOwnMethodsAndItsSourcesAreToldApart() throws {
    let claim = Claim(
      id: "c1", statement: "S", strength: .uncertain, about: ["pag"],
      citations: [
        Citation(source: "s1"), Citation(source: "s1", methods: []),
        Citation(source: "s1", methods: ["pet"], isInferred: true),
      ])
    let graph = try Self.graph(with: claim)
    let bytes = try ExportFixtures.export(.graphml, graph)
    #expect(!String(decoding: bytes, as: UTF8.self).contains("attr.name=\"citations\""))
    let loaded = GraphMLReader().load(bytes: bytes, file: "x.graphml")
    #expect(loaded.diagnostics == [])
    #expect(loaded.graph.claim("c1")?.citations == claim.citations)
    #expect(loaded.graph == graph)
  }

  @Test func edgesRegroupedByAnotherToolKeepTheirOrderByTheirIDs() throws {
    // NetworkX writes a multigraph's edges grouped by source node: the claim's relation
    // edges then come in another order. The `eN` ids restore it.
    let bytes = try ExportFixtures.export(.graphml, ExportFixtures.demo)
    var lines = lines(bytes)
    let first = try #require(lines.firstIndex { $0.hasPrefix("<edge ") })
    let end = try #require(lines.lastIndex { $0 == "</edge>" })
    var edges: [[Substring]] = []
    for line in lines[first...end] {
      if line.hasPrefix("<edge ") { edges.append([]) }
      edges[edges.count - 1].append(line)
    }
    lines.replaceSubrange(first...end, with: edges.reversed().joined())
    let reordered = Array(lines.joined(separator: "\n").utf8) + [0x0A]
    #expect(reordered != bytes)
    let loaded = GraphMLReader().load(bytes: reordered, file: "x.graphml")
    #expect(!loaded.hasErrors)
    #expect(loaded.graph == ExportFixtures.demo)
  }

  @Test func anAmpersandInAnAttributeValueReadsAsOne() {
    let graphML = """
      <?xml version="1.0" encoding="UTF-8"?>
      <graphml xmlns="http://graphml.graphdrawing.org/xmlns">
      <key id="k&amp;1" for="node" attr.name="kind" attr.type="string"/>
      <graph id="G" edgedefault="directed">
      <node id="a&amp;b&#38;c"><data key="k&amp;1">region</data></node>
      </graph>
      </graphml>
      """
    let loaded = GraphMLReader().load(bytes: Array(graphML.utf8), file: "x.graphml")
    #expect(loaded.diagnostics == [])
    #expect(loaded.graph.entity("a&b&c")?.kind == .region)
  }
}
