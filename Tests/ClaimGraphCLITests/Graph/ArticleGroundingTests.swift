import ClaimGraph
import ClaimGraphFormatsTestSupport
import ClaimGraphTestSupport
import ClaimGraphYAML
import Foundation
import Testing

/// The article's graph, checked against the article's text: every anchor holds, every
/// factual sentence is covered, and an edit of the text names exactly the stale claims.
@Suite struct ArticleGroundingTests {
  static let loaded = ArticleFixture.loaded
  static let anchorRules: Set<String> = [
    "quote-not-found", "quote-ambiguous", "unanchored-claim", "unanchored-citation",
    "method-not-in-text",
  ]

  @Test func everyAnchorHoldsWithoutASuppression() throws {
    let report = Linter().lint(Self.loaded, currentYear: 2026)
    #expect(report.findings.filter { Self.anchorRules.contains($0.rule) }.map(\.description) == [])
    #expect(
      report.suppressed.filter { Self.anchorRules.contains($0.rule) }.map(\.description) == [])
    let graph = Self.loaded.graph
    #expect(graph.claims.allSatisfy { !$0.quotes.isEmpty })
    // Every citation is anchored where the claim is stated, or says it is inferred.
    for claim in graph.claims {
      for citation in claim.citations {
        #expect(
          citation.isInferred
            || citation.isAnchored(for: claim, source: graph.source(citation.source)),
          "\(claim.id) → \(citation.source)")
      }
    }
  }

  @Test func claimsCoverEveryFactualSentenceOfTheArticle() throws {
    let coverage = try #require(ArticleCoverage(Self.loaded.graph))
    #expect(coverage.uncovered == [])
    #expect(coverage.factual == coverage.covered)
    #expect(coverage.factual > 150)
    // Every sentence left out says why.
    let excluded = coverage.sections.flatMap(\.excluded)
    #expect(!excluded.isEmpty)
    #expect(excluded.allSatisfy { !$0.reason.isEmpty })
    let result = runCommand(["coverage", "--graph", Fixture.articleGraph, "--fail-under", "100"])
    #expect(result.status == 0)
    #expect(
      result.stdout.hasSuffix(
        "coverage: \(coverage.covered) of \(coverage.factual) factual sentences (100.0%)\n"))
  }

  /// An editor rewrites one sentence of a copy of the article: lint reports exactly the
  /// claims whose quotes (their own or their citations') lie in that sentence.
  @Test func editingOneSentenceNamesExactlyTheClaimsAnchoredThere() throws {
    let graph = Self.loaded.graph
    let text = try #require(graph.text)
    let grounding = try #require(graph.grounding)
    let original =
      "This hypothesis received strong support from a landmark 2008 PET study by Henning "
      + "Boecker and colleagues, which used the opioid-receptor ligand [18F]FDPN to demonstrate "
      + "increased endorphin binding in the prefrontal and limbic brain regions of runners after "
      + "a two-hour endurance run."
    let sentence = try #require(
      grounding.sentences.first { text.excerpt($0.span.start..<$0.span.end) == original }?.span)
    var expected = Set<NodeID>()
    for claim in graph.claims {
      var spans = grounding.matches(ofClaim: claim.id).flatMap(\.spans)
      for offset in claim.citations.indices {
        spans += grounding.matches(ofCitation: offset, of: claim.id).flatMap(\.spans)
      }
      if spans.contains(where: { $0.overlaps(sentence) }) { expected.insert(claim.id) }
    }
    #expect(expected.count >= 3)

    let folder = try TemporaryDirectory("edited-article")
    defer { folder.remove() }
    let copy = folder.path + "/Graph"
    try FileManager.default.copyItem(atPath: Fixture.articleGraph, toPath: copy)
    let edited = text.text.replacingOccurrences(
      of: original,
      with: "Later imaging work questioned whether running changes opioid signalling at all.")
    try edited.write(toFile: copy + "/article.txt", atomically: true, encoding: .utf8)

    let report = Linter().lint(GraphLoader().load(directory: copy), currentYear: 2026)
    let stale = report.findings.filter { $0.rule == "quote-not-found" }
    #expect(Set(stale.compactMap(\.node)) == expected)
    #expect(stale.allSatisfy { $0.location?.file.hasPrefix(copy + "/claims/") == true })
    #expect(report.exitStatus == 1)
  }
}
