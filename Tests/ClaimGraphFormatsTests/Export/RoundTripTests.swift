import ClaimGraph
import ClaimGraphFormats
import ClaimGraphFormatsTestSupport
import Testing

@Suite struct RoundTripTests {
  private func roundTrip(
    _ format: ExportFormat, _ graph: KnowledgeGraph, reader: some InterchangeReader
  ) throws -> (first: [UInt8], loaded: LoadedGraph, second: [UInt8]) {
    let first = try ExportFixtures.export(format, graph)
    let loaded = reader.load(bytes: first, file: "export.\(format.fileExtension)")
    let second = try ExportFixtures.export(format, loaded.graph)
    return (first, loaded, second)
  }

  @Test func graphMLReadsBackIntoAnEqualGraphAndIdenticalBytes() throws {
    let result = try roundTrip(.graphml, ExportFixtures.demo, reader: GraphMLReader())
    #expect(result.loaded.diagnostics == [])
    #expect(result.loaded.graph == ExportFixtures.demo)
    #expect(result.second == result.first)
  }

  @Test func jsonReadsBackIntoAnEqualGraphAndIdenticalBytes() throws {
    let result = try roundTrip(.json, ExportFixtures.demo, reader: NodeLinkJSONReader())
    #expect(result.loaded.diagnostics == [])
    #expect(result.loaded.graph == ExportFixtures.demo)
    #expect(result.second == result.first)
  }

  @Test func hostileTextSurvivesGraphMLExceptForbiddenControlCharacters() throws {
    let result = try roundTrip(.graphml, ExportFixtures.hostile(), reader: GraphMLReader())
    #expect(result.loaded.diagnostics == [])
    // Texts inside structured values (relations, citations, aliases) lose the forbidden
    // characters too, so that ids in references keep matching their nodes.
    let inXML = ExportFixtures.hostileTextInXML
    #expect(result.loaded.graph == ExportFixtures.hostile(inXML, structured: inXML))
    #expect(result.loaded.graph.article?.title == ExportFixtures.hostileTextInXML)
    #expect(result.second == result.first)
    let entity = try #require(result.loaded.graph.entity("odd id <&>"))
    #expect(entity.name.contains("line\r\nCRLF\rCR\ttab"))
    #expect(entity.name.contains("\u{202E}override\u{202C} עברית مرحبا 😀👩🏽‍🔬"))
  }

  @Test func hostileTextSurvivesJSONExactly() throws {
    let result = try roundTrip(.json, ExportFixtures.hostile(), reader: NodeLinkJSONReader())
    #expect(result.loaded.diagnostics == [])
    #expect(result.loaded.graph == ExportFixtures.hostile())
    #expect(result.second == result.first)
  }

  @Test func graphMLAndJSONCarryTheSameGraph() throws {
    let graphML = try ExportFixtures.export(.graphml, ExportFixtures.demo)
    let fromGraphML = GraphMLReader().load(bytes: graphML, file: "demo.graphml").graph
    #expect(
      try ExportFixtures.export(.json, fromGraphML)
        == ExportFixtures.export(.json, ExportFixtures.demo))
  }

  @Test func readLocationsAreXMLLines() throws {
    let bytes = try ExportFixtures.export(.graphml, ExportFixtures.demo)
    let loaded = GraphMLReader().load(bytes: bytes, file: "demo.graphml")
    let lines = String(decoding: bytes, as: UTF8.self).split(
      separator: "\n", omittingEmptySubsequences: false)
    let nodeLine = try #require(lines.firstIndex { $0.contains("<node id=\"pain\"") }) + 1
    #expect(
      loaded.sourceMap.location(of: "pain")
        == SourceLocation(file: "demo.graphml", line: nodeLine, column: 1))
    // A citation is written as its `cites` edge.
    let citation = try #require(
      loaded.sourceMap.location(of: "beta-endorphin-binds-mor", field: "citations[0].source"))
    #expect(
      lines[citation.line - 1].hasPrefix("<edge ")
        && lines[citation.line - 1].contains(
          "source=\"beta-endorphin-binds-mor\" target=\"boecker-2008\"")
    )
    #expect(
      lines[citation.line...].prefix { !$0.hasPrefix("</edge>") }.contains { $0.contains("Fig. 2") }
    )
  }
}
