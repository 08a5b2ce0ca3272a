import ClaimGraph
import ClaimGraphFormats
import ClaimGraphFormatsTestSupport
import ClaimGraphTestSupport
import ClaimGraphYAML
import Foundation
import Testing

/// Anchors: quotes matched against an article's text, the rules that check them, what
/// counts as evidence, and coverage — on a small article written to a temporary folder.
@Suite struct AnchoringTests {
  /// The article: typographic quotes and dashes, a composed "é", "β", a repeated phrase,
  /// a disclaimer.
  static let article = """
    Test Article
    One
    The β-endorphin peptide binds the “mu” receptor — strongly, in the café.
    A 2008 PET study by Smith and colleagues showed opioid release after running. Release rose with euphoria.
    Some research suggests a link to mood. Some research suggests a link to sleep.
    Legal notice: nothing here is advice.

    """

  static let header = """
    article:
      id: t
      title: Test Article
      text: t.txt
    sections:
      - id: one
        title: One
    unclaimed:
      - quote: "Legal notice: nothing here is advice."
        reason: A disclaimer, not a claim.
    methods:
      - id: pet
        name: Positron emission tomography
        aliases: [PET]
    molecules:
      - id: beta-endorphin
        name: Beta-endorphin
    sources:
      - id: smith-2008
        type: primary_research
        title: Opioid release in runners
        authors: [Smith et al.]
        year: 2008
        methods: [pet]
      - id: mood-research
        type: other
        title: Research linking the system to mood
        listed: false
        mentioned_as: some research on mood

    """

  /// Loads `header` + `claims` beside the article (or `text` in its place).
  static func load(_ claims: String, text: String = article) throws -> LoadedGraph {
    let folder = try TemporaryDirectory("anchoring")
    defer { folder.remove() }
    try folder.write(text, to: "t.txt")
    try folder.write(header + claims, to: "g.yaml")
    return GraphLoader().load(directory: folder.path)
  }

  /// The lint findings of the given rules, as `rule: node: message` lines (locations
  /// cut, since the folder's name changes).
  static func findings(_ loaded: LoadedGraph, _ rules: Set<String>) -> [String] {
    Linter().lint(loaded, currentYear: 2026).findings.filter { rules.contains($0.rule) }.map {
      "\($0.rule): \($0.node.map(\.rawValue) ?? "-"): \($0.message)"
    }
  }

  static let quoteRules: Set<String> = [
    "quote-not-found", "quote-ambiguous", "unanchored-claim", "unanchored-citation",
    "method-not-in-text",
  ]

  static let binds = """
    claims:
      - id: binds
        statement: Beta-endorphin binds the mu receptor strongly.
        strength: established
        section: one
        quote: "The beta-endorphin peptide binds the \\"mu\\" receptor -   strongly,\\n in the cafe\\u0301."
        about: [beta-endorphin]

    """

