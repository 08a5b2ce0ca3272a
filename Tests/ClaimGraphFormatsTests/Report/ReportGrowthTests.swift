import ClaimGraph
import ClaimGraphFormats
import ClaimGraphTestSupport
import ClaimGraphYAML
import Foundation
import Testing

/// The report grows with the article, not faster: an ambiguous quote's finding, which names
/// every place the quote occurs, is given in full once (issue 20 probe 9: 1,000 occurrences
/// made 10 MB, 3,000 made 85 MB).
@Suite struct ReportGrowthTests {
  /// The report of an article repeating one sentence `count` times, which one claim quotes.
  static func reportBytes(occurrences count: Int) throws -> Int {
    let folder = try TemporaryDirectory("report-growth")
    defer { folder.remove() }
    try folder.write(
      "A\n" + String(repeating: "Beta-endorphin binds receptors.\n", count: count), to: "a.txt")
    try folder.write(
      """
      article:
        id: a
        title: A
        text: a.txt
      molecules:
        - id: beta-endorphin
          name: Beta-endorphin
      claims:
        - id: c
          statement: Beta-endorphin binds receptors.
          strength: uncertain
          quote: "Beta-endorphin binds receptors."
          about: [beta-endorphin]

      """, to: "g.yaml")
    let loaded = GraphLoader().load(directory: folder.path)
    let lint = Linter().lint(loaded, currentYear: 2026)
    #expect(lint.findings.filter { $0.rule == "quote-ambiguous" }.count == 1)
    return HTMLReport(graph: loaded.graph, lint: lint).render().utf8.count
  }

  @Test func anAmbiguousQuotesFindingGrowsThePageLinearly() throws {
    let small = try Self.reportBytes(occurrences: 500)
    let large = try Self.reportBytes(occurrences: 1_000)
    // The whole findings message lists every place once; each passage's popup only points
    // at it. Quadratic growth would make the double input four times the bytes.
    #expect(Double(large) / Double(small) < 2.2, "500: \(small) bytes, 1,000: \(large) bytes")
  }
}
