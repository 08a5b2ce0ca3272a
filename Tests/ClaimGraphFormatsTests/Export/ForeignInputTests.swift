import ClaimGraph
import ClaimGraphFormats
import ClaimGraphTestSupport
import Testing

/// GraphML and JSON written by other tools, or broken, load with clear diagnostics.
@Suite struct ForeignInputTests {
  @Test func networkXStyleGraphMLLoadsWithWarnings() {
    let graphML = """
      <?xml version='1.0' encoding='utf-8'?>
      <graphml xmlns="http://graphml.graphdrawing.org/xmlns">
        <key id="d0" for="node" attr.name="pagerank" attr.type="double"/>
        <key id="d1" for="node" attr.name="kind" attr.type="string">
          <default>region</default>
        </key>
        <key id="d2" for="node" attr.name="label" attr.type="string"/>
        <key id="d3" for="edge" attr.name="weight" attr.type="double"/>
        <graph edgedefault="directed">
          <node id="pag"><data key="d2">Periaqueductal gray</data><data key="d0">0.4</data></node>
          <node id="c1"><data key="d1">claim</data><data key="d2">PAG matters</data></node>
          <node id="mystery"><data key="d1"></data></node>
          <node id="s1"><data key="d1">source</data><data key="d9">x</data></node>
          <edge source="c1" target="pag"><data key="d3">1.0</data></edge>
        </graph>
      </graphml>
      """
    let loaded = GraphMLReader().load(bytes: Array(graphML.utf8), file: "nx.graphml")
    #expect(
      loaded.located == [
        "3:3 note unknown-key: the key 'd0' ('pagerank', for node) is not a ClaimGraph attribute; its values are not read",
        "11:5 warning missing-field: claim 'c1' has no strength; read as uncertain",
        "12:5 warning missing-field: node 'mystery' has no kind ClaimGraph can use, so it is left out; give it a 'kind' attribute (claim, source, region, receptor, condition, molecule, intervention, method, structure)",
        "13:47 warning unknown-key: <data> refers to the undeclared key 'd9'; its values are ignored",
        "14:5 warning unknown-key: 1 of 1 edges (the first from 'c1' to 'pag') follow from no claim and are not read; ClaimGraph derives edges from claims' 'about', 'relations' and 'citations'",
      ])
    #expect(!loaded.hasErrors)
    #expect(
      loaded.graph.entity("pag") == Entity(id: "pag", kind: .region, name: "Periaqueductal gray"))
    #expect(loaded.graph.claim("c1")?.statement == "PAG matters")
    #expect(loaded.graph.source("s1")?.title == "s1")
    #expect(
      loaded.sourceMap.location(of: "c1") == SourceLocation(file: "nx.graphml", line: 11, column: 5)
    )
  }

  @Test func nodesWithoutAnyKindAreLeftOutWithAWarningEach() {
    let graphML = """
      <graphml xmlns="http://graphml.graphdrawing.org/xmlns"><graph edgedefault="undirected">
      <node id="a"/>
      <node id="b"/></graph></graphml>
      """
    let loaded = GraphMLReader().load(bytes: Array(graphML.utf8), file: "plain.graphml")
    #expect(loaded.graph.nodeCount == 0)
    #expect(loaded.diagnostics.map(\.node) == ["a", "b"])
    #expect(loaded.diagnostics.allSatisfy { $0.severity == .warning && $0.rule == "missing-field" })
    #expect(
      loaded.diagnostics.first?.message.hasPrefix("node 'a' has no kind ClaimGraph can use") == true
    )
  }

  @Test func malformedGraphMLIsAnErrorAtItsPosition() {
    let loaded = GraphMLReader().load(
      bytes: Array("<graphml>\n  <graph>\n</graphml>\n".utf8), file: "bad.graphml")
    #expect(loaded.hasErrors)
    #expect(loaded.diagnostics.first?.rule == "syntax")
    #expect(
      loaded.diagnostics.first?.location == SourceLocation(file: "bad.graphml", line: 3, column: 11)
    )
    #expect(loaded.diagnostics.first?.message.contains("Opening and ending tag mismatch") == true)
  }

  @Test func externalEntitiesAndNetworkAreNeverResolved() {
    let graphML = """
      <?xml version="1.0"?>
      <!DOCTYPE graphml [<!ENTITY secret SYSTEM "file:///etc/hostname">
        <!ENTITY remote SYSTEM "http://127.0.0.1:9/x">]>
      <graphml xmlns="http://graphml.graphdrawing.org/xmlns">
        <key id="k" for="node" attr.name="name" attr.type="string"/>
        <key id="t" for="node" attr.name="kind" attr.type="string"/>
        <graph edgedefault="directed">
          <node id="a"><data key="t">region</data><data key="k">[&secret;&remote;]</data></node>
        </graph>
      </graphml>
      """
    let loaded = GraphMLReader().load(bytes: Array(graphML.utf8), file: "xxe.graphml")
    // Refused unread (see XMLInputSafetyTests); nothing of the entities reaches the graph.
    #expect(loaded.graph.entities.isEmpty)
    #expect(loaded.diagnostics.map(\.rule) == ["unsupported-construct"])
  }

  @Test func aDocumentThatIsNotGraphMLIsRefused() {
    let loaded = GraphMLReader().load(bytes: Array("<gexf/>".utf8), file: "x.graphml")
    #expect(
      loaded.located == [
        "1:1 error syntax: not a GraphML document: the root element is <gexf>, not <graphml>"
      ])
  }

  @Test func networkXNodeLinkJSONLoadsWithNotes() {
    let json = """
      {"directed": true, "multigraph": false, "graph": {},
       "nodes": [{"id": "pain", "kind": "condition", "degree": 3},
                 {"id": "c", "kind": "claim", "statement": "Pain hurts", "strength": "established",
                  "about": "pain; missing", "year": "x"}],
       "links": [{"source": "c", "target": "pain"}]}
      """
    let loaded = NodeLinkJSONReader().load(bytes: Array(json.utf8), file: "nx.json")
    #expect(
      loaded.located == [
        "2:48 note unknown-key: the node attribute 'degree' is not a ClaimGraph attribute; it is not read"
      ])
    #expect(loaded.graph.claim("c")?.about == ["pain", "missing"])
    #expect(loaded.graph.edges.map(\.id) == ["about:c:pain"])
  }

  @Test func malformedJSONIsAnErrorAtItsPosition() {
    let loaded = NodeLinkJSONReader().load(
      bytes: Array("{\"nodes\": [\n  {\"id\": }\n]}".utf8), file: "bad.json")
    #expect(loaded.hasErrors)
    #expect(loaded.diagnostics.first?.rule == "syntax")
    #expect(
      loaded.located == [
        "2:10 error syntax: invalid JSON: JSON does not allow empty values in a mapping"
      ])
  }

  @Test func jsonWithoutNodesIsRefused() {
    let loaded = NodeLinkJSONReader().load(bytes: Array("[1, 2]".utf8), file: "list.json")
    #expect(
      loaded.located == [
        "1:1 error wrong-type: expected a JSON object with a \"nodes\" list (node-link JSON)"
      ])
  }

  @Test func duplicateIDsAreErrors() {
    let json =
      #"{"nodes":[{"id":"a","kind":"pain"},{"id":"a","kind":"region"},{"id":"a","kind":"region"}]}"#
    let loaded = NodeLinkJSONReader().load(bytes: Array(json.utf8), file: "dup.json")
    #expect(loaded.hasErrors)
    #expect(loaded.diagnostics.filter { $0.rule == "duplicate-id" }.count == 2)
  }
}
