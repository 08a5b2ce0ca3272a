import ClaimGraph
import ClaimGraphExport
import ClaimGraphYAML
import Testing

/// The README's "The library" example, kept compiling and true.
@Suite struct ReadmeLibraryExampleTests {
  @Test func theLibraryExampleWorksOnTheArticle() throws {
    let loaded = GraphLoader().load(directory: Fixture.articleGraph)
    #expect(loaded.diagnostics.isEmpty)

    let graph = loaded.graph
    let pet = graph.claims(matching: try Query(parsing: "method:pet"))
    #expect(pet.count == 15)
    let report = Linter().lint(loaded, currentYear: 2026)
    #expect(report.findings.filter { $0.rule == "uncited-claim" }.count == 189)
    var graphml = MemorySink()
    try GraphMLExporter().export(graph, to: &graphml)
    #expect(graphml.bytes.starts(with: Array("<?xml version=\"1.0\" encoding=\"UTF-8\"?>".utf8)))

    let small = try KnowledgeGraph(
      claims: [Claim(id: "c", statement: "…", strength: .uncertain, about: ["amygdala"])],
      entities: [Entity(id: "amygdala", kind: .region, name: "Amygdala")])
    #expect(small.claims(about: "amygdala").map(\.id) == ["c"])
    #expect(small.edges.map(\.id) == ["about:c:amygdala"])
  }
}
