import ClaimGraph
import ClaimGraphFormats
import ClaimGraphFormatsTestSupport
import ClaimGraphTestSupport
import ClaimGraphYAML
import Foundation
import Testing

/// The holes an editor found in the gate (issue 24), each tried in a copy of `Graph/` or of
/// a small fixture: each must now fail `lint` with a located finding.
@Suite struct GateHoleTests {
  /// A copy of `Graph/` in a temporary folder, linted with the committed baseline.
  struct GraphCopy {
    let directory: TemporaryDirectory
    var graph: String { directory.path + "/Graph" }

    init(_ name: String) throws {
      directory = try TemporaryDirectory(name)
      try FileManager.default.copyItem(atPath: Fixture.articleGraph, toPath: graph)
    }

    func text(_ file: String) throws -> String {
      try String(contentsOfFile: graph + "/" + file, encoding: .utf8)
    }

    /// Replaces `old` (which must occur once) by `new` in a file of the copy; returns the
    /// 1-based line on which `new` starts.
    @discardableResult
    func replace(_ old: String, with new: String, in file: String) throws -> Int {
      let text = try text(file)
      let range = try #require(text.range(of: old))
      #expect(text.ranges(of: old).count == 1)
      try directory.write(text.replacingCharacters(in: range, with: new), to: "Graph/" + file)
      return text[..<range.lowerBound].count { $0 == "\n" } + 1
    }

    /// `lint` of the copy with the committed baseline, as the workflow runs it.
    func lint(_ extra: [String] = []) -> CommandResult {
      runCommand(
        ["lint", graph, "--baseline", Fixture.packageRoot + "/.claimgraph-baseline.json"]
          + extra)
    }
  }

