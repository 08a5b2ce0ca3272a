import ClaimGraph
import ClaimGraphFormatsTestSupport
import ClaimGraphTestSupport
import ClaimGraphYAML
import Foundation
import Testing

/// A library of three articles (`Fixtures/library`) sharing sources and entities: each
/// article is checked against its own text and reference list, and the places where they
/// disagree are findings — exactly the planted ones.
@Suite struct LibraryTests {
  static let folder = Fixture.path("library")

  static func load() -> LoadedGraph { GraphLoader().load(directory: folder) }

  /// The findings of some rules on the library, as `file:line rule: message` with paths
  /// relative to the library.
  static func findings(_ rules: Set<String>) -> [String] {
    let report = Linter().lint(load(), currentYear: 2026)
    return report.findings.filter { rules.contains($0.rule) }.map { finding in
      let file = finding.location.map {
        $0.file.replacingOccurrences(of: folder + "/", with: "") + ":\($0.line)"
      }
      return "\(file ?? "-") \(finding.rule): \(finding.message)"
    }
  }

  @Test func everyArticleOwnsTheClaimsAndSectionsOfItsFolder() throws {
    let loaded = Self.load()
    #expect(loaded.diagnostics.isEmpty)
    let graph = loaded.graph
    #expect(graph.articles.map(\.id) == ["exercise", "mood", "pain"])
    #expect(graph.article == nil)
    #expect(graph.claims(inArticle: "mood").count == 5)
    #expect(
      graph.claims.map { "\($0.id)@\($0.article ?? "-")" } == [
        "endorphins-cause-runners-high@exercise", "endorphins-do-not-cause-runners-high@mood",
        "endorphins-ease-chronic-pain@pain", "faq-laughter-lifts-mood@mood",
        "laughter-lifts-mood-in-pain@pain", "laughter-may-lift-mood@mood",
        "running-might-raise-endorphin@mood", "running-raises-brain-endorphin@exercise",
        "summary-laughter-lifts-mood@mood",
      ])
    // Two articles both have a section `references`: each its own.
    #expect(graph.article("mood")?.sections.map(\.id) == ["lifts", "summary", "faq", "references"])
    #expect(graph.section("references", inArticle: "pain")?.title == "References")
    #expect(graph.section("summary", inArticle: "pain") == nil)
    #expect(graph.text(ofArticle: "pain")?.path == Self.folder + "/articles/pain/article.txt")
  }

  @Test func aSourceIsListedByTheArticlesWhoseReferenceListsHoldIt() throws {
    let graph = Self.load().graph
    let boecker = try #require(graph.source("boecker-2008"))
    let lindqvist = try #require(graph.source("lindqvist-2021"))
    // Each article words its entry differently; the source quotes both wordings.
    #expect(graph.isListed(boecker, inArticle: "exercise"))
    #expect(graph.isListed(boecker, inArticle: "mood"))
    #expect(!graph.isListed(boecker, inArticle: "pain"))
    #expect(graph.isListed(lindqvist, inArticle: "pain"))
    #expect(!graph.isListed(lindqvist, inArticle: "mood"))
    #expect(graph.articles(citing: "boecker-2008").map(\.id) == ["exercise", "mood"])
  }

  @Test func eachClaimIsAnchoredInItsOwnArticlesText() throws {
    #expect(Self.findings(["quote-not-found", "quote-ambiguous", "unlisted-source"]) == [])
    let graph = Self.load().graph
    let claim = try #require(graph.claim("laughter-lifts-mood-in-pain"))
    let passage = try #require(graph.grounding(of: claim)?.passages(ofClaim: claim.id).first)
    #expect(
      graph.text(ofArticle: "pain")?.excerpt(passage.start..<passage.end)
        == "Laughter lifts low mood in people with chronic pain")
  }

  @Test func aSourceCitedInAnArticleThatDoesNotListItIsUnlistedThere() throws {
    let directory = try TemporaryDirectory("library-unlisted")
    defer { directory.remove() }
    try FileManager.default.copyItem(atPath: Self.folder, toPath: directory.path + "/g")
    // The pain article cites Boecker 2008, which its reference list lacks.
    let claims = directory.path + "/g/articles/pain/claims/claims.yaml"
    let text = try String(contentsOfFile: claims, encoding: .utf8)
    try text.replacingOccurrences(
      of:
        "      - source: lindqvist-2021\n        stance: supports\n        quote: \"a review by Lindqvist concludes\"",
      with:
        "      - source: boecker-2008\n        stance: supports\n        quote: \"a review by Lindqvist concludes\""
    ).write(toFile: claims, atomically: true, encoding: .utf8)
    let report = Linter().lint(
      GraphLoader().load(directory: directory.path + "/g"), currentYear: 2026)
    #expect(
      report.findings.filter { $0.rule == "unlisted-source" }.map(\.message) == [
        "claim 'endorphins-ease-chronic-pain' rests only on sources the reference list lacks: 'boecker-2008'"
      ])
  }

  @Test func editingOneArticlesTextReportsOnlyThatArticlesClaims() throws {
    let directory = try TemporaryDirectory("library-edit")
    defer { directory.remove() }
    try FileManager.default.copyItem(atPath: Self.folder, toPath: directory.path + "/g")
    let text = directory.path + "/g/articles/pain/article.txt"
    try String(contentsOfFile: text, encoding: .utf8)
      .replacingOccurrences(of: "Endorphins ease chronic pain", with: "Endorphins may ease pain")
      .write(toFile: text, atomically: true, encoding: .utf8)
    let report = Linter().lint(
      GraphLoader().load(directory: directory.path + "/g"), currentYear: 2026)
    let missing = report.findings.filter { $0.rule == "quote-not-found" }
    #expect(missing.map(\.node) == ["endorphins-ease-chronic-pain"])
    #expect(
      missing.first?.message.hasPrefix(
        "the quote \"Endorphins ease chronic pain\" of claim 'endorphins-ease-chronic-pain' is "
          + "not in the article (\(directory.path)/g/articles/pain/article.txt)") == true)
  }

  @Test func coverageShowsEachArticleAndTheLibrarysTotal() {
    let result = runCommand(["coverage", "--graph", Self.folder, "--fail-under", "96"])
    #expect(result.status == 1)
    #expect(
      result.stdout.hasSuffix(
        """
        Coverage of the library by claims

        article   factual  covered   share
        exercise        5        5  100.0%
        mood           10        9   90.0%
        pain            5        5  100.0%
        library        20       19   95.0%
        coverage: 19 of 20 factual sentences (95.0%) in 3 articles

        """))
    let one = runCommand(["coverage", "--graph", Self.folder, "--article", "pain"])
    #expect(one.status == 0)
    #expect(one.stdout.hasSuffix("coverage: 5 of 5 factual sentences (100.0%)\n"))
  }

  @Test func theDisagreementRulesFireExactlyOnThePlantedCases() {
    #expect(
      Self.findings(["strength-disagreement", "stance-disagreement"]) == [
        "articles/exercise/claims/claims.yaml:9 strength-disagreement: claim 'running-raises-brain-endorphin' (article 'exercise', established) asserts 'running increases beta-endorphin', which other articles state differently: 'running-might-raise-endorphin' (article 'mood', uncertain); align the strengths, or say in the text why the articles differ",
        "articles/exercise/claims/claims.yaml:21 strength-disagreement: claim 'endorphins-cause-runners-high' (article 'exercise', established) asserts 'beta-endorphin causes runners-high', which other articles state differently: 'endorphins-do-not-cause-runners-high' (article 'mood', a myth (refuted)); align the strengths, or say in the text why the articles differ",
        "articles/exercise/claims/claims.yaml:23 stance-disagreement: claim 'endorphins-cause-runners-high' (article 'exercise') cites 'boecker-2008' for 'beta-endorphin causes runners-high', which other articles cite it against: 'endorphins-do-not-cause-runners-high' (article 'mood'); check what the study found and correct the stance in the article that misreads it",
        "articles/mood/claims/claims.yaml:4 strength-disagreement: claim 'laughter-may-lift-mood' (article 'mood', uncertain) asserts the statement it shares through same_as, which other articles state differently: 'laughter-lifts-mood-in-pain' (article 'pain', established); align the strengths, or say in the text why the articles differ",
        "articles/mood/claims/claims.yaml:22 strength-disagreement: claim 'running-might-raise-endorphin' (article 'mood', uncertain) asserts 'running increases beta-endorphin', which other articles state differently: 'running-raises-brain-endorphin' (article 'exercise', established); align the strengths, or say in the text why the articles differ",
        "articles/mood/claims/claims.yaml:35 strength-disagreement: claim 'endorphins-do-not-cause-runners-high' (article 'mood', a myth (refuted)) asserts 'beta-endorphin causes runners-high', which other articles state differently: 'endorphins-cause-runners-high' (article 'exercise', established); align the strengths, or say in the text why the articles differ",
        "articles/mood/claims/claims.yaml:37 stance-disagreement: claim 'endorphins-do-not-cause-runners-high' (article 'mood') cites 'boecker-2008' against 'beta-endorphin causes runners-high', which other articles cite it for: 'endorphins-cause-runners-high' (article 'exercise'); check what the study found and correct the stance in the article that misreads it",
        "articles/pain/claims/claims.yaml:16 strength-disagreement: claim 'laughter-lifts-mood-in-pain' (article 'pain', established) asserts the statement it shares through same_as, which other articles state differently: 'laughter-may-lift-mood' (article 'mood', uncertain); align the strengths, or say in the text why the articles differ",
      ])
  }

  @Test func withinOneArticleTheDisagreementRulesAreSilent() {
    // The mood article's summary (established) and FAQ (uncertain, same_as the summary)
    // restate its body on purpose: the same relation in other strengths, one article.
    let graph = Self.load().graph
    #expect(graph.claim("summary-laughter-lifts-mood")?.strength == .established)
    #expect(graph.claim("laughter-may-lift-mood")?.strength == .uncertain)
    let named = Self.findings(["strength-disagreement", "stance-disagreement"]).joined()
    #expect(!named.contains("summary-laughter-lifts-mood"))
    #expect(!named.contains("faq-laughter-lifts-mood"))
    // The article's graph, a library of one, has no disagreement at all.
    let report = Linter().lint(
      GraphLoader().load(directory: Fixture.articleGraph), currentYear: 2026)
    #expect(!report.findings.contains { $0.rule.hasSuffix("-disagreement") })
  }

  @Test func aDanglingSameAsIsAnUnknownClaim() {
    let report = LintFixture.lint(
      LintFixture.clean(
        replacing: "    about: [beta-endorphin]\n",
        with: "    about: [beta-endorphin]\n    same_as: [c, d]\n"))
    #expect(
      report.findings.filter { $0.rule == "unknown-claim" }.map(\.message) == [
        "'c' refers to claim 'd', which does not exist; did you mean 'c'?"
      ])
  }

  @Test func filesWithClaimsOutsideEveryArticleFolderAreRefused() throws {
    let directory = try TemporaryDirectory("library-outside")
    defer { directory.remove() }
    try FileManager.default.copyItem(atPath: Self.folder, toPath: directory.path + "/g")
    try directory.write(
      "claims:\n  - id: stray\n    statement: S.\n    strength: uncertain\n    section: lifts\n",
      to: "g/claims/stray.yaml")
    let loaded = GraphLoader().load(directory: directory.path + "/g")
    #expect(
      loaded.diagnostics.map {
        $0.description.replacingOccurrences(of: directory.path + "/", with: "")
      } == [
        "g/claims/stray.yaml:1:1: error: this file holds claims, sections or unclaimed passages but lies outside every article's folder; move it into the folder of the article it belongs to ('g/articles/exercise/' for 'exercise', 'g/articles/mood/' for 'mood', 'g/articles/pain/' for 'pain') [invalid-value]"
      ])
  }

  @Test func twoArticlesWithOneIDAreRefused() throws {
    let loaded = GraphLoader().load(documents: [
      (file: "a/article.yaml", text: "article:\n  id: x\n  title: A\n"),
      (file: "b/article.yaml", text: "article:\n  id: x\n  title: B\n"),
    ])
    #expect(
      loaded.diagnostics.map(\.description) == [
        "b/article.yaml:2:3: error: duplicate article id 'x' (first declared at a/article.yaml:2:3) [duplicate-id]"
      ])
  }
}
