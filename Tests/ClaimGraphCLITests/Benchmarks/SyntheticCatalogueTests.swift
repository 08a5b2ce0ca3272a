import ClaimGraph
import ClaimGraphBenchmarks
import ClaimGraphFormats
import ClaimGraphTestSupport
import ClaimGraphYAML
import Testing

@Suite struct SyntheticCatalogueTests {
  static let thousand = SyntheticCatalogue(claims: 1_000, seed: 1)

  /// The catalogue written to a folder and loaded from it, as the benchmark does.
  static func load(_ catalogue: SyntheticCatalogue) throws -> LoadedGraph {
    let folder = try TemporaryDirectory("catalogue")
    defer { folder.remove() }
    for file in catalogue.files { try folder.write(file.text, to: file.path) }
    return GraphLoader().load(directory: folder.path)
  }

  static let loadedThousand = Result { try load(thousand) }

  @Test func thousandClaimsLoadWithoutDiagnostics() throws {
    let loaded = try Self.loadedThousand.get()
    #expect(loaded.diagnostics == [])
    let graph = loaded.graph
    #expect(graph.claims.count == 1_000)
    #expect(graph.sources.count == 200)
    #expect(graph.entities.count == 100)
    #expect(graph.articles.count == 10)
    // Five sections of twenty claims per article, and its reference list.
    #expect(graph.sections.count == 10 * 6)
  }

  @Test func statisticsMatchTheGoldenFile() throws {
    let statistics = GraphStatistics(try Self.loadedThousand.get().graph)
    try Golden.expect(
      statistics.json.serialized(pretty: true) + "\n", matches: "benchmarks/synthetic-1k-stats.json"
    )
  }

  /// The library lints clean apart from what it plants: at 1k, one claim disagreeing on
  /// strength (found at both claims), one on a source's stance (at both citations) and
  /// one misquote, whose sentence no claim then anchors (`uncovered-sentence`, on by
  /// default since the gate's holes were closed).
  @Test func lintFindsExactlyWhatIsPlanted() throws {
    #expect(Self.thousand.planted == .init(strength: 1, stance: 1, misquotes: 1))
    let report = Linter().lint(try Self.loadedThousand.get(), currentYear: 2026)
    var counts: [String: Int] = [:]
    for finding in report.findings { counts[finding.rule, default: 0] += 1 }
    #expect(
      counts == [
        "strength-disagreement": 2, "stance-disagreement": 2, "quote-not-found": 1,
        "uncovered-sentence": 1,
      ],
      "\(report.findings.map(\.description).joined(separator: "\n"))")
  }

  @Test func filesAreLaidOutLikeALibrary() {
    let paths = Self.thousand.files.map(\.path)
    let first = "articles/" + Self.thousand.shape.articleID(0)
    #expect(
      Array(paths.prefix(3)) == [
        first + "/article.yaml", first + "/article.txt", first + "/claims/claims.yaml",
      ])
    #expect(
      Array(paths.suffix(7)) == [
        "sources/sources-0001.yaml", "entities/regions-0001.yaml",
        "entities/receptors-0001.yaml", "entities/conditions-0001.yaml",
        "entities/molecules-0001.yaml", "entities/interventions-0001.yaml",
        "entities/methods-0001.yaml",
      ])
    #expect(paths.count == 10 * 3 + 7)
    #expect(Self.thousand.isText(1) && !Self.thousand.isText(0))
    let large = SyntheticCatalogue(claims: 10_000, seed: 1)
    #expect(large.shape.articles == 100)
    #expect(large.fileCount == 100 * 3 + 1 + 6)
  }

  /// Each article's text opens with its title, heads each section, and lists the sources
  /// its claims cite; every claim's sentence is in it.
  @Test func articleTextsHaveHeadingsParagraphsAndReferences() throws {
    let text = Self.thousand.file(1).text
    let lines = text.split(separator: "\n", omittingEmptySubsequences: false)
    #expect(lines[0] == Substring(Self.thousand.shape.articleTitle(0)))
    #expect(lines[2] == Substring(Self.thousand.shape.sectionTitle(article: 0, section: 0)))
    #expect(lines.contains("References"))
    #expect(text.contains(" et al. ("))
    #expect(text.contains("This effect was replicated in a second sample by the same team."))
  }

  @Test func generationIsDeterministicAndSeeded() {
    let again = SyntheticCatalogue(claims: 1_000, seed: 1).files
    #expect(again.map(\.text) == Self.thousand.files.map(\.text))
    let other = SyntheticCatalogue(claims: 1_000, seed: 2).files
    #expect(other[2].text != Self.thousand.files[2].text)
  }

  @Test func labelsCarryOtherScriptsAndHostileCharacters() throws {
    let graph = try Self.loadedThousand.get().graph
    let labels =
      graph.claims.map(\.statement) + graph.claims.compactMap(\.note)
      + graph.sources.map(\.title) + graph.entities.map(\.name)
    for needle in ["<", "&", "\"", "'", "\\", "\n", "]]>", "β", "→", "é", "研究", "🏃", "א", "ح"] {
      #expect(
        labels.contains { $0.contains(needle) }, "no label contains \(needle.debugDescription)")
    }
  }
}
