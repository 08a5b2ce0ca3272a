import ClaimGraph
import ClaimGraphCLI
import ClaimGraphFormats
import ClaimGraphFormatsTestSupport
import Foundation
import Testing

@Suite struct ExportCommandTests {
  /// A fresh directory holding the demo graph as GraphML and JSON.
  private func workspace() throws -> URL {
    let directory = FileManager.default.temporaryDirectory
      .appendingPathComponent("claimgraph-export-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
    try Data(ExportFixtures.export(.graphml, ExportFixtures.demo))
      .write(to: directory.appendingPathComponent("demo.graphml"))
    try Data(ExportFixtures.export(.json, ExportFixtures.demo))
      .write(to: directory.appendingPathComponent("demo.json"))
    return directory
  }

  @Test(arguments: ExportFormat.allCases)
  func exportWritesEachFormatToStandardOutput(format: ExportFormat) throws {
    let directory = try workspace()
    defer { try? FileManager.default.removeItem(at: directory) }
    let console = TestConsole()
    let graph = directory.appendingPathComponent("demo.graphml").path
    #expect(console.run(["export", "--graph", graph, "--format", format.rawValue]) == 0)
    #expect(console.standardError == "")
    let expected = try ExportFixtures.export(format, ExportFixtures.demo)
    #expect(console.standardOutput == String(decoding: expected, as: UTF8.self))
  }

  @Test func exportWithOutputWritesTheFileAtomically() throws {
    let directory = try workspace()
    defer { try? FileManager.default.removeItem(at: directory) }
    let output = directory.appendingPathComponent("out.dot")
    let console = TestConsole()
    let arguments = [
      "export", "--graph", directory.appendingPathComponent("demo.json").path, "--format", "dot",
      "--output", output.path, "--strength", "established,refuted", "--kinds", "claim,source",
    ]
    #expect(console.run(arguments) == 0)
    #expect(console.standardOutput == "")
    let selection = GraphSelection(ExportFixtures.demo).restricted(toStrengths: [
      .established, .refuted,
    ])
    .restricted(toKinds: [.claim, .source])
    #expect(try [UInt8](Data(contentsOf: output)) == DOTExporter().bytes(of: selection))
    let leftovers = try FileManager.default.contentsOfDirectory(atPath: directory.path)
    #expect(leftovers.sorted() == ["demo.graphml", "demo.json", "out.dot"])
  }

  @Test func unknownFilterValuesAreUsageErrorsWithASuggestion() {
    let console = TestConsole()
    #expect(console.run(["export", "--format", "json", "--kinds", "claim,recptor"]) == 2)
    #expect(
      console.standardError.contains(
        "'recptor' is not a valid value for --kinds; did you mean 'receptor'?"))
  }

