import ClaimGraph
import ClaimGraphFormatsTestSupport
import Testing

/// One fixture for one rule, and the exact findings of that rule it must produce.
struct LintRuleCase: CustomTestStringConvertible, Sendable {
  let rule: String
  let name: String
  let yaml: String
  let expected: [String]
  var configuration = LintConfiguration()
  /// The article's text, for the rules that check quotes against it.
  var article: String?

  var testDescription: String { "\(rule): \(name)" }
}

@Suite struct LintRuleTests {
  static let citations = LintFixture.citations
  static let onlyA = LintFixture.onlyA

  static let triggers: [LintRuleCase] = [
    LintRuleCase(
      rule: "uncited-claim", name: "no citations",
      yaml: LintFixture.clean(replacing: citations, with: ""),
      expected: [
        "g.yaml:28:5: error: claim 'c' has no citation that supports it (it cites nothing) [uncited-claim]"
      ]),
    LintRuleCase(
      rule: "uncited-claim", name: "only mentions",
      yaml: LintFixture.clean(
        replacing: "methods: [pet]\n      - source: b-2010", with: "stance: mentions"),
      expected: [
        "g.yaml:28:5: error: claim 'c' has no citation that supports it (none of its citations supports it) [uncited-claim]"
      ]),
    LintRuleCase(
      rule: "unknown-source", name: "typo",
      yaml: LintFixture.clean(replacing: "- source: b-2010", with: "- source: b-2011"),
      expected: [
        "g.yaml:36:17: error: 'c' refers to source 'b-2011', which does not exist; did you mean 'b-2010'? [unknown-source]"
      ]),
    LintRuleCase(
      rule: "unknown-entity", name: "typo in about",
      yaml: LintFixture.clean(
        replacing: "about: [beta-endorphin]", with: "about: [beta-endorphine]"),
      expected: [
        "g.yaml:32:13: error: 'c' refers to entity 'beta-endorphine', which does not exist; did you mean 'beta-endorphin'? [unknown-entity]"
      ]),
    LintRuleCase(
      rule: "unknown-section", name: "undeclared",
      yaml: LintFixture.clean(replacing: "section: s", with: "section: t"),
      expected: [
        "g.yaml:31:14: error: 'c' refers to section 't', which does not exist; did you mean 's'? [unknown-section]"
      ]),
    LintRuleCase(
      rule: "unlisted-source", name: "both sources unlisted",
      yaml: LintFixture.clean(
        replacing: "    methods: [pet]\n  - id: b-2010",
        with: "    methods: [pet]\n    listed: false\n    mentioned_as: a study\n  - id: b-2010"
      )
      .replacing(
        "    methods: [pet, animal-model]\n",
        with:
          "    methods: [pet, animal-model]\n    listed: false\n    mentioned_as: another study\n"),
      expected: [
        "g.yaml:38:17: warning: claim 'c' rests only on sources the reference list lacks: 'a-2008', 'b-2010' [unlisted-source]"
      ]),
    LintRuleCase(
      rule: "unused-source", name: "uncited source",
      yaml: LintFixture.clean(
        replacing: "claims:\n",
        with:
          "  - id: z-2020\n    type: book\n    title: Z\n    authors: [Z]\n    year: 2020\nclaims:\n"
      ),
      expected: ["g.yaml:27:5: warning: source 'z-2020' is not cited by any claim [unused-source]"]),
    LintRuleCase(
      rule: "orphan-entity", name: "unreferenced molecule",
      yaml: LintFixture.clean(
        replacing: "sources:\n", with: "  - id: dynorphin\n    name: Dynorphin\nsources:\n"),
      expected: [
        "g.yaml:12:5: warning: molecule 'dynorphin' is not referred to by any claim or source [orphan-entity]"
      ]),
    LintRuleCase(
      rule: "source-metadata", name: "listed source missing authors and year",
      yaml: LintFixture.clean(replacing: "    authors: [Author A]\n    year: 2008\n", with: ""),
      expected: [
        "g.yaml:13:5: warning: source 'a-2008' has no year [source-metadata]",
        "g.yaml:13:5: warning: source 'a-2008' names no authors [source-metadata]",
      ]),
    LintRuleCase(
      rule: "source-metadata", name: "malformed identifiers and a future year",
      yaml: LintFixture.clean(replacing: "doi: 10.1000/a", with: "doi: 10.10/a b")
        .replacing("pmid: \"12345\"", with: "pmid: PMC123")
        .replacing("year: 2010", with: "year: 2031"),
      expected: [
        "g.yaml:18:10: error: source 'a-2008' has a malformed DOI '10.10/a b': expected '10.' + registrant code + '/' + suffix [source-metadata]",
        "g.yaml:24:11: error: source 'b-2010' has a year in the future (2031 > 2026) [source-metadata]",
        "g.yaml:25:11: error: source 'b-2010' has a malformed PMID 'PMC123': a PMID is 1 to 8 digits [source-metadata]",
      ]),
    LintRuleCase(
      rule: "source-metadata", name: "DOI with a resolver prefix",
      yaml: LintFixture.clean(replacing: "doi: 10.1000/a", with: "doi: https://doi.org/10.1000/a"),
      expected: [
        "g.yaml:18:10: error: source 'a-2008' has a DOI with a resolver prefix 'https://doi.org/10.1000/a'; write it bare: '10.1000/a' [source-metadata]"
      ]),
    LintRuleCase(
      rule: "source-metadata", name: "unlisted source without mentioned_as",
      yaml: LintFixture.clean(replacing: "    pmid: \"12345\"\n", with: "    listed: false\n"),
      expected: [
        "g.yaml:20:5: warning: source 'b-2010' is unlisted but does not say how the article mentions it (add 'mentioned_as') [source-metadata]"
      ]),
    LintRuleCase(
      rule: "unknown-claim", name: "same_as names no claim",
      yaml: LintFixture.clean(
        replacing: "    about: [beta-endorphin]\n",
        with: "    about: [beta-endorphin]\n    same_as: c-other\n"),
      expected: [
        "g.yaml:33:14: error: 'c' refers to claim 'c-other', which does not exist [unknown-claim]"
      ]),
    LintRuleCase(
      rule: "duplicate-source", name: "same DOI, ignoring case",
      yaml: LintFixture.clean(replacing: "    pmid: \"12345\"\n", with: "    doi: 10.1000/A\n"),
      expected: [
        "g.yaml:25:10: warning: source 'b-2010' has the same DOI as 'a-2008' (at g.yaml:13:5) (10.1000/a); merge them [duplicate-source]"
      ]),
    LintRuleCase(
      rule: "duplicate-source", name: "same title and year",
      yaml: LintFixture.clean(replacing: "title: Study B", with: "title: \"study  a.\"")
        .replacing("year: 2010", with: "year: 2008"),
      expected: [
        "g.yaml:22:12: warning: source 'b-2010' has the same title and year 2008 as 'a-2008' (at g.yaml:13:5); merge them [duplicate-source]"
      ]),
    LintRuleCase(
      rule: "duplicate-source", name: "same first author, year and opening words of the title",
      yaml: LintFixture.clean(
        replacing: "title: Study A\n    authors: [Author A]",
        with: "title: \"Opioid release in runners: a PET study\"\n    authors: [Author B]"
      ).replacing(
        "title: Study B", with: "title: \"Opioid Release in Runners, a PET Study of Euphoria\""
      ).replacing("year: 2010", with: "year: 2008"),
      expected: [
        "g.yaml:22:12: warning: source 'b-2010' has the first author, year and opening words of its title of 'a-2008' (at g.yaml:13:5); if they are one study, merge them [duplicate-source]"
      ]),
    LintRuleCase(
      rule: "duplicate-source", name: "near titles of different years are two studies",
      yaml: LintFixture.clean(
        replacing: "title: Study A\n    authors: [Author A]",
        with: "title: \"Opioid release in runners: a PET study\"\n    authors: [Author B]"
      ).replacing(
        "title: Study B", with: "title: \"Opioid Release in Runners, a PET Study of Euphoria\""
      ),
      expected: []),
    LintRuleCase(
      rule: "established-on-weak-evidence", name: "a single source",
      yaml: LintFixture.clean(replacing: citations, with: onlyA),
      expected: [
        "g.yaml:30:15: warning: established claim 'c' rests on a single source ('a-2008'), fewer than the 2 expected; cite more evidence or mark it uncertain [established-on-weak-evidence]"
      ]),
    LintRuleCase(
      rule: "established-on-weak-evidence", name: "only animal studies, min-sources 1",
      yaml: LintFixture.clean(
        replacing: "methods: [pet]\n      - source: b-2010",
        with: "methods: [animal-model]\n      - source: b-2010"),
      expected: [
        "g.yaml:30:15: warning: established claim 'c' rests on only animal studies ('a-2008', 'b-2010'); cite more evidence or mark it uncertain [established-on-weak-evidence]"
      ], configuration: LintConfiguration(options: ["established-on-weak-evidence.min-sources": 1])),
    LintRuleCase(
      rule: "established-on-weak-evidence", name: "only clinical guidelines",
      yaml: LintFixture.clean(
        replacing: "type: primary_research", with: "type: clinical_guideline"),
      expected: [
        "g.yaml:30:15: warning: established claim 'c' rests on only clinical guidelines ('a-2008', 'b-2010'); cite more evidence or mark it uncertain [established-on-weak-evidence]"
      ]),
    LintRuleCase(
      rule: "contradicted-established", name: "contradicting citation",
      yaml: LintFixture.clean(
        replacing: "      - source: b-2010\n",
        with: "      - source: b-2010\n        stance: contradicts\n"),
      expected: [
        "g.yaml:37:17: warning: established claim 'c' cites 'b-2010', which contradicts it; mark the claim uncertain or correct the stance [contradicted-established]"
      ]),
    LintRuleCase(
      rule: "method-not-in-source", name: "method the source lacks",
      yaml: LintFixture.clean(
        replacing: "methods: [pet]\n      - source: b-2010",
        with: "methods: [pet, animal-model]\n      - source: b-2010"),
      expected: [
        "g.yaml:35:24: note: claim 'c' cites 'a-2008' for method 'animal-model', which the source does not list (it lists pet) [method-not-in-source]"
      ]),
  ]

