import ClaimGraph
import ClaimGraphBenchmarks
import ClaimGraphTestSupport
import ClaimGraphYAML
import Testing

/// The benchmark's anchored article (`SyntheticArticle`), linted: its adversarial shapes
/// (quotes sharing their first words, a repeated sentence told apart by a prefix or a
/// suffix, a quote that misses every 97th sentence) give exactly the text findings planted.
@Suite struct SyntheticArticleTests {
  /// The findings of the text rules, with paths relative to the article's folder.
  static func textFindings(_ article: SyntheticArticle) throws -> [String] {
    let folder = try TemporaryDirectory("article")
    defer { folder.remove() }
    for file in article.files { try folder.write(file.text, to: file.path) }
    let report = Linter().lint(GraphLoader().load(directory: folder.path), currentYear: 2026)
    return report.findings.filter { Linter.textRules.contains($0.rule) }.map {
      $0.description.replacing(folder.path + "/", with: "")
    }
  }

  @Test func theAnchoredArticleGivesExactlyItsPlantedTextFindings() throws {
    let findings = try Self.textFindings(SyntheticArticle(sentences: 200))
    // No quote is ambiguous: the repeated sentence's claims are picked by their prefix or
    // suffix. The two misquotes (sentences 96 and 193) miss, each with its own sentence as
    // the nearest passage, which no claim then anchors.
    #expect(
      findings == [
        "article.txt:13:590: error: no claim anchors the sentence \"In studies of group "
          + "singing, pain thre … ang 张 and colleagues reported in 1991.\" (section 'part-1') "
          + "[uncovered-sentence]",
        "article.txt:25:325: error: no claim anchors the sentence \"In studies of group "
          + "singing, pain thre …  حداد and colleagues reported in 1981.\" (section 'part-2') "
          + "[uncovered-sentence]",
        "claims/00001.yaml:819:12: error: the quote \"In studies of group singing, pain "
          + "thresholds rose by about 73% in cohort 96,\" of claim 'c96' is not in the article "
          + "(article.txt); the nearest passage, at article.txt:13:590, is \"In studies of "
          + "group singing, pain thresholds rose by 73% in cohort 96,\"; the words that differ: "
          + "… rose by [-about-] 73% in … [quote-not-found]",
        "claims/00002.yaml:795:12: error: the quote \"In studies of group singing, pain "
          + "thresholds rose by about 31% in cohort 193,\" of claim 'c193' is not in the "
          + "article (article.txt); the nearest passage, at article.txt:25:325, is \"In "
          + "studies of group singing, pain thresholds rose by 31% in cohort 193,\"; the words "
          + "that differ: … rose by [-about-] 31% in … [quote-not-found]",
      ])
  }
}
