import ClaimGraph
import ClaimGraphFormatsTestSupport
import Testing

/// The one look-up behind `show`, `path` and `query`, on the article's graph.
@Suite struct NodeLookupTests {
  static let lookup = NodeLookup(graph: ArticleFixture.loaded.graph)

  static func resolve(_ text: String, in scope: NodeLookup.Scope = .everything) -> [String] {
    lookup.resolve(text, in: scope).targets.map(\.description)
  }

  @Test(arguments: [
    ("boecker-2008", "boecker-2008", NodeLookup.Match.id),
    ("BOECKER-2008", "boecker-2008", .id),
    ("Boecker et al. 2008", "boecker-2008", .name),
    ("PAG", "periaqueductal-gray", .name),
    ("mu-opioid receptor", "mu-opioid-receptor", .name),
    ("Frequently Asked Questions", "faq", .name),
    ("faq", "faq", .id),
    ("Boecker 2008", "boecker-2008", .author),
    ("boecker", "boecker-2008", .author),
    ("Boecker et al. (2008)", "boecker-2008", .author),
    ("Kennedy, 2006", "kennedy-2006", .author),
  ])
  func namesResolveOnePlace(text: String, target: String, match: NodeLookup.Match) {
    let resolution = Self.lookup.resolve(text)
    #expect(resolution.targets.map(\.description) == [target])
    #expect(resolution.match == match)
  }

  @Test func authorsComeFromTheArticleAndTheEnrichment() {
    // The reference list says "Machin & Dunbar"; the enrichment "Machin A", "Dunbar R".
    #expect(Self.resolve("Machin & Dunbar 2011", in: .sources) == ["machin-dunbar-2011"])
    #expect(Self.resolve("dunbar 2011", in: .sources) == ["machin-dunbar-2011"])
    #expect(
      Self.lookup.sources(byAuthor: "dunbar").map(\.rawValue) == [
        "dunbar-laughter-studies", "machin-dunbar-2011",
      ])
    #expect(Self.lookup.sources(byAuthor: "boeck*").map(\.rawValue) == ["boecker-2008"])
    #expect(Self.resolve("Boecker 2009", in: .sources) == [])
  }

  @Test func prefixesFindSourcesAndStarsFindAnything() {
    #expect(Self.resolve("kenn", in: .sources) == ["kennedy-2006"])
    #expect(Self.resolve("kenn") == [])
    #expect(Self.resolve("periaq*") == ["periaqueductal-gray"])
    #expect(Self.resolve("*", in: .kind(.receptor)).count == 5)
  }

  @Test func nothingFoundSuggestsTheClosestName() {
    let resolution = Self.lookup.resolve("mentl-health")
    #expect(resolution.targets.isEmpty)
    #expect(resolution.suggestion == "mental-health")
    #expect(
      Self.lookup.problem(resolution, in: .everything)
        == "no node or section is named 'mentl-health'; did you mean 'mental-health'?")
  }

  @Test func aNameOfAnotherKindSaysWhatItIs() {
    let scope = NodeLookup.Scope.kind(.method)
    let resolution = Self.lookup.resolve("PAG", in: scope)
    #expect(
      Self.lookup.problem(resolution, in: scope) == "no method is named 'PAG'; 'PAG' is a region")
  }
}
