import ClaimGraph
import ClaimGraphFormatsTestSupport
import ClaimGraphTestSupport
import ClaimGraphYAML
import Foundation
import Testing

/// The rules that read a claim's sentence (issue 23): for each, sentences where it must
/// fire and look-alikes where it must not.
@Suite struct SentenceRuleTests {
  static let cases: [LintRuleCase] = [
    // strength-vs-wording
    LintRuleCase(
      rule: "strength-vs-wording", name: "an established claim that says 'may'",
      yaml: SentenceFixture.claim("Beta-endorphin may bind receptors"),
      expected: [
        "g.yaml:29:5: warning: established claim 'c' is hedged by its own words (\"may\"); mark it uncertain, or quote the words that state it firmly [strength-vs-wording]"
      ], article: SentenceFixture.article),
    LintRuleCase(
      rule: "strength-vs-wording", name: "an uncertain claim that asserts, with no hedge",
      yaml: SentenceFixture.claim(
        "Beta-endorphin release has been consistently confirmed", strength: "uncertain"),
      expected: [
        "g.yaml:29:5: warning: uncertain claim 'c' is asserted by its own words (\"consistently\", \"confirm*\") and nothing in its sentence hedges; mark it established, or quote the words that qualify it [strength-vs-wording]"
      ], article: SentenceFixture.article),
    LintRuleCase(
      rule: "strength-vs-wording", name: "a refuted claim its sentence does not reject",
      yaml: SentenceFixture.claim("beta-endorphin binds receptors", strength: "refuted"),
      expected: [
        "g.yaml:29:5: warning: refuted claim 'c' is not rejected by its sentence or its section's title (no word such as \"myth\", \"misconception\", \"not\", \"no evidence\"); mark the strength the text gives it, or quote the words that reject it [strength-vs-wording]"
      ], article: SentenceFixture.article),
    LintRuleCase(
      rule: "strength-vs-wording", name: "'May' as a month",
      yaml: SentenceFixture.claim("In May 2019 beta-endorphin was measured"), expected: [],
      article: SentenceFixture.article),
    LintRuleCase(
      rule: "strength-vs-wording", name: "a negated hedge ('not likely')",
      yaml: SentenceFixture.claim("Beta-endorphin is not likely to cross the barrier"),
      expected: [],
      article: SentenceFixture.article),
    LintRuleCase(
      rule: "strength-vs-wording", name: "a hedge in the neighbouring clause",
      yaml: SentenceFixture.claim("beta-endorphin binds receptors"), expected: [],
      article: SentenceFixture.article),
    LintRuleCase(
      rule: "strength-vs-wording", name: "a hedge in a comparison ('than … suggests')",
      yaml: SentenceFixture.claim("Beta-endorphin is more complex than the popular story suggests"),
      expected: [], article: SentenceFixture.article),
    LintRuleCase(
      rule: "strength-vs-wording", name: "a hedge inside a quoted slogan",
      yaml: SentenceFixture.claim(
        "Critics call the slogan \"endorphins might cure everything\" false"),
      expected: [], article: SentenceFixture.article),
    LintRuleCase(
      rule: "strength-vs-wording", name: "an uncertain claim whose sentence hedges elsewhere",
      yaml: SentenceFixture.claim("beta-endorphin binds receptors", strength: "uncertain"),
      expected: [],
      article: SentenceFixture.article),
    LintRuleCase(
      rule: "strength-vs-wording", name: "a myth under a section titled Myths",
      yaml: SentenceFixture.claim(
        "Beta-endorphin makes you high.", strength: "refuted", section: "myths"),
      expected: [], article: SentenceFixture.article),
    LintRuleCase(
      rule: "strength-vs-wording", name: "a quoted myth its sentence calls a myth",
      yaml: SentenceFixture.claim(
        "beta-endorphin is addictive", strength: "refuted", section: "myths"),
      expected: [], article: SentenceFixture.article),
    LintRuleCase(
      rule: "strength-vs-wording", name: "a hedge added in .claimgraph.yml",
      yaml: SentenceFixture.claim("Beta-endorphin is more complex"),
      expected: [
        "g.yaml:29:5: warning: established claim 'c' is hedged by its own words (\"more complex\"); mark it uncertain, or quote the words that state it firmly [strength-vs-wording]"
      ], configuration: LintConfiguration(cues: ["hedges": ["more complex"]]),
      article: SentenceFixture.article),
    // method-named-not-evidenced
    LintRuleCase(
      rule: "method-named-not-evidenced", name: "naloxone named, no evidence carries it",
      yaml: SentenceFixture.claim("analgesia is blocked by naloxone"),
      expected: [
        "g.yaml:29:5: warning: claim 'c' names method 'naloxone-blockade' (\"naloxone\") in its quote, but none of its citations carries it; add it to the citation that reports it (or as `evidence:` when the sentence names no study), or make the alias more precise [method-named-not-evidenced]"
      ], article: SentenceFixture.article),
    LintRuleCase(
      rule: "method-named-not-evidenced", name: "the claim's own stated evidence carries it",
      yaml: SentenceFixture.claim(
        "analgesia is blocked by naloxone",
        "    evidence:\n      - method: naloxone-blockade\n        quote: \"blocked by naloxone\"\n"
      ),
      expected: [], article: SentenceFixture.article),
    LintRuleCase(
      rule: "method-named-not-evidenced", name: "the method is what the claim is about",
      yaml: SentenceFixture.claim("analgesia is blocked by naloxone")
        .replacing("about: [beta-endorphin]", with: "about: [beta-endorphin, naloxone-blockade]"),
      expected: [], article: SentenceFixture.article),
    LintRuleCase(
      rule: "method-named-not-evidenced", name: "the citation carries the named method",
      yaml: SentenceFixture.claim(
        "A later PET study by Author A found lower pain", SentenceFixture.citesA), expected: [],
      article: SentenceFixture.article),
    // appeal-without-citation
    LintRuleCase(
      rule: "appeal-without-citation", name: "'research suggests', nothing cited",
      yaml: SentenceFixture.claim(
        "Research suggests that beta-endorphin eases pain", strength: "uncertain"),
      expected: [
        "g.yaml:29:5: warning: claim 'c' cites nothing, but its quote appeals to evidence (\"research suggest*\"); cite the source it invokes (an unlisted one if the reference list lacks it), or an inferred one [appeal-without-citation]"
      ], article: SentenceFixture.article),
    LintRuleCase(
      rule: "appeal-without-citation", name: "'has been observed', nothing cited",
      yaml: SentenceFixture.claim("Beta-endorphin is released by laughter, as has been observed"),
      expected: [
        "g.yaml:29:5: warning: claim 'c' cites nothing, but its quote appeals to evidence (\"observed\"); cite the source it invokes (an unlisted one if the reference list lacks it), or an inferred one [appeal-without-citation]"
      ], article: SentenceFixture.article),
    LintRuleCase(
      rule: "appeal-without-citation", name: "an appeal in the sentence that no quote covers",
      yaml: SentenceFixture.claim("beta-endorphin eases pain", strength: "uncertain"),
      expected: [
        "g.yaml:29:5: warning: claim 'c' cites nothing, but its sentence appeals to evidence (\"research suggest*\") in words no quote covers; cite the source it invokes (an unlisted one if the reference list lacks it), or an inferred one [appeal-without-citation]"
      ], article: SentenceFixture.article),
    LintRuleCase(
      rule: "appeal-without-citation", name: "the appeal is another claim's, which cites it",
      yaml: SentenceFixture.claim(
        "beta-endorphin eases pain", strength: "uncertain",
        """
          - id: d
            statement: Research is said to suggest something.
            strength: uncertain
            section: s
            quote: 'Research suggests'
            about: [beta-endorphin]
            citations:
              - source: a-2008
                inferred: true

        """),
      expected: [], article: SentenceFixture.article),
    LintRuleCase(
      rule: "appeal-without-citation", name: "an inferred citation answers the appeal",
      yaml: SentenceFixture.claim(
        "Research suggests that beta-endorphin eases pain", strength: "uncertain",
        "    citations:\n      - source: a-2008\n        inferred: true\n"),
      expected: [], article: SentenceFixture.article),
    // citation-across-sentences
    LintRuleCase(
      rule: "citation-across-sentences", name: "the next sentence reports another finding",
      yaml: SentenceFixture.claim("Beta-endorphin lifts mood", SentenceFixture.citesA),
      expected: [
        "g.yaml:29:5: warning: claim 'c' cites 'a-2008' by a passage of another sentence (line 11, column 28), and neither sentence points back to the other (no word such as \"this\", \"these\", \"such\", \"the study\"); quote the words of its own sentence that invoke the source, or mark the citation `inferred: true` [citation-across-sentences]"
      ], article: SentenceFixture.article),
    LintRuleCase(
      rule: "citation-across-sentences", name: "the next sentence points back ('found this')",
      yaml: SentenceFixture.claim(
        "Beta-endorphin dulls pain",
        SentenceFixture.citesA.replacing(
          "A later PET study by Author A found lower pain",
          with: "A PET study by Author A found this")
      ), expected: [], article: SentenceFixture.article),
    LintRuleCase(
      rule: "citation-across-sentences", name: "a contradicting passage in the next sentence",
      yaml: SentenceFixture.claim(
        "Beta-endorphin lifts mood",
        SentenceFixture.citesA.replacing(
          "methods: [pet]", with: "methods: [pet]\n        stance: contradicts")),
      expected: [], article: SentenceFixture.article),
    LintRuleCase(
      rule: "citation-across-sentences", name: "a citation in the claim's own sentence",
      yaml: SentenceFixture.claim("lower pain", SentenceFixture.citesA), expected: [],
      article: SentenceFixture.article),
    // untyped-appeal
    LintRuleCase(
      rule: "untyped-appeal", name: "'research suggests' typed primary research",
      yaml: SentenceFixture.graph(
        """
          - id: c
            statement: Beta-endorphin eases pain.
            strength: uncertain
            section: s
            quote: "Research suggests that beta-endorphin eases pain"
            about: [beta-endorphin]
        \(SentenceFixture.citesU)
        """,
        sources: SentenceFixture.unlisted(
          type: "primary_research", mentionedAs: "research said to suggest it")),
      expected: [
        "g.yaml:29:11: warning: unlisted source 'u' is typed 'primary_research', but the words that mention it name no kind of publication (no \"study\", \"trial\", \"meta-analysis\", \"review\", \"guidelines\" …); write `type: other`, or quote the words that name its type [untyped-appeal]"
      ], article: SentenceFixture.article),
    LintRuleCase(
      rule: "untyped-appeal", name: "typed other",
      yaml: SentenceFixture.graph(
        """
          - id: c
            statement: Beta-endorphin eases pain.
            strength: uncertain
            section: s
            quote: "Research suggests that beta-endorphin eases pain"
            about: [beta-endorphin]
        \(SentenceFixture.citesU)
        """,
        sources: SentenceFixture.unlisted(type: "other", mentionedAs: "research said to suggest it")
      ),
      expected: [], article: SentenceFixture.article),
    LintRuleCase(
      rule: "untyped-appeal", name: "the text names a study",
      yaml: SentenceFixture.graph(
        """
          - id: c
            statement: Beta-endorphin eases pain.
            strength: uncertain
            section: s
            quote: "Research suggests that beta-endorphin eases pain"
            about: [beta-endorphin]
        \(SentenceFixture.citesU)
        """,
        sources: SentenceFixture.unlisted(
          type: "primary_research", mentionedAs: "a study said to suggest it")),
      expected: [], article: SentenceFixture.article),
    // method-alias-not-named
    LintRuleCase(
      rule: "method-alias-not-named", name: "aliases that name no method",
      yaml: SentenceFixture.claim("Beta-endorphin analgesia is blocked by naloxone").replacing(
        "aliases: [naloxone]",
        with:
          "aliases: [naloxone, blocking opioid receptors, Beta-endorphin analgesia is blocked by naloxone]"
      ).replacing(
        "molecules:",
        with:
          "  - id: peptide-isolation\n    name: Peptide isolation\n    aliases: [isolation of beta-endorphin, peptide isolation work]\nmolecules:"
      ),
      expected: [
        "g.yaml:14:5: note: method 'naloxone-blockade' has the alias \"Beta-endorphin analgesia is blocked by naloxone\", which may not name it: it is a claim's quote; keep it only if the text uses it as a name for the method [method-alias-not-named]",
        "g.yaml:14:5: note: method 'naloxone-blockade' has the alias \"blocking opioid receptors\", which may not name it: it holds no word of the name 'Naloxone blockade'; keep it only if the text uses it as a name for the method [method-alias-not-named]",
        "g.yaml:17:5: note: method 'peptide-isolation' has the alias \"isolation of beta-endorphin\", which may not name it: it holds the name of 'Beta-endorphin', which is no method; keep it only if the text uses it as a name for the method [method-alias-not-named]",
      ], article: SentenceFixture.article),
  ]

