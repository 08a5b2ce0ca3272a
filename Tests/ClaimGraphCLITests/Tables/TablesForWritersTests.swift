import ClaimGraph
import ClaimGraphFormats
import ClaimGraphFormatsTestSupport
import ClaimGraphTestSupport
import Foundation
import Testing

/// What a writer needs from the tables: filters, marked contradictions, inferred citations
/// apart, references with DOIs, stable columns, and each claim once per grouping.
@Suite struct TablesForWritersTests {
  /// Two conditions, one region; a claim about both conditions; one contradicted, one
  /// backed only by an unlisted source, one with only an inferred citation, one uncited.
  static let graph: KnowledgeGraph = {
    let sources = [
      Source(
        id: "smith-2015", type: .reviewArticle, title: "Opioids and mood", authors: ["Smith J"],
        year: 2015, venue: "Mood Journal", doi: "10.1000/smith"),
      Source(
        id: "kennedy-2006", type: .primaryResearch, title: "Opioid receptors in depression",
        authors: ["Kennedy et al."], year: 2006, methods: ["pet"],
        enrichment: SourceEnrichment(venue: "Archives", doi: "10.1000/kennedy")),
      Source(
        id: "pet-studies", type: .other, title: "PET studies of anxiety", isListed: false,
        mentionedAs: "PET studies said to show it"),
    ]
    let entities = [
      Entity(id: "anxiety", kind: .condition, name: "Anxiety"),
      Entity(id: "depression", kind: .condition, name: "Depression"),
      Entity(id: "amygdala", kind: .region, name: "Amygdala"),
      Entity(id: "pet", kind: .method, name: "Positron emission tomography", aliases: ["PET"]),
    ]
    let claims = [
      Claim(
        id: "a-both", statement: "Opioid tone is low in depression and anxiety.",
        strength: .established, about: ["depression", "anxiety"],
        citations: [
          Citation(source: "smith-2015"), Citation(source: "kennedy-2006", stance: .contradicts),
        ]),
      Claim(
        id: "b-unlisted", statement: "Anxiety changes opioid binding.", strength: .established,
        about: ["anxiety"], citations: [Citation(source: "pet-studies", methods: ["pet"])]),
      Claim(
        id: "c-inferred", statement: "Depression lowers receptor availability.",
        strength: .established, about: ["depression"],
        citations: [Citation(source: "kennedy-2006", isInferred: true)]),
      Claim(
        id: "d-uncited", statement: "The amygdala may matter.", strength: .uncertain,
        about: ["amygdala"]),
    ]
    return try! KnowledgeGraph(
      article: Article(id: "fixture", title: "Writers' fixture"), claims: claims,
      sources: sources, entities: entities)
  }()

  static func rows(_ tables: SummaryTables) -> [String: SummaryRow] {
    let rows = tables.tables.flatMap(\.groups).flatMap(\.rows)
    return Dictionary(rows.map { ($0.claim.rawValue, $0) }) { first, _ in first }
  }

