import ClaimGraph
import ClaimGraphBenchmarks
import ClaimGraphFormats
import ClaimGraphYAML
import Testing

@Suite struct SyntheticCatalogueTests {
  static let thousand = SyntheticCatalogue(claims: 1_000, seed: 1)

  static func load(_ catalogue: SyntheticCatalogue) -> LoadedGraph {
    GraphLoader().load(documents: catalogue.files.map { ($0.path, $0.text) })
  }

  @Test func thousandClaimsLoadWithoutDiagnostics() {
    let loaded = Self.load(Self.thousand)
    #expect(loaded.diagnostics == [])
    #expect(loaded.graph.claims.count == 1_000)
    #expect(loaded.graph.sources.count == 200)
    #expect(loaded.graph.entities.count == 100)
    #expect(loaded.graph.sections.count == 10)
  }

  @Test func statisticsMatchTheGoldenFile() throws {
    let statistics = GraphStatistics(Self.load(Self.thousand).graph)
    let expected = try Fixture.text("benchmarks/synthetic-1k-stats.json")
    #expect(statistics.json.serialized(pretty: true) + "\n" == expected)
  }

  @Test func filesAreLaidOutLikeAGraphFolder() {
    let paths = Self.thousand.files.map(\.path)
    #expect(
      paths == [
        "article.yaml", "claims/0001-part-1-faq.yaml", "sources/sources-0001.yaml",
        "entities/regions-0001.yaml", "entities/receptors-0001.yaml",
        "entities/conditions-0001.yaml", "entities/molecules-0001.yaml",
        "entities/interventions-0001.yaml", "entities/methods-0001.yaml",
      ])
    let large = SyntheticCatalogue(claims: 10_000, seed: 1)
    #expect(large.fileCount == 1 + 10 + 1 + 6)
    #expect(large.file(10).path.hasPrefix("claims/0010-part-91-"))
  }

  @Test func generationIsDeterministicAndSeeded() {
    let again = SyntheticCatalogue(claims: 1_000, seed: 1).files
    #expect(again.map(\.text) == Self.thousand.files.map(\.text))
    let other = SyntheticCatalogue(claims: 1_000, seed: 2).files
    #expect(other[1].text != Self.thousand.files[1].text)
  }

  @Test func labelsCarryOtherScriptsAndHostileCharacters() {
    let graph = Self.load(Self.thousand).graph
    let labels =
      graph.claims.map(\.statement) + graph.claims.compactMap(\.note)
      + graph.sources.map(\.title) + graph.entities.map(\.name)
    for needle in ["<", "&", "\"", "'", "\\", "\n", "]]>", "β", "→", "é", "研究", "🏃", "א", "ح"] {
      #expect(
        labels.contains { $0.contains(needle) }, "no label contains \(needle.debugDescription)")
    }
  }
}