  static let anchorTriggers: [LintRuleCase] = [
    LintRuleCase(
      rule: "quote-not-found", name: "a rewritten passage",
      yaml: LintFixture.anchored(
        replacing: "\"Beta-endorphin binds receptors\"",
        with: "\"Beta-endorphin binds all receptors\""),
      expected: [
        "g.yaml:40:12: error: the quote \"Beta-endorphin binds all receptors\" of claim 'c' is not in the article (a.txt); the nearest passage, at a.txt:3:1, is \"Beta-endorphin binds receptors\"; the words that differ: Beta-endorphin binds [-all-] receptors [quote-not-found]"
      ], article: LintFixture.article),
    LintRuleCase(
      rule: "quote-ambiguous", name: "a fragment that occurs twice",
      yaml: LintFixture.anchored(
        replacing: "quote: \"work by Author B\"", with: "quote: \"Author\""),
      expected: [
        "g.yaml:48:16: warning: the quote \"Author\" of the citation of 'b-2010' in claim 'c' occurs 4 times in a.txt (at 3:50, 3:74, 6:1, 7:1); add a prefix or suffix, or quote more words [quote-ambiguous]"
      ], article: LintFixture.article),
    LintRuleCase(
      rule: "unanchored-claim", name: "no quote",
      yaml: LintFixture.anchored(
        replacing: "    quote: \"Beta-endorphin binds receptors\"\n", with: ""),
      expected: [
        "g.yaml:36:5: warning: claim 'c' quotes no passage of a.txt; add `quote:` with the words that state it [unanchored-claim]"
      ], article: LintFixture.article),
    LintRuleCase(
      rule: "unanchored-citation", name: "a citation without its passage",
      yaml: LintFixture.anchored(
        replacing: "        quote: \"a PET study by Author A\"\n", with: ""),
      expected: [
        "g.yaml:43:9: warning: claim 'c' cites 'a-2008', but neither a quote of the citation nor the claim's own quote shows the article invoking it; add `quote:` with the passage that does, or mark the citation `inferred: true` [unanchored-citation]"
      ], article: LintFixture.article),
    LintRuleCase(
      rule: "method-not-in-text", name: "the source's methods, named nowhere",
      yaml: LintFixture.anchored(replacing: "        methods: []\n", with: ""),
      expected: [
        "g.yaml:46:9: warning: claim 'c' cites 'b-2010' for method 'animal-model' (the source's), but neither the citation's quote, the claim's quote nor the source's title names it; quote the passage that does, add the wording as an alias of 'animal-model', or write `methods: []` [method-not-in-text]",
        "g.yaml:46:9: warning: claim 'c' cites 'b-2010' for method 'pet' (the source's), but neither the citation's quote, the claim's quote nor the source's title names it; quote the passage that does, add the wording as an alias of 'pet', or write `methods: []` [method-not-in-text]",
      ], article: LintFixture.article),
    LintRuleCase(
      rule: "uncovered-sentence", name: "a sentence no claim quotes, an error by default",
      yaml: LintFixture.anchored(
        replacing:
          "unclaimed:\n  - quote: \"Nothing else is claimed here.\"\n    reason: A closing remark.\n",
        with: ""),
      expected: [
        "a.txt:4:1: error: no claim anchors the sentence \"Nothing else is claimed here.\" (section 's') [uncovered-sentence]"
      ],
      article: LintFixture.article),
    LintRuleCase(
      rule: "listed-source-not-in-references", name: "a listed source quoting no entry",
      yaml: LintFixture.anchored(
        replacing: "    quote: \"Author B (2010). Study B.\"\n", with: ""),
      expected: [
        "g.yaml:27:5: error: source 'b-2010' is marked listed (`listed:` defaults to true), but quotes no entry of the reference list of article 'a' (a.txt), so it counts as unlisted; add `quote:` with its entry as the reference list gives it, or, if the list lacks it, mark it `listed: false` with `mentioned_as:` [listed-source-not-in-references]"
      ],
      article: LintFixture.article),
    LintRuleCase(
      rule: "citation-quote-does-not-invoke", name: "a citation quoting words that name no study",
      yaml: LintFixture.anchored(
        replacing: "quote: \"work by Author B\"", with: "quote: \"receptors in a PET\""),
      expected: [
        "g.yaml:48:16: warning: the quote \"receptors in a PET\" of the citation of 'b-2010' in claim 'c' does not invoke the source: it holds none of an author's name (Author), its year (2010), its title's words, an appeal to research (\"a study\", \"researchers\", \"evidence\" …); quote the words where the article invokes 'b-2010' for this claim, or mark the citation `inferred: true` [citation-quote-does-not-invoke]"
      ],
      article: LintFixture.article),
    LintRuleCase(
      rule: "section-mismatch", name: "a claim quoting a passage of another section",
      yaml: LintFixture.anchored(
        replacing: "\"Beta-endorphin binds receptors\"", with: "\"Nothing else is claimed here\""
      ).replacing(
        "sections:\n  - id: s\n    title: S\n",
        with: "sections:\n  - id: s\n    title: S\n  - id: t\n    title: T\n"),
      expected: [
        "g.yaml:41:14: warning: claim 'c' is filed under section 's', but its quotes lie in section 't' (T), at a.txt:5:1; set `section: t` or quote the passage of 's' [section-mismatch]"
      ],
      article:
        "A\nS\nBeta-endorphin binds receptors in a PET study by Author A and in work by Author B.\nT\nNothing else is claimed here.\n"
    ),
    LintRuleCase(
      rule: "section-title-not-in-text", name: "a section title the text has no heading for",
      yaml: LintFixture.anchored(
        replacing: "sections:\n  - id: s\n    title: S\n",
        with: "sections:\n  - id: s\n    title: Results\n"),
      expected: [
        "g.yaml:39:14: error: section 's' has the title \"Results\", which is no heading of the article (a.txt); copy the heading as the text gives it [section-title-not-in-text]"
      ],
      article: LintFixture.article),
  ]

