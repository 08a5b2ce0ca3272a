import ClaimGraph
import ClaimGraphFormats
import ClaimGraphFormatsTestSupport
import ClaimGraphTestSupport
import Foundation
import Testing

@Suite struct SummaryTablesTests {
  private static func golden(_ name: String) throws -> String {
    try Fixture.text("tables/\(name)")
  }

  @Test(arguments: [
    ("tables.md", nil, MarkdownTablesRenderer() as any SummaryTablesRenderer),
    ("tables.html", nil, HTMLTablesRenderer()),
    ("tables.csv", nil, CSVTablesRenderer()),
    ("tables.json", nil, JSONTablesRenderer()),
    ("tables-by-section.md", SummaryGrouping.section, MarkdownTablesRenderer()),
    ("tables-by-condition.md", .condition, MarkdownTablesRenderer()),
    ("tables-by-region.csv", .region, CSVTablesRenderer()),
  ])
  func rendersMatchGoldenFiles(
    name: String, grouping: SummaryGrouping?, renderer: any SummaryTablesRenderer
  ) throws {
    let tables = SummaryTables(QueryFixture.graph, by: grouping)
    if Golden.isUpdating() {
      try renderer.render(tables).write(
        toFile: Golden.sourcePath("tables/\(name)"), atomically: true, encoding: .utf8)
    }
    #expect(renderer.render(tables) == (try Self.golden(name)))
  }

  @Test func rowsCarryEvidenceAndListing() throws {
    let tables = SummaryTables(QueryFixture.graph)
    #expect(
      tables.tables.map(\.title) == [
        "What we know", "What we don't know yet", "Common misconceptions",
      ])
    #expect(tables.tables.map(\.claimCount) == [5, 3, 1])
    let known = try #require(tables.tables.first?.groups.first?.rows)
    let pag = try #require(known.first { $0.claim == "mor-in-pag" })
    #expect(!pag.hasListedSupport)
    #expect(pag.isBacked)
    // An unlisted source backs the claim: it is shown, marked, and not also "no source".
    #expect(
      pag.evidenceText
        == "Rodent studies of opioid receptors in the midbrain [unlisted] (Animal model, supports)")
    let uncited = try #require(tables.tables[1].groups.first?.rows.last)
    #expect(uncited.claim == "ptsd-opioid-dysregulation")
    #expect(uncited.evidenceText == "no source cited")
  }

  @Test func htmlIsSelfContainedAndEscaped() {
    let html = HTMLTablesRenderer().render(SummaryTables(QueryFixture.graph))
    #expect(html.hasPrefix("<!DOCTYPE html>\n<html lang=\"en\">"))
    #expect(html.contains("<title>Endorphins &amp; &lt;Evidence&gt;: a fixture</title>"))
    #expect(html.contains("@media print"))
    #expect(!html.contains("http"))
    #expect(!html.contains("<script"))
    #expect(!html.contains("<link"))
  }
}
