import ClaimGraph
import ClaimGraphFormatsTestSupport
import Testing

@Suite struct EntityNameTests {
  private let graph = QueryFixture.graph

  @Test func entitiesAreNamedByIdNameOrAlias() {
    #expect(graph.entities(named: "PAG").map(\.id) == ["periaqueductal-gray"])
    #expect(graph.entities(named: "mu-opioid receptor").map(\.id) == ["mu-opioid-receptor"])
    #expect(graph.entities(named: "nothing").isEmpty)
  }
}