  /// The rules these cases trigger, for `everyGraphRuleHasATriggeringFixture`.
  static let triggers = cases.filter { !$0.expected.isEmpty }

  @Test(arguments: cases)
  func readsTheSentence(_ fixture: LintRuleCase) throws {
    let findings = try LintFixture.findings(
      fixture.yaml, article: fixture.article ?? "", configuration: fixture.configuration)
    #expect(findings.filter { $0.rule == fixture.rule }.map(\.description) == fixture.expected)
  }

  @Test func thePetAcronymAndNameWordsAreNames() throws {
    // "PET" is the initials of the name; "naloxone" is a word of it.
    let findings = try LintFixture.findings(
      SentenceFixture.claim("Beta-endorphin may bind receptors"), article: SentenceFixture.article)
    #expect(findings.filter { $0.rule == "method-alias-not-named" }.map(\.description) == [])
  }

  @Test func cuesAreAddedFromTheConfigurationFile() {
    let yaml = "cues:\n  hedges: [\"more complex\"]\n  appeals: [\"surveys show\"]\n"
    let (configuration, diagnostics) = LintConfigurationFile.parse(
      Array(yaml.utf8), file: ".claimgraph.yml", directory: "")
    #expect(diagnostics.map(\.description) == [])
    #expect(configuration.cues == ["hedges": ["more complex"], "appeals": ["surveys show"]])
    let unknown = LintConfigurationFile.parse(
      Array("cues:\n  hedgez: [x]\n".utf8), file: ".claimgraph.yml", directory: "")
    #expect(unknown.diagnostics.count == 1)
    #expect(Cues.standard.adding(configuration.cues).phrases(.hedges).last == "more complex")
  }

