import ClaimGraph
import ClaimGraphFormatsTestSupport
import ClaimGraphTestSupport
import ClaimGraphYAML
import Foundation
import Testing

/// Messages an editor can act on without decoding them.
@Suite struct EditorMessageTests {
  @Test func wordDiffMarksTheWordsThatChanged() {
    #expect(
      WordDiff.marked(
        "endorphins act in the prefrontal cortex of runners after long runs",
        against: "endorphins act in the frontal cortex of runners after long runs")
        == "… in the [-prefrontal-]{+frontal+} cortex of …")
    #expect(WordDiff.marked("a b c", against: "a  b\nc") == nil)
    #expect(WordDiff.marked("runner’s “high”", against: "runner's \"high\"") == nil)
    #expect(WordDiff.marked("one two three", against: "one three") == "one [-two-] three")
    #expect(WordDiff.marked("one three", against: "one two three") == "one {+two+} three")
    #expect(
      WordDiff.marked("a b c d e f g h", against: "x b c d e f g y")
        == "[-a-]{+x+} b c … f g [-h-]{+y+}")
  }

  @Test func quoteNotFoundShowsTheWordsThatDiffer() throws {
    let yaml = LintFixture.anchored(
      replacing: "\"Beta-endorphin binds receptors\"",
      with: "\"Beta-endorphin binds all receptors\"")
    let messages = try LintFixture.findings(yaml, article: LintFixture.article)
      .filter { $0.rule == "quote-not-found" }.map(\.message)
    #expect(
      messages == [
        "the quote \"Beta-endorphin binds all receptors\" of claim 'c' is not in the article "
          + "(a.txt); the nearest passage, at a.txt:3:1, is \"Beta-endorphin binds receptors\"; "
          + "the words that differ: Beta-endorphin binds [-all-] receptors"
      ])
  }

  @Test func uncitedClaimSaysWhy() throws {
    let unanchored = LintFixture.anchored(
      replacing: "        quote: \"a PET study by Author A\"\n", with: ""
    ).replacing("        quote: \"work by Author B\"\n", with: "")
    let messages = try LintFixture.findings(unanchored, article: LintFixture.article)
      .filter { $0.rule == "uncited-claim" }.map(\.message)
    #expect(
      messages == [
        "claim 'c' has no citation that supports it (its citations of 'a-2008', 'b-2010' are "
          + "not anchored: they quote no passage of the text that invokes the source (see "
          + "unanchored-citation))"
      ])
  }

  @Test func missingFieldNamesTheNode() {
    let yaml = LintFixture.clean(
      replacing: "    strength: established\n", with: "")
    #expect(
      LintFixture.lint(yaml).findings.map(\.description).contains(
        "g.yaml:28:5: error: claim 'c' is missing the required key 'strength' [missing-field]"))
  }

  @Test func valueErrorsNameTheirNode() {
    let yaml = """
      sources:
        - id: s1
          type: primary_research
          title: T
          title: T2
          year: "x"
      claims:
        - id: c1
          statement: S
          strength: sure
          section: s
          citations:
            - source: s1
              stance: supports
              stance: yes
      methods:
        - id: pet
          name: [PET]

      """
    #expect(
      LintFixture.load([("g.yaml", yaml)]).diagnostics.map(\.description) == [
        "g.yaml:5:5: error: duplicate key 'title' in source 's1' (first defined at line 4) [duplicate-key]",
        "g.yaml:6:11: error: 'year' of source 's1' must be a whole number, found 'x' [wrong-type]",
        "g.yaml:10:15: error: 'strength' of claim 'c1' must be one of established, uncertain, refuted, found 'sure' [invalid-value]",
        "g.yaml:15:9: error: duplicate key 'stance' in a citation of 'c1' (first defined at line 14) [duplicate-key]",
        "g.yaml:18:11: error: 'name' of method 'pet' must be a text, found a list [wrong-type]",
      ])
  }

  @Test func aMissingBaselineSaysHowToWriteOne() throws {
    let directory = try TemporaryDirectory("baseline-hint")
    defer { directory.remove() }
    try directory.write(LintFixture.clean, to: "Graph/g.yaml")
    let result = runCommand([
      "lint", directory.path + "/Graph", "--baseline", directory.path + "/none.json",
    ])
    #expect(result.status == 2)
    #expect(
      result.stderr.contains(
        "the baseline '\(directory.path)/none.json' does not exist; write one with "
          + "--write-baseline"))
  }

  @Test func explainSuggestsTheRuleMeant() {
    let result = runCommand(["lint", "--explain", "uncited-claims"])
    #expect(result.status == 2)
    #expect(result.stderr.contains("did you mean 'uncited-claim'?"))
  }

  @Test func apaAuthorStringsGiveFamilyNameLabels() {
    func label(_ authors: [String]) -> String {
      Source(id: "s", type: nil, title: "T", authors: authors, year: 2021).shortLabel
    }
    #expect(label(["Jones, D.", "Lee, K."]) == "Jones & Lee 2021")
    #expect(label(["Jones, D. K.", "Lee, K.-L.", "Park, S."]) == "Jones et al. 2021")
    #expect(label(["van der Berg, J."]) == "van der Berg 2021")
    #expect(label(["Boecker H"]) == "Boecker 2021")
    #expect(label(["World Health Organization"]) == "World Health Organization 2021")
    #expect(label(["Smith, Jones"]) == "Smith, Jones 2021")
  }

  @Test func indentationErrorsSayWhatTheAuthorDid() {
    func message(_ yaml: String) -> String? {
      LintFixture.load([("g.yaml", yaml)]).diagnostics.first { $0.rule == "syntax" }?.message
    }
    #expect(
      message("claims:\n  - id: a\n    statement: x\n      strength: established\n")
        == "invalid YAML: invalid multiline plain key; a line is indented deeper than the keys "
        + "above it, so it reads as the rest of the value before it; give every key of a claim, "
        + "source or entity the same indentation")
    #expect(
      message("claims:\n  - id: a\n    statement: x\n   strength: established\n")
        == "invalid YAML: did not find expected '-' indicator; a line is indented less than the "
        + "keys above it but more than the list's '- '; line it up with the keys of its item, or "
        + "start a new item with '- '")
    #expect(
      message("claims:\n  - id: a\n    statement: x\n  strength: established\n")
        == "invalid YAML: invalid scalar at the end of block sequence; a key is indented less "
        + "than the keys of its list item, so it ends the list; indent it like the keys above it")
  }

  @Test func sarifPointsAtTheArticleLineToo() throws {
    let yaml = LintFixture.anchored(
      replacing: "\"Beta-endorphin binds receptors\"", with: "\"Nothing else is claimed here\"")
    let (result, _) = try LintFixture.runLint(yaml, ["--format", "sarif"])
    let log = try #require(
      try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any])
    let run = try #require((log["runs"] as? [[String: Any]])?.first)
    let results = try #require(run["results"] as? [[String: Any]])
    let uncited = try #require(results.first { $0["ruleId"] as? String == "unanchored-citation" })
    let related = try #require(uncited["relatedLocations"] as? [[String: Any]])
    let physical = try #require(related.first?["physicalLocation"] as? [String: Any])
    let uri = try #require((physical["artifactLocation"] as? [String: Any])?["uri"] as? String)
    #expect(uri.hasSuffix("Graph/a.txt"))
    let region = try #require(physical["region"] as? [String: Any])
    #expect(region["startLine"] as? Int == 4)
    #expect(region["startColumn"] as? Int == 1)
  }

  @Test func anEmptyGraphFolderIsAnError() throws {
    let directory = try TemporaryDirectory("empty-graph")
    defer { directory.remove() }
    try directory.write("not a graph", to: "Graph/readme.txt")
    let result = runCommand(["lint", directory.path + "/Graph"])
    #expect(result.status == 2)
    #expect(
      result.stdout.hasPrefix(
        "error: the directory '\(directory.path)/Graph' holds no graph files (.yaml or .yml); "
          + "pass the graph directory with --graph [unreadable-file]\n"))
  }
}
