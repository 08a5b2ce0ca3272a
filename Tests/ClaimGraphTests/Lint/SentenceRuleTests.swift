import ClaimGraph
import ClaimGraphYAML
import Foundation
import Testing

/// The rules that read a claim's sentence (issue 23): for each, sentences where it must
/// fire and look-alikes where it must not.
@Suite struct SentenceRuleTests {
  /// The article every case quotes (`a.txt`).
  static let article = """
    A
    S
    Beta-endorphin may bind receptors in the gut.
    In May 2019 beta-endorphin was measured in runners.
    Beta-endorphin is not likely to cross the barrier.
    Some think the effect may be small, but beta-endorphin binds receptors.
    Beta-endorphin release has been consistently confirmed in runners.
    Beta-endorphin is more complex than the popular story suggests.
    Research suggests that beta-endorphin eases pain.
    Beta-endorphin dulls pain. A PET study by Author A found this.
    Beta-endorphin lifts mood. A later PET study by Author A found lower pain.
    Beta-endorphin analgesia is blocked by naloxone.
    Beta-endorphin is released by laughter, as has been observed.
    Critics call the slogan "endorphins might cure everything" false.
    Myths
    Beta-endorphin makes you high.
    It is a myth that "beta-endorphin is addictive".

    """

  /// A graph of the article with these claims (and extra sources).
  static func graph(_ claims: String, sources: String = "", methods: String = "") -> String {
    """
    article:
      id: a
      title: A
      text: a.txt
    sections:
      - id: s
        title: S
      - id: myths
        title: Myths
    methods:
      - id: pet
        name: Positron emission tomography
        aliases: [PET]
      - id: naloxone-blockade
        name: Naloxone blockade
        aliases: [naloxone]
    \(methods)molecules:
      - id: beta-endorphin
        name: Beta-endorphin
    sources:
      - id: a-2008
        type: primary_research
        title: Study A
        authors: [Author A]
        year: 2008
        doi: 10.1000/a
        methods: [pet]
    \(sources)claims:
    \(claims)
    """
  }

  /// One claim in section `s` quoting `quote`, with extra lines (citations …).
  static func claim(
    _ quote: String, strength: String = "established", section: String = "s", _ extra: String = ""
  ) -> String {
    graph(
      """
        - id: c
          statement: Beta-endorphin does something.
          strength: \(strength)
          section: \(section)
          quote: '\(quote)'
          about: [beta-endorphin]
      \(extra)
      """)
  }

  static let citesA = """
        citations:
          - source: a-2008
            methods: [pet]
            quote: "A later PET study by Author A found lower pain"
    """

  static func unlisted(type: String, mentionedAs: String) -> String {
    """
      - id: u
        type: \(type)
        title: Some research
        listed: false
        mentioned_as: "\(mentionedAs)"

    """
  }

  static let citesU = """
        citations:
          - source: u
            methods: []
            quote: "Research suggests"
    """