  @Test func contradictingStudiesAreMarkedAgainst() throws {
    let row = try #require(Self.rows(SummaryTables(Self.graph))["a-both"])
    #expect(row.evidence.map(\.stance) == [.supports, .contradicts])
    #expect(
      row.evidenceText == "Smith 2015 (supports); against: Kennedy et al. 2006 (PET, contradicts)")
    let markdown = MarkdownTablesRenderer().render(SummaryTables(Self.graph))
    #expect(
      markdown.contains(
        "| Smith 2015 (supports); **against:** Kennedy et al. 2006 (PET, contradicts) |"))
    let html = HTMLTablesRenderer().render(SummaryTables(Self.graph))
    #expect(
      html.contains(
        "<li class=\"contradicts\"><span class=\"against\">against</span> <cite>Kennedy et al. 2006</cite>"
      ))
  }

  @Test func anUnlistedSourceIsNotAlsoNoSource() throws {
    let rows = Self.rows(SummaryTables(Self.graph))
    let unlisted = try #require(rows["b-unlisted"])
    #expect(unlisted.isBacked && !unlisted.hasListedSupport)
    #expect(unlisted.evidenceText == "PET studies of anxiety [unlisted] (PET, supports)")
    #expect(try #require(rows["d-uncited"]).evidenceText == "no source cited")
  }

  @Test func inferredCitationsAreShownApartAndNeverEvidence() throws {
    let row = try #require(Self.rows(SummaryTables(Self.graph))["c-inferred"])
    #expect(row.evidence.isEmpty)
    #expect(!row.isBacked && !row.hasListedSupport)
    #expect(row.inferred.map(\.source) == ["kennedy-2006"])
    #expect(
      row.evidenceText
        == "no source cited; inferred, not evidence: Kennedy et al. 2006 (PET, supports)")
    let csv = CSVTablesRenderer().render(SummaryTables(Self.graph))
    #expect(
      csv.contains(
        "What we know,,c-inferred,Depression lowers receptor availability.,established,no source cited,no,Depression,\"Kennedy et al. 2006 (PET, supports)\",\r\n"
      ))
    let html = HTMLTablesRenderer().render(SummaryTables(Self.graph))
    #expect(
      html.contains(
        "<li class=\"inferred\"><span class=\"inferred\">inferred, not evidence</span> <cite>Kennedy et al. 2006</cite>"
      ))
  }

  @Test func eachTableEndsWithItsReferencesAndDOILinks() throws {
    let tables = SummaryTables(Self.graph)
    let known = try #require(tables.tables.first)
    #expect(known.references.map(\.source) == ["kennedy-2006", "pet-studies", "smith-2015"])
    #expect(known.references.map(\.isDOIAdded) == [true, false, false])
    #expect(tables.tables[1].references.isEmpty)
    let markdown = MarkdownTablesRenderer().render(tables)
    #expect(
      markdown.contains(
        """
        ### References: What we know

        - Kennedy et al. 2006. Opioid receptors in depression. Archives. <https://doi.org/10.1000/kennedy>\\*
        - PET studies of anxiety \\[unlisted\\]; mentioned as: PET studies said to show it
        - Smith 2015. Opioids and mood. Mood Journal. <https://doi.org/10.1000/smith>

        _DOIs marked * are not in the article: they were added from outside it._

        ## What we don't know yet
        """))
    let html = HTMLTablesRenderer().render(tables)
    #expect(
      html.contains(
        "<li>Kennedy et al. 2006. Opioid receptors in depression. Archives. <a href=\"https://doi.org/10.1000/kennedy\">doi:10.1000/kennedy</a>*</li>"
      ))
    #expect(html.contains("DOIs marked * are not in the article: they were added from outside it."))
  }

  /// Regression: `NAME-tables.md` passed raw HTML and `javascript:` links from the graph
  /// through (the Mermaid page escaped its labels).
  @Test func markdownShowsHTMLAndLinksFromTheGraphAsTyped() throws {
    let graph = try KnowledgeGraph(
      article: Article(id: "x", title: "<script>alert(1)</script> & co"),
      claims: [
        Claim(
          id: "c", statement: "See [this](javascript:alert(1)) and <img src=x onerror=alert(1)>.",
          strength: .uncertain, about: ["e"], citations: [Citation(source: "s")])
      ],
      sources: [
        Source(
          id: "s", type: .other, title: "![pixel](https://evil.example/p.png) `code`",
          doi: "10.1/x> <b onclick=alert(1)>")
      ],
      entities: [Entity(id: "e", kind: .condition, name: "<b>bold</b>")])
    let markdown = MarkdownTablesRenderer().render(SummaryTables(graph))
    #expect(markdown.hasPrefix("# &lt;script&gt;alert(1)&lt;/script&gt; &amp; co\n"))
    #expect(
      markdown.contains(
        "| See \\[this\\](javascript:alert(1)) and &lt;img src=x onerror=alert(1)&gt;. | "))
    #expect(markdown.contains("| &lt;b&gt;bold&lt;/b&gt; |"))
    #expect(
      markdown.contains(
        "- !\\[pixel\\](https://evil.example/p.png) \\`code\\`. "
          + "<https://doi.org/10.1/x%3E%20%3Cb%20onclick=alert(1)%3E>\n"))
    for raw in ["<script", "<img", "<b"] {
      #expect(!markdown.contains(raw), "\(raw)")
    }
  }

  @Test func columnsHaveTheSameWidthsInEverySection() throws {
    let tables = SummaryTables(Self.graph, by: .condition)
    let markdown = MarkdownTablesRenderer().render(tables)
    let lines = markdown.split(separator: "\n")
    let delimiters = lines.filter { $0.hasPrefix("| ---") }
    #expect(delimiters.count == 3)
    #expect(Set(delimiters).count == 1)
    #expect(
      delimiters.first?.split(separator: "|").map { $0.filter { $0 == "-" }.count } == [50, 32, 18])
    let html = HTMLTablesRenderer().render(tables)
    #expect(html.contains("table-layout: fixed;"))
    #expect(
      html.components(
        separatedBy:
          "<colgroup><col class=\"claim\"><col class=\"evidence\"><col class=\"about\"></colgroup>"
      ).count
        == 4)
  }

  @Test func byConditionListsEachClaimOnceAndPointsToIt() throws {
    let tables = SummaryTables(Self.graph, by: .condition)
    let known = try #require(tables.tables.first)
    #expect(known.groups.map(\.title) == ["Anxiety", "Depression"])
    #expect(
      known.groups.map { $0.rows.map(\.claim.rawValue) } == [
        ["b-unlisted"], ["a-both", "c-inferred"],
      ])
    #expect(known.groups[0].seeAlsoText == "Also about Anxiety: 1 claim listed under Depression.")
    #expect(known.groups[1].seeAlso.isEmpty)
    let ids = tables.tables.flatMap(\.groups).flatMap(\.rows).map(\.claim)
    #expect(ids.count == Set(ids).count, "no claim is listed twice")
    #expect(
      MarkdownTablesRenderer().render(tables).contains(
        "### Anxiety\n\n_Also about Anxiety: 1 claim listed under Depression._\n\n| Claim"))
  }

  @Test func tablesTakeTheExportFilters() throws {
    let directory = try TemporaryDirectory("tables-filters")
    defer { directory.remove() }
    let graph = QueryFixture.directory
    func run(_ arguments: [String]) -> CommandResult { runCommand(["tables", graph] + arguments) }
    let cited = run(["--cited", "no", "-f", "json"])
    #expect(cited.status == 0)
    let expected = SummaryTables(
      QueryFixture.graph,
      claims: Set(QueryFixture.graph.claims.filter { !QueryFixture.graph.isCited($0) }.map(\.id)))
    #expect(cited.stdout == JSONTablesRenderer().render(expected))
    let query = run(["-q", "condition:ptsd", "--strength", "uncertain"])
    let matching = Set(try QueryFixture.ids("condition:ptsd strength:uncertain").map { NodeID($0) })
    #expect(
      query.stdout
        == MarkdownTablesRenderer().render(SummaryTables(QueryFixture.graph, claims: matching)))
    #expect(matching.count == 2)
    let bad = run(["-q", "condition:("])
    #expect(bad.status == 2)
    #expect(bad.stderr.hasPrefix("query:1:11: error:"))
    #expect(run(["--strength", "establishd"]).stderr.contains("did you mean 'established'?"))
  }
}