  @Test func buildWritesEveryExportAndCheckFindsThemFresh() throws {
    let directory = try workspace()
    defer { try? FileManager.default.removeItem(at: directory) }
    let graph = directory.appendingPathComponent("demo.graphml").path
    let exports = directory.appendingPathComponent("Exports").path
    let console = TestConsole()
    #expect(console.run(["build", "--graph", graph, "--exports", exports]) == 0)
    let written = try FileManager.default.contentsOfDirectory(atPath: exports).sorted()
    let pictures = Graphviz.find() == nil ? 0 : GraphPicture.pictures(of: ExportFixtures.demo).count
    #expect(
      written == [
        "claimgraph-authoring.schema.json", "demo-mermaid.md", "demo-report.html",
        "demo-tables.html", "demo-tables.md", "demo.dot", "demo.gexf", "demo.graphml",
        "demo.json", "demo.mmd", "demo.nt",
      ] + (pictures == 0 ? [] : ["pictures"]) + ["queries"])
    let queries = try FileManager.default.contentsOfDirectory(atPath: exports + "/queries")
    #expect(
      queries.sorted()
        == SavedQuery.allCases.flatMap { ["\($0.name).cypher", "\($0.name).rq"] }.sorted())
    for query in SavedQuery.allCases {
      #expect(
        try String(contentsOfFile: "\(exports)/queries/\(query.name).rq", encoding: .utf8)
          == query.sparql)
      #expect(
        try String(contentsOfFile: "\(exports)/queries/\(query.name).cypher", encoding: .utf8)
          == query.cypher)
    }
    let report = try String(contentsOfFile: "\(exports)/demo-report.html", encoding: .utf8)
    #expect(report.hasPrefix("<!DOCTYPE html>\n<html lang=\"en\">"))
    #expect(report.contains("<h1>Endorphins: a demo</h1>"))
    let tables = SummaryTables(ExportFixtures.demo, by: .section)
    #expect(
      try String(contentsOfFile: "\(exports)/demo-tables.md", encoding: .utf8)
        == MarkdownTablesRenderer().render(tables))
    #expect(
      try String(contentsOfFile: "\(exports)/demo-tables.html", encoding: .utf8)
        == HTMLTablesRenderer().render(tables))
    for format in ExportFormat.allCases where format != .turtle {
      let path = "\(exports)/demo.\(format.fileExtension)"
      #expect(
        try [UInt8](Data(contentsOf: URL(fileURLWithPath: path)))
          == ExportFixtures.export(format, ExportFixtures.demo))
    }
    let check = TestConsole()
    #expect(check.run(["build", "--graph", graph, "--exports", exports, "--check"]) == 0)
    #expect(check.standardOutput == "\(19 + pictures) exports in \(exports) are up to date\n")
  }

  @Test func buildCheckNamesEveryStaleOrMissingFileAndWritesNothing() throws {
    let directory = try workspace()
    defer { try? FileManager.default.removeItem(at: directory) }
    let graph = directory.appendingPathComponent("demo.graphml").path
    let exports = directory.appendingPathComponent("Exports").path
    #expect(TestConsole().run(["build", "--graph", graph, "--exports", exports]) == 0)
    try Data("stale".utf8).write(to: URL(fileURLWithPath: "\(exports)/demo.dot"))
    try FileManager.default.removeItem(atPath: "\(exports)/demo.mmd")
    let console = TestConsole()
    #expect(console.run(["build", "--graph", graph, "--exports", exports, "--check"]) == 1)
    #expect(
      console.standardError == """
        stale: \(exports)/demo.dot
        stale: \(exports)/demo.mmd (missing)
        run 'claimgraph build' to regenerate 2 export(s)

        """)
    #expect(try String(contentsOfFile: "\(exports)/demo.dot", encoding: .utf8) == "stale")
    #expect(!FileManager.default.fileExists(atPath: "\(exports)/demo.mmd"))
  }

  @Test func buildWritesTheEntityMapAsMermaidWhenTheGraphIsTooBigForMermaid() throws {
    let entities = (0..<10).map { Entity(id: NodeID("e\($0)"), kind: .molecule, name: "E\($0)") }
    let claims = (0..<200).map { index in
      Claim(
        id: NodeID("c\(index)"), statement: "Claim \(index)", strength: .established,
        about: [index % 10, (index + 1) % 10, (index + 2) % 10].map { NodeID("e\($0)") },
        relations: index < 3
          ? [
            Relation(
              subject: NodeID("e\(index)"), predicate: "binds", object: NodeID("e\(index + 1)"))
          ]
          : [])
    }
    let graph = try KnowledgeGraph(claims: claims, entities: entities)
    let directory = try workspace()
    defer { try? FileManager.default.removeItem(at: directory) }
    let input = directory.appendingPathComponent("big.json")
    try Data(ExportFixtures.export(.json, graph)).write(to: input)
    let exports = directory.appendingPathComponent("Exports").path
    #expect(TestConsole().run(["build", "--graph", input.path, "--exports", exports]) == 0)
    let mermaid = try String(contentsOfFile: "\(exports)/graph.mmd", encoding: .utf8)
    let entityMap = GraphSelection(graph).entityMap()
    #expect(mermaid == String(decoding: try MermaidExporter().bytes(of: entityMap), as: UTF8.self))
    #expect(entityMap.edges.count == 3)
    #expect(entityMap.nodes.map(\.id.rawValue) == ["e0", "e1", "e2", "e3"])
    // The page around it lists the entities it leaves out, so nothing is lost.
    let page = try String(contentsOfFile: "\(exports)/graph-mermaid.md", encoding: .utf8)
    #expect(page.contains("```mermaid\nflowchart LR\n"))
    #expect(
      page.contains("\n## Not linked to anything else in this picture\n\n- E4 (molecule e4)\n"))
    #expect(page.hasSuffix("- E9 (molecule e9)\n"))
    let check = TestConsole()
    #expect(check.run(["build", "--graph", input.path, "--exports", exports, "--check"]) == 0)
    let export = TestConsole()
    #expect(export.run(["export", "--graph", input.path, "--format", "mermaid"]) == 0)
    #expect(
      export.standardError
        == "warning: 603 links exceed the 500 that Mermaid (and GitHub) render; narrow the export with --kinds, --strength or --around\n"
    )
  }

  @Test func statsReadsAGraphMLGraph() throws {
    let directory = try workspace()
    defer { try? FileManager.default.removeItem(at: directory) }
    let console = TestConsole()
    let graph = directory.appendingPathComponent("demo.graphml").path
    #expect(console.run(["stats", "--graph", graph, "--format", "json"]) == 0)
    #expect(console.standardOutput == GraphStatistics(ExportFixtures.demo).json.serialized() + "\n")
  }

  @Test func malformedGraphFileExitsWith2() throws {
    let directory = try workspace()
    defer { try? FileManager.default.removeItem(at: directory) }
    let bad = directory.appendingPathComponent("bad.graphml")
    try Data("<graphml>".utf8).write(to: bad)
    let console = TestConsole()
    #expect(console.run(["export", "--graph", bad.path, "--format", "json"]) == 2)
    #expect(console.standardError.hasPrefix("\(bad.path):1:10: error: invalid XML:"))
    #expect(console.standardOutput == "")
  }
}