  /// In a copy of `Graph/`: a hedged uncertain claim turned established, and an appeal
  /// to research whose citation is deleted, are each reported at the claim.
  @Test func theArticleGraphCheckedByItsSentences() throws {
    let folder = try TemporaryDirectory("sentence-rules")
    defer { folder.remove() }
    let copy = folder.path + "/Graph"
    try FileManager.default.copyItem(atPath: Fixture.articleGraph, toPath: copy)
    func edit(_ file: String, _ change: (String) -> String) throws {
      let path = copy + "/claims/" + file
      let text = try String(contentsOfFile: path, encoding: .utf8)
      let changed = change(text)
      #expect(changed != text)
      try changed.write(toFile: path, atomically: true, encoding: .utf8)
    }
    func lint() -> [String] {
      Linter().lint(GraphLoader().load(directory: copy), currentYear: 2026).findings
        .filter { ["strength-vs-wording", "appeal-without-citation"].contains($0.rule) }
        .map { "\($0.node?.rawValue ?? ""): \($0.message) [\($0.rule)]" }
    }
    #expect(lint() == [])
    try edit("08-state-of-science.yaml") {
      $0.replacing(
        "biased agonists) that switch\n      on analgesic and mood-enhancing pathways without bringing respiratory\n      depression or a risk of addiction.\n    strength: uncertain",
        with:
          "biased agonists) that switch\n      on analgesic and mood-enhancing pathways without bringing respiratory\n      depression or a risk of addiction.\n    strength: established"
      )
    }
    try edit("03-mental-health.yaml") {
      $0.replacing(
        "    citations:\n      - source: depression-opioid-research\n        stance: supports\n        methods: []\n        quote: \"Research consistently links\"\n",
        with: "")
    }
    #expect(
      lint() == [
        "altered-opioid-function-linked-to-depression: claim 'altered-opioid-function-linked-to-depression' cites nothing, but its quote appeals to evidence (\"research consistently\"); cite the source it invokes (an unlisted one if the reference list lacks it), or an inferred one [appeal-without-citation]",
        "biased-agonists-may-separate-benefit-from-harm: established claim 'biased-agonists-may-separate-benefit-from-harm' is hedged by its own words (\"emerging\"); mark it uncertain, or quote the words that state it firmly [strength-vs-wording]",
      ])
  }

  @Test func cueReadings() {
    let cues = Cues.standard
    #expect(cues.found(.hedges, in: "It may help.", own: true) == ["may"])
    #expect(cues.found(.hedges, in: "In May 2019 it helped.", own: true) == [])
    #expect(cues.found(.hedges, in: "on 5 May it helped", own: true) == [])
    #expect(cues.found(.hedges, in: "It is not likely.", own: true) == [])
    #expect(cues.found(.hedges, in: "It isn't likely.", own: true) == [])
    #expect(cues.found(.hedges, in: "It is not likely.") == ["likely"])
    #expect(cues.found(.hedges, in: "the saying \"it might\" is false", own: true) == [])
    #expect(cues.found(.hedges, in: "Data suggested it, not likely.", own: true) == ["suggest*"])
    #expect(
      cues.found(.assertions, in: "It is well-established.") == ["well established", "established"])
  }
}