  @Test(arguments: triggers + anchorTriggers)
  func triggersItsRule(_ fixture: LintRuleCase) throws {
    let findings =
      try fixture.article.map {
        try LintFixture.findings(fixture.yaml, article: $0, configuration: fixture.configuration)
      } ?? LintFixture.lint(fixture.yaml, configuration: fixture.configuration).findings
    #expect(findings.filter { $0.rule == fixture.rule }.map(\.description) == fixture.expected)
  }

  @Test func everyGraphRuleHasATriggeringFixture() {
    // The disagreement rules compare articles: they are triggered by the library of
    // `LibraryTests`, each on its planted cases.
    let covered = Set(
      (Self.triggers + Self.anchorTriggers + SentenceRuleTests.triggers).map(\.rule)
    ).union(
      ["strength-disagreement", "stance-disagreement"])
    let graphRules = RuleRegistry.standard.graphRules.map(\.id)
    #expect(graphRules.filter { !covered.contains($0) } == [])
  }

  @Test func theCleanFixtureHasNoFindings() throws {
    #expect(LintFixture.lint(LintFixture.clean).findings.map(\.description) == [])
    let anchored = try LintFixture.findings(LintFixture.anchored, article: LintFixture.article)
    #expect(anchored.map(\.description) == [])
  }