  static let cases: [LintRuleCase] = [
    // strength-vs-wording
    LintRuleCase(
      rule: "strength-vs-wording", name: "an established claim that says 'may'",
      yaml: claim("Beta-endorphin may bind receptors"),
      expected: [
        "g.yaml:29:5: warning: established claim 'c' is hedged by its own words (\"may\"); mark it uncertain, or quote the words that state it firmly [strength-vs-wording]"
      ], article: article),
    LintRuleCase(
      rule: "strength-vs-wording", name: "an uncertain claim that asserts, with no hedge",
      yaml: claim("Beta-endorphin release has been consistently confirmed", strength: "uncertain"),
      expected: [
        "g.yaml:29:5: warning: uncertain claim 'c' is asserted by its own words (\"consistently\", \"confirm*\") and nothing in its sentence hedges; mark it established, or quote the words that qualify it [strength-vs-wording]"
      ], article: article),
    LintRuleCase(
      rule: "strength-vs-wording", name: "a refuted claim its sentence does not reject",
      yaml: claim("beta-endorphin binds receptors", strength: "refuted"),
      expected: [
        "g.yaml:29:5: warning: refuted claim 'c' is not rejected by its sentence or its section's title (no word such as \"myth\", \"misconception\", \"not\", \"no evidence\"); mark the strength the text gives it, or quote the words that reject it [strength-vs-wording]"
      ], article: article),
    LintRuleCase(
      rule: "strength-vs-wording", name: "'May' as a month",
      yaml: claim("In May 2019 beta-endorphin was measured"), expected: [], article: article),
    LintRuleCase(
      rule: "strength-vs-wording", name: "a negated hedge ('not likely')",
      yaml: claim("Beta-endorphin is not likely to cross the barrier"), expected: [],
      article: article),
    LintRuleCase(
      rule: "strength-vs-wording", name: "a hedge in the neighbouring clause",
      yaml: claim("beta-endorphin binds receptors"), expected: [], article: article),
    LintRuleCase(
      rule: "strength-vs-wording", name: "a hedge in a comparison ('than … suggests')",
      yaml: claim("Beta-endorphin is more complex than the popular story suggests"),
      expected: [], article: article),
    LintRuleCase(
      rule: "strength-vs-wording", name: "a hedge inside a quoted slogan",
      yaml: claim("Critics call the slogan \"endorphins might cure everything\" false"),
      expected: [], article: article),
    LintRuleCase(
      rule: "strength-vs-wording", name: "an uncertain claim whose sentence hedges elsewhere",
      yaml: claim("beta-endorphin binds receptors", strength: "uncertain"), expected: [],
      article: article),
    LintRuleCase(
      rule: "strength-vs-wording", name: "a myth under a section titled Myths",
      yaml: claim("Beta-endorphin makes you high.", strength: "refuted", section: "myths"),
      expected: [], article: article),
    LintRuleCase(
      rule: "strength-vs-wording", name: "a quoted myth its sentence calls a myth",
      yaml: claim("beta-endorphin is addictive", strength: "refuted", section: "myths"),
      expected: [], article: article),
    LintRuleCase(
      rule: "strength-vs-wording", name: "a hedge added in .claimgraph.yml",
      yaml: claim("Beta-endorphin is more complex"),
      expected: [
        "g.yaml:29:5: warning: established claim 'c' is hedged by its own words (\"more complex\"); mark it uncertain, or quote the words that state it firmly [strength-vs-wording]"
      ], configuration: LintConfiguration(cues: ["hedges": ["more complex"]]), article: article),
    // method-named-not-evidenced
    LintRuleCase(
      rule: "method-named-not-evidenced", name: "naloxone named, no evidence carries it",
      yaml: claim("analgesia is blocked by naloxone"),
      expected: [
        "g.yaml:29:5: warning: claim 'c' names method 'naloxone-blockade' (\"naloxone\") in its quote, but none of its citations carries it; add it to the citation that reports it (or as `evidence:` when the sentence names no study), or make the alias more precise [method-named-not-evidenced]"
      ], article: article),
    LintRuleCase(
      rule: "method-named-not-evidenced", name: "the claim's own stated evidence carries it",
      yaml: claim(
        "analgesia is blocked by naloxone",
        "    evidence:\n      - method: naloxone-blockade\n        quote: \"blocked by naloxone\"\n"
      ),
      expected: [], article: article),
    LintRuleCase(
      rule: "method-named-not-evidenced", name: "the method is what the claim is about",
      yaml: claim("analgesia is blocked by naloxone")
        .replacing("about: [beta-endorphin]", with: "about: [beta-endorphin, naloxone-blockade]"),
      expected: [], article: article),
    LintRuleCase(
      rule: "method-named-not-evidenced", name: "the citation carries the named method",
      yaml: claim("A later PET study by Author A found lower pain", citesA), expected: [],
      article: article),
    // appeal-without-citation
    LintRuleCase(
      rule: "appeal-without-citation", name: "'research suggests', nothing cited",
      yaml: claim("Research suggests that beta-endorphin eases pain", strength: "uncertain"),
      expected: [
        "g.yaml:29:5: warning: claim 'c' cites nothing, but its quote appeals to evidence (\"research suggest*\"); cite the source it invokes (an unlisted one if the reference list lacks it), or an inferred one [appeal-without-citation]"
      ], article: article),
    LintRuleCase(
      rule: "appeal-without-citation", name: "'has been observed', nothing cited",
      yaml: claim("Beta-endorphin is released by laughter, as has been observed"),
      expected: [
        "g.yaml:29:5: warning: claim 'c' cites nothing, but its quote appeals to evidence (\"observed\"); cite the source it invokes (an unlisted one if the reference list lacks it), or an inferred one [appeal-without-citation]"
      ], article: article),
    LintRuleCase(
      rule: "appeal-without-citation", name: "an appeal in the sentence that no quote covers",
      yaml: claim("beta-endorphin eases pain", strength: "uncertain"),
      expected: [
        "g.yaml:29:5: warning: claim 'c' cites nothing, but its sentence appeals to evidence (\"research suggest*\") in words no quote covers; cite the source it invokes (an unlisted one if the reference list lacks it), or an inferred one [appeal-without-citation]"
      ], article: article),
    LintRuleCase(
      rule: "appeal-without-citation", name: "the appeal is another claim's, which cites it",
      yaml: claim(
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
      expected: [], article: article),
    LintRuleCase(
      rule: "appeal-without-citation", name: "an inferred citation answers the appeal",
      yaml: claim(
        "Research suggests that beta-endorphin eases pain", strength: "uncertain",
        "    citations:\n      - source: a-2008\n        inferred: true\n"),
      expected: [], article: article),
    // citation-across-sentences
    LintRuleCase(
      rule: "citation-across-sentences", name: "the next sentence reports another finding",
      yaml: claim("Beta-endorphin lifts mood", citesA),
      expected: [
        "g.yaml:29:5: warning: claim 'c' cites 'a-2008' by a passage of another sentence (line 11, column 28), and neither sentence points back to the other (no word such as \"this\", \"these\", \"such\", \"the study\"); quote the words of its own sentence that invoke the source, or mark the citation `inferred: true` [citation-across-sentences]"
      ], article: article),
    LintRuleCase(
      rule: "citation-across-sentences", name: "the next sentence points back ('found this')",
      yaml: claim(
        "Beta-endorphin dulls pain",
        citesA.replacing(
          "A later PET study by Author A found lower pain",
          with: "A PET study by Author A found this")
      ), expected: [], article: article),
    LintRuleCase(
      rule: "citation-across-sentences", name: "a contradicting passage in the next sentence",
      yaml: claim(
        "Beta-endorphin lifts mood",
        citesA.replacing("methods: [pet]", with: "methods: [pet]\n        stance: contradicts")),
      expected: [], article: article),
    LintRuleCase(
      rule: "citation-across-sentences", name: "a citation in the claim's own sentence",
      yaml: claim("lower pain", citesA), expected: [], article: article),
    // untyped-appeal
    LintRuleCase(
      rule: "untyped-appeal", name: "'research suggests' typed primary research",
      yaml: graph(
        """
          - id: c
            statement: Beta-endorphin eases pain.
            strength: uncertain
            section: s
            quote: "Research suggests that beta-endorphin eases pain"
            about: [beta-endorphin]
        \(citesU)
        """,
        sources: unlisted(type: "primary_research", mentionedAs: "research said to suggest it")),
      expected: [
        "g.yaml:29:11: warning: unlisted source 'u' is typed 'primary_research', but the words that mention it name no kind of publication (no \"study\", \"trial\", \"meta-analysis\", \"review\", \"guidelines\" …); write `type: other`, or quote the words that name its type [untyped-appeal]"
      ], article: article),
    LintRuleCase(
      rule: "untyped-appeal", name: "typed other",
      yaml: graph(
        """
          - id: c
            statement: Beta-endorphin eases pain.
            strength: uncertain
            section: s
            quote: "Research suggests that beta-endorphin eases pain"
            about: [beta-endorphin]
        \(citesU)
        """, sources: unlisted(type: "other", mentionedAs: "research said to suggest it")),
      expected: [], article: article),
    LintRuleCase(
      rule: "untyped-appeal", name: "the text names a study",
      yaml: graph(
        """
          - id: c
            statement: Beta-endorphin eases pain.
            strength: uncertain
            section: s
            quote: "Research suggests that beta-endorphin eases pain"
            about: [beta-endorphin]
        \(citesU)
        """,
        sources: unlisted(type: "primary_research", mentionedAs: "a study said to suggest it")),
      expected: [], article: article),
    // method-alias-not-named
    LintRuleCase(
      rule: "method-alias-not-named", name: "aliases that name no method",
      yaml: claim("Beta-endorphin analgesia is blocked by naloxone").replacing(
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
      ], article: article),
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
      Self.claim("Beta-endorphin may bind receptors"), article: Self.article)
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