  /// A new source "Smith 2019" that the reference list lacks (`listed` left to its
  /// default), cited on a claim with a quote taken from an unrelated sentence of the same
  /// paragraph: the source is no longer listed by default, so the gate fails at the
  /// source, and the citation's quote is flagged at the citation.
  @Test func anInventedSourceFailsTheGate() throws {
    let copy = try GraphCopy("hole-smith")
    defer { copy.directory.remove() }
    let sources = try copy.text("sources/listed.yaml")
    let sourceLine = sources.count { $0 == "\n" } + 1
    try copy.directory.write(
      sources + """
          - id: smith-2019
            type: primary_research
            title: "Opioid Peptides in the Human Brain"
            authors: ["Smith J"]
            year: 2019
            venue: Journal of Brain Studies
            methods: []

        """, to: "Graph/sources/listed.yaml")
    let quoted =
      "    quote: 'The term \"endorphin\" is a contraction of \"endogenous morphine,\"'\n"
    let line = try copy.replace(
      quoted,
      with: quoted + """
            citations:
              - source: smith-2019
                quote: "Endorphins are a class of endogenous opioid neuropeptides"

        """, in: "claims/01-what-are-endorphins.yaml")
    let result = copy.lint()
    #expect(result.status == 1)
    let found = result.stdout.split(separator: "\n").map(String.init).filter {
      $0.hasSuffix("[listed-source-not-in-references]")
        || $0.hasSuffix("[citation-quote-does-not-invoke]")
    }
    let graph = copy.graph
    let invoke: String =
      "\(graph)/claims/01-what-are-endorphins.yaml:\(line + 3):16: warning: the quote \"Endorphins are a class of endogenous opioid neuropeptides\" of the citation of 'smith-2019' in claim 'endorphin-name-means-endogenous-morphine' does not invoke the source: it holds none of an author's name (Smith), its year (2019), its title's words, an appeal to research (\"a study\", \"researchers\", \"evidence\" …); quote the words where the article invokes 'smith-2019' for this claim, or mark the citation `inferred: true` [citation-quote-does-not-invoke]"
    let listed: String =
      "\(graph)/sources/listed.yaml:\(sourceLine):5: error: source 'smith-2019' is marked listed (`listed:` defaults to true), but quotes no entry of the reference list of article 'endorphins' (\(graph)/article.txt), so it counts as unlisted; add `quote:` with its entry as the reference list gives it, or, if the list lacks it, mark it `listed: false` with `mentioned_as:` [listed-source-not-in-references]"
    #expect(found == [invoke, listed])
    // Not listed, it backs the claim only as an unlisted source.
    #expect(
      result.stdout.contains(
        "warning: claim 'endorphin-name-means-endogenous-morphine' rests only on sources the "
          + "reference list lacks: 'smith-2019' [unlisted-source]"))
    // And every view of the source says so.
    let shown = runCommand(["show", "smith-2019", "--graph", graph])
    #expect(shown.stdout.contains("\nlisted: no, the reference list lacks it\n"))
    let query = runCommand(["query", "--graph", graph, "--nodes", "sources", "listed:yes"])
    #expect(!query.stdout.contains("smith-2019"))
    let stats = runCommand(["stats", "--graph", graph, "--format", "json"])
    #expect(stats.stdout.contains("\"listed\": 6,"))
  }

  /// A listed source whose quote is a sentence of the body, not an entry of the reference
  /// list, is reported where the quote lies.
  @Test func aListedSourceQuotingTheBodyIsNotInTheReferences() throws {
    let yaml = LintFixture.anchored(
      replacing: "    quote: \"Author B (2010). Study B.\"\n",
      with: "    listed: true\n    quote: \"Nothing else is claimed here.\"\n")
    let found = try LintFixture.findings(yaml, article: LintFixture.article)
      .filter { $0.rule == "listed-source-not-in-references" }.map(\.description)
    let expected: String =
      "g.yaml:34:12: error: source 'b-2010' is marked listed, but its quote lies at a.txt:4:1, in section 's', not in the reference list (section 'r'); quote its entry as the reference list gives it, or mark it `listed: false` with `mentioned_as:` [listed-source-not-in-references]"
    #expect(found == [expected])
  }

  /// A graph whose sources quote their entries, in an article whose sections declare no
  /// reference list, is told to declare it.
  @Test func anArticleWithoutAReferenceListIsToldToDeclareOne() throws {
    let yaml = LintFixture.anchored(
      replacing: "  - id: r\n    title: References\n", with: "")
    let found = try LintFixture.findings(yaml, article: LintFixture.article)
      .filter { $0.rule == "listed-source-not-in-references" }.map(\.description)
    #expect(found.count == 2)
    let expected: String =
      "g.yaml:23:12: error: source 'a-2008' is marked listed (`listed:` defaults to true), but its quote lies at a.txt:6:1, in section 's', and article 'a' (a.txt) declares no reference list (a section whose title names one, such as \"References\"); declare the list's heading under `sections:`, or mark it `listed: false` with `mentioned_as:` [listed-source-not-in-references]"
    #expect(found.first == expected)
  }

  /// A factual sentence added to the article fails `lint` with no configuration: the
  /// sentence no claim states is an error at its line in the article.
  @Test func aNewSentenceInTheArticleFailsTheGate() throws {
    let copy = try GraphCopy("hole-sentence")
    defer { copy.directory.remove() }
    let sentence = "Endorphins were first sold as dietary supplements in 1990."
    let paragraph = "The Neuroscience of Endorphins: Key Brain Regions and Systems\n"
    let line = try copy.replace(paragraph, with: sentence + "\n" + paragraph, in: "article.txt")
    let result = copy.lint(["--format", "json"])
    #expect(result.status == 1)
    let report = try #require(
      try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any])
    let findings = try #require(report["findings"] as? [[String: Any]])
    #expect(findings.count == 1)
    let finding = try #require(findings.first)
    #expect(finding["rule"] as? String == "uncovered-sentence")
    #expect(finding["severity"] as? String == "error")
    #expect(finding["file"] as? String == copy.graph + "/article.txt")
    #expect(finding["line"] as? Int == line)
    #expect(finding["column"] as? Int == 1)
    #expect(
      finding["message"] as? String
        == "no claim anchors the sentence \"\(sentence)\" (section 'what-are-endorphins')")
  }

  /// `--format github` annotates the article's line too, for a finding about a claim, so a
  /// pull request that only edits `article.txt` shows it inline.
  @Test func githubAnnotationsPointAtTheArticleLineToo() throws {
    let yaml = LintFixture.anchored(
      replacing: "        quote: \"work by Author B\"\n", with: "")
    let (result, graph) = try LintFixture.runLint(yaml, ["--format", "github"])
    let message: String =
      "claim 'c' cites 'b-2010', but neither a quote of the citation nor the claim's own quote shows the article invoking it; add `quote:` with the passage that does, or mark the citation `inferred: true`"
    let yamlFile = GitHubReporter.escapeProperty(graph + "/g.yaml")
    let textFile = GitHubReporter.escapeProperty(graph + "/a.txt")
    let primary: String =
      "::warning file=\(yamlFile),line=46,col=9,title=claimgraph%3A unanchored-citation::\(message)\n"
    let related: String =
      "::warning file=\(textFile),line=3,col=1,title=claimgraph%3A unanchored-citation::\(message) (reported at \(graph)/g.yaml:46:9)\n"
    let annotations = result.stdout.split(separator: "\n", omittingEmptySubsequences: false)
      .filter { $0.contains("unanchored-citation::") }.map { $0 + "\n" }.joined()
    #expect(annotations == primary + related)
  }
}