  static let nearMisses: [LintRuleCase] = [
    LintRuleCase(
      rule: "uncited-claim", name: "a refuted claim backed by contradicting evidence",
      yaml: LintFixture.clean(replacing: "strength: established", with: "strength: refuted")
        .replacing("methods: [pet]\n      - source: b-2010", with: "stance: contradicts"),
      expected: []),
    LintRuleCase(
      rule: "unlisted-source", name: "one listed source among the backing",
      yaml: LintFixture.clean(
        replacing: "    pmid: \"12345\"\n", with: "    listed: false\n    mentioned_as: a study\n"),
      expected: []),
    LintRuleCase(
      rule: "source-metadata", name: "unlisted source without authors or year",
      yaml: LintFixture.clean(
        replacing: "    authors: [Author B]\n    year: 2010\n",
        with: "    listed: false\n    mentioned_as: research by B and colleagues\n"),
      expected: []),
    LintRuleCase(
      rule: "source-metadata", name: "this year is not the future",
      yaml: LintFixture.clean(replacing: "year: 2010", with: "year: 2026"), expected: []),
    LintRuleCase(
      rule: "duplicate-source", name: "same title, another year",
      yaml: LintFixture.clean(replacing: "title: Study B", with: "title: Study A"), expected: []),
    LintRuleCase(
      rule: "established-on-weak-evidence", name: "a single meta-analysis",
      yaml: LintFixture.clean(replacing: citations, with: onlyA)
        .replacing(
          "type: primary_research\n    title: Study A",
          with: "type: meta_analysis\n    title: Study A"),
      expected: []),
    LintRuleCase(
      rule: "established-on-weak-evidence", name: "animal evidence for a claim about mice",
      yaml: LintFixture.clean(
        replacing: "Beta-endorphin binds receptors.",
        with: "In mice, beta-endorphin binds receptors."
      )
      .replacing(
        "methods: [pet]\n      - source: b-2010",
        with: "methods: [animal-model]\n      - source: b-2010"),
      expected: []),
    LintRuleCase(
      rule: "established-on-weak-evidence", name: "a single source for an uncertain claim",
      yaml: LintFixture.clean(replacing: citations, with: onlyA)
        .replacing("strength: established", with: "strength: uncertain"),
      expected: []),
    LintRuleCase(
      rule: "established-on-weak-evidence", name: "a single source with min-sources 1",
      yaml: LintFixture.clean(replacing: citations, with: onlyA), expected: [],
      configuration: LintConfiguration(options: ["established-on-weak-evidence.min-sources": 1])),
    LintRuleCase(
      rule: "contradicted-established", name: "an uncertain claim with mixed evidence",
      yaml: LintFixture.clean(
        replacing: "      - source: b-2010\n",
        with: "      - source: b-2010\n        stance: contradicts\n"
      )
      .replacing("strength: established", with: "strength: uncertain"),
      expected: []),
    LintRuleCase(
      rule: "method-not-in-source", name: "a source listing no methods",
      yaml: LintFixture.clean(
        replacing: "    methods: [pet]\n  - id: b-2010", with: "  - id: b-2010"),
      expected: []),
  ]

  @Test(arguments: nearMisses)
  func nearMissDoesNotTrigger(_ fixture: LintRuleCase) {
    let report = LintFixture.lint(fixture.yaml, configuration: fixture.configuration)
    #expect(report.findings.filter { $0.rule == fixture.rule }.map(\.description) == [])
    #expect(report.findings.filter { $0.severity == .error }.map(\.description) == [])
  }

  @Test func doiAndPMIDShapes() {
    #expect(SourceMetadataRule.doiProblem("10.1093/cercor/bhn013") == nil)
    #expect(SourceMetadataRule.doiProblem("10.1523/JNEUROSCI.0688-16.2017") == nil)
    #expect(SourceMetadataRule.doiProblem("10.123/x") != nil)
    #expect(SourceMetadataRule.doiProblem("11.1000/x") != nil)
    #expect(SourceMetadataRule.doiProblem("10.1000/") != nil)
    #expect(SourceMetadataRule.isPMID("18296428"))
    #expect(!SourceMetadataRule.isPMID("012345"))
    #expect(!SourceMetadataRule.isPMID("123456789"))
  }
}