  @Test func aQuoteMatchesAfterWhitespaceQuoteDashNFCAndBetaNormalization() throws {
    let loaded = try Self.load(Self.binds)
    #expect(loaded.diagnostics.map(\.description) == [])
    #expect(Self.findings(loaded, Self.quoteRules) == [])
    let grounding = try #require(loaded.graph.grounding)
    let span = try #require(grounding.passages(ofClaim: "binds").first)
    #expect((span.line, span.column, span.start) == (3, 1, 17))
    #expect(
      loaded.graph.text?.excerpt(span.start..<span.end)
        == "The β-endorphin peptide binds the “mu” receptor — strongly, in the café.")
  }

  @Test func anAmbiguousQuoteIsReportedAndAPrefixOrSuffixPicksOne() throws {
    func claim(_ quote: String) -> String {
      """
      claims:
        - id: link
          statement: Research suggests a link.
          strength: uncertain
          section: one
          quote: \(quote)

      """
    }
    let ambiguous = try Self.load(claim("\"Some research suggests a link\""))
    #expect(
      Self.findings(ambiguous, ["quote-ambiguous"]) == [
        "quote-ambiguous: link: the quote \"Some research suggests a link\" of claim 'link' "
          + "occurs 2 times in \(ambiguous.graph.text!.path) (at 5:1, 5:40); add a prefix or "
          + "suffix, or quote more words"
      ])
    let byPrefix = try Self.load(
      claim("[{exact: \"Some research suggests a link\", prefix: \"link to mood.\"}]"))
    #expect(Self.findings(byPrefix, ["quote-ambiguous"]) == [])
    #expect(byPrefix.graph.grounding?.passages(ofClaim: "link").map(\.column) == [40])
    let bySuffix = try Self.load(
      claim("[{exact: \"Some research suggests a link\", suffix: \"to mood\"}]"))
    #expect(bySuffix.graph.grounding?.passages(ofClaim: "link").map(\.column) == [1])
    let wrongPrefix = try Self.load(
      claim("[{exact: \"Some research suggests a link\", prefix: \"nowhere\"}]"))
    #expect(Self.findings(wrongPrefix, ["quote-not-found"]).count == 1)
  }

  @Test func aRewrittenSentenceMakesItsQuotesStaleAndNamesTheNearestPassage() throws {
    let claims = """
      claims:
        - id: euphoria
          statement: Opioid release went up together with euphoria.
          strength: established
          section: one
          quote: "Release rose with euphoria."

      """
    let edited = Self.article.replacingOccurrences(
      of: "Release rose with euphoria.", with: "Release climbed with euphoria.")
    let loaded = try Self.load(claims, text: edited)
    let path = try #require(loaded.graph.text?.path)
    #expect(
      Self.findings(loaded, ["quote-not-found"]) == [
        "quote-not-found: euphoria: the quote \"Release rose with euphoria.\" of claim "
          + "'euphoria' is not in the article (\(path)); the nearest passage, at \(path):4:79, is "
          + "\"Release climbed with euphoria.\"; the words that differ: Release "
          + "[-rose-]{+climbed+} with euphoria."
      ])
  }

  static func cited(_ citation: String, claimQuote: String = "Release rose with euphoria.")
    -> String
  {
    """
    claims:
      - id: release
        statement: Running released opioids.
        strength: established
        section: one
        quote: "\(claimQuote)"
        citations:
          - source: smith-2008
    \(citation.split(separator: "\n").map { "        " + $0 }.joined(separator: "\n"))

    """
  }

  @Test func anInferredCitationIsShownButNeverCountsAsEvidence() throws {
    let inferred = try Self.load(Self.cited("inferred: true"))
    #expect(inferred.diagnostics.map(\.description) == [])
    let graph = inferred.graph
    #expect(graph.claims(matching: try Query(parsing: "method:pet")).isEmpty)
    #expect(graph.claims(restingOn: "pet").isEmpty)
    #expect(!graph.isCited(graph.claims[0]))
    #expect(graph.edges(from: "release", kind: .cites).map(\.isInferred) == [true])
    #expect(
      Self.findings(inferred, ["uncited-claim"]) == [
        "uncited-claim: release: claim 'release' has no citation that supports it (its "
          + "citations are all inferred, which is no evidence)"
      ])
    #expect(Self.findings(inferred, Self.quoteRules) == [])

    let anchored = try Self.load(
      Self.cited("quote: \"A 2008 PET study by Smith and colleagues\""))
    #expect(
      anchored.graph.claims(matching: try Query(parsing: "method:pet")).map(\.id) == ["release"])
    #expect(Self.findings(anchored, Self.quoteRules.union(["uncited-claim"])) == [])
  }

  @Test func anExplicitEmptyMethodListMeansNoMethodAndAnAbsentOneTheSources() throws {
    let none = try Self.load(
      Self.cited("methods: []\nquote: \"A 2008 PET study by Smith and colleagues\""))
    let claim = try #require(none.graph.claim("release"))
    #expect(claim.citations[0].methods == [])
    #expect(none.graph.methods(of: claim.citations[0]) == [])
    #expect(none.graph.claims(matching: try Query(parsing: "method:pet")).isEmpty)
    #expect(none.graph.isCited(claim))

    let inherited = try Self.load(
      Self.cited("quote: \"A 2008 PET study by Smith and colleagues\""))
    let same = try #require(inherited.graph.claim("release"))
    #expect(same.citations[0].methods == nil)
    #expect(inherited.graph.methods(of: same.citations[0]) == ["pet"])
  }

  @Test func aCitationIsAnchoredByItsQuoteOrByTheClaimNamingTheSource() throws {
    let unquoted = try Self.load(Self.cited(""))
    #expect(
      Self.findings(unquoted, ["unanchored-citation"]) == [
        "unanchored-citation: release: claim 'release' cites 'smith-2008', but neither a quote "
          + "of the citation nor the claim's own quote shows the article invoking it; add "
          + "`quote:` with the passage that does, or mark the citation `inferred: true`"
      ])
    #expect(unquoted.graph.claims(restingOn: "pet").isEmpty)

    let named = try Self.load(
      Self.cited("", claimQuote: "A 2008 PET study by Smith and colleagues showed opioid release"))
    #expect(Self.findings(named, Self.quoteRules) == [])
    #expect(named.graph.claims(restingOn: "pet").map(\.id) == ["release"])

    let elsewhere = try Self.load(
      Self.cited(
        "quote: \"A 2008 PET study by Smith and colleagues\"",
        claimQuote: "Some research suggests a link to mood."))
    let path = try #require(elsewhere.graph.text?.path)
    #expect(
      Self.findings(elsewhere, ["unanchored-citation"]) == [
        "unanchored-citation: release: claim 'release' cites 'smith-2008' with a passage on "
          + "line 4 of \(path), but the claim is stated on line 5; quote where the article "
          + "invokes the source for this claim, or mark the citation `inferred: true`"
      ])
  }

  @Test func aMethodMustBeNamedByTheQuotesOrTheSourceTitle() throws {
    let loaded = try Self.load(
      Self.cited("quote: \"Release rose with euphoria.\"\nmethods: [pet]"))
    #expect(
      Self.findings(loaded, ["method-not-in-text"]) == [
        "method-not-in-text: release: claim 'release' cites 'smith-2008' for method 'pet', but "
          + "neither the citation's quote, the claim's quote nor the source's title names it; "
          + "quote the passage that does, add the wording as an alias of 'pet', or write "
          + "`methods: []`"
      ])
    // An acronym alias matches only in capitals: "pet" in lower case is another word.
    #expect(TextNormalizationProbe.containsWords("PET", in: "a PET study"))
    #expect(!TextNormalizationProbe.containsWords("PET", in: "a pet study"))
    #expect(TextNormalizationProbe.containsWords("Animal research", in: "animal research shows"))
    #expect(!TextNormalizationProbe.containsWords("mice", in: "micelles"))
  }

  @Test func coverageCountsFactualSentencesAndTheRuleIsAnErrorByDefault() throws {
    let loaded = try Self.load(Self.binds)
    let coverage = try #require(ArticleCoverage(loaded.graph))
    #expect(coverage.factual == 5)
    #expect(coverage.covered == 1)
    #expect(coverage.sections.map(\.section) == ["one"])
    #expect(coverage.sections[0].excluded.map(\.reason) == ["A disclaimer, not a claim."])
    #expect(coverage.uncovered.map { "\($0.line):\($0.column)" } == ["4:1", "4:79", "5:1", "5:40"])

    let byDefault = Linter().lint(loaded, currentYear: 2026).findings.filter {
      $0.rule == "uncovered-sentence"
    }
    #expect(
      byDefault.map { "\($0.severity.rawValue) \($0.location!.line):\($0.location!.column)" }
        == ["error 4:1", "error 4:79", "error 5:1", "error 5:40"])
    let configured = Linter(
      configuration: LintConfiguration(rules: ["uncovered-sentence": .severity(.note)])
    )
    .lint(loaded, currentYear: 2026)
    let notes = configured.findings.filter { $0.rule == "uncovered-sentence" }
    #expect(
      notes.map { "\($0.location!.line):\($0.location!.column)" } == ["4:1", "4:79", "5:1", "5:40"])
    #expect(notes.first?.location?.file == loaded.graph.text?.path)
  }

  @Test func aMissingTextFileAndAQuotedInferredCitationAreInputErrors() throws {
    let folder = try TemporaryDirectory("anchoring")
    defer { folder.remove() }
    try folder.write(Self.header, to: "g.yaml")
    let loaded = GraphLoader().load(directory: folder.path)
    #expect(loaded.hasErrors)
    let problem = try #require(loaded.diagnostics.first { $0.rule == "unreadable-file" })
    #expect(problem.message == "the article's text 't.txt' does not exist")
    #expect(problem.location == SourceLocation(file: folder.path + "/g.yaml", line: 4, column: 9))

    let quotedInferred = try Self.load(
      Self.cited("inferred: true\nquote: \"A 2008 PET study by Smith and colleagues\""))
    #expect(
      quotedInferred.diagnostics.map(\.message) == [
        "a citation with a quote is made by the text, so it is not inferred; remove "
          + "`inferred: true` or the quote"
      ])
  }

  @Test func quotesInferredCitationsAndMethodListsSurviveTheInterchangeFormats() throws {
    let loaded = try Self.load(
      Self.binds + """
          - id: release
            statement: Running released opioids.
            strength: established
            section: one
            quote: [{exact: "Some research suggests a link", suffix: "to sleep"}]
            citations:
              - source: smith-2008
                inferred: true
              - source: mood-research
                methods: []
                quote: "Some research suggests"

        """)
    #expect(loaded.diagnostics.map(\.description) == [])
    for (format, reader) in [
      (ExportFormat.json, NodeLinkJSONReader() as any InterchangeReader),
      (.graphml, GraphMLReader()),
    ] {
      let bytes = try ExportFixtures.export(format, loaded.graph)
      let back = reader.load(bytes: bytes, file: "x.\(format.fileExtension)")
      #expect(back.diagnostics.map(\.description) == [], "\(format)")
      #expect(back.graph.claims == loaded.graph.claims, "\(format)")
      // The offsets ride along in the export, as derived attributes.
      let text = String(decoding: bytes, as: UTF8.self)
      #expect(text.contains("\"start\":17") || text.contains("&quot;start&quot;:17"), "\(format)")
    }
  }
}
