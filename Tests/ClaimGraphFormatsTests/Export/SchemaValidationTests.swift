import ClaimGraph
import ClaimGraphFormats
import ClaimGraphFormatsTestSupport
import ClaimGraphTestSupport
import Testing

@Suite(.requires(ExportSchemas.available, ExportSchemas.skipMessage))
struct SchemaValidationTests {
  /// Fails (rather than skips) in CI when the schemas are missing.
  @Test func theSchemasAreThere() {
    #expect(ExportSchemas.available, ExportSchemas.skipMessage)
  }

  @Test(arguments: [ExportFixtures.demo, ExportFixtures.hostile(), LibraryExportTests.library])
  func graphMLExportIsValidAgainstTheOfficialXSD(graph: KnowledgeGraph) throws {
    let validator = try ExportSchemas.graphML()
    let problems = validator.problems(in: try ExportFixtures.export(.graphml, graph))
    #expect(problems == [])
  }

  @Test func graphMLValidatorRejectsAnInvalidDocument() throws {
    let invalid = """
      <?xml version="1.0" encoding="UTF-8"?>
      <graphml xmlns="http://graphml.graphdrawing.org/xmlns">
        <key id="d0" for="node" attr.name="evidence method" attr.type="liststring"/>
        <graph id="G">
          <node id="a b"/>
          <edge source="a" target="missing"/>
        </graph>
      </graphml>
      """
    let problems = try ExportSchemas.graphML().problems(in: Array(invalid.utf8))
    let expected: [(line: Int, fragment: String)] = [
      (3, "'evidence method' is not a valid value"),
      (3, "The value 'liststring' is not an element"),
      (4, "The attribute 'edgedefault' is required but missing"),
      (5, "'a b' is not a valid value of the atomic type 'xs:NMTOKEN'"),
      (6, "No match found for key-sequence ['missing'] of keyref"),
    ]
    for (line, fragment) in expected {
      #expect(problems.contains { $0.line == line && $0.message.contains(fragment) }, "\(fragment)")
    }
  }

  @Test func graphMLValidatorReportsMalformedXMLWithItsPosition() throws {
    let problems = try ExportSchemas.graphML().problems(in: Array("<graphml><graph>".utf8))
    #expect(problems.first?.line == 1)
    #expect(problems.isEmpty == false)
  }

  @Test(arguments: [ExportFixtures.demo, ExportFixtures.hostile(), LibraryExportTests.library])
  func gexfExportIsValidAgainstTheRelaxNGSchema(graph: KnowledgeGraph) throws {
    let problems = try ExportSchemas.gexf().problems(in: try ExportFixtures.export(.gexf, graph))
    #expect(problems == [])
  }

  @Test func gexfValidatorRejectsAnInvalidDocument() throws {
    let invalid = """
      <?xml version="1.0" encoding="UTF-8"?>
      <gexf xmlns="http://gexf.net/1.3" xmlns:viz="http://gexf.net/1.3/viz" version="1.3">
        <graph defaultedgetype="sideways">
          <nodes><node id="a"><viz:color r="300" g="0" b="0"/></node></nodes>
          <edges/>
        </graph>
      </gexf>
      """
    let problems = try ExportSchemas.gexf().problems(in: Array(invalid.utf8))
    #expect(
      problems.contains {
        $0.line == 3 && $0.message == "Invalid attribute defaultedgetype for element graph"
      })
    #expect(problems.contains { $0.message == "Extra element color in interleave" })
  }

  @Test func filteredSelectionsStayValid() throws {
    let selection = GraphSelection(ExportFixtures.demo).restricted(toStrengths: [.uncertain])
      .restricted(toKinds: [.claim, .source, .molecule])
    let graphML = try GraphMLExporter().bytes(of: selection)
    #expect(try ExportSchemas.graphML().problems(in: graphML) == [])
    let gexf = try GEXFExporter().bytes(of: selection)
    #expect(try ExportSchemas.gexf().problems(in: gexf) == [])
  }
}
