import ClaimGraph
import ClaimGraphFormats
import ClaimGraphFormatsTestSupport
import ClaimGraphProject
import ClaimGraphTestSupport
import ClaimGraphYAML
import Foundation
import Testing

/// Evidence a claim's own sentence describes without naming a study (issue 23, item 1):
/// `evidence: [{method, quote}]` counts wherever evidence counts, but is no citation.
@Suite struct StatedEvidenceTests {
  /// A claim quoting "Beta-endorphin analgesia is blocked by naloxone", citing nothing,
  /// with `evidence` lines of its own.
  static func claim(
    _ evidence: String, quote: String = "Beta-endorphin analgesia is blocked by naloxone"
  )
    -> String
  {
    SentenceFixture.claim(quote, evidence)
  }

  static let naloxone = """
        evidence:
          - method: naloxone-blockade
            quote: "blocked by naloxone"
    """

  /// The graph of a fixture, loaded from a folder beside the sentence rules' article.
  private func load(_ yaml: String) throws -> LoadedGraph {
    let folder = try TemporaryDirectory("stated-evidence")
    defer { folder.remove() }
    try folder.write(yaml, to: "g.yaml")
    try folder.write(SentenceFixture.article, to: "a.txt")
    return GraphLoader().load(directory: folder.path)
  }

  private func findings(_ yaml: String, rules: Set<String>) throws -> [String] {
    try LintFixture.findings(yaml, article: SentenceFixture.article)
      .filter { rules.contains($0.rule) }.map(\.description)
  }

  @Test func itCountsForMethodQueriesAndEdgesButIsNoCitation() throws {
    let loaded = try load(Self.claim(Self.naloxone))
    #expect(loaded.diagnostics.map(\.description) == [])
    let graph = loaded.graph
    let claim = try #require(graph.claim("c"))
    #expect(
      claim.evidence == [
        StatedEvidence(method: "naloxone-blockade", quotes: [TextQuote("blocked by naloxone")])
      ])
    #expect(graph.claims(restingOn: "naloxone-blockade").map(\.id) == ["c"])
    #expect(graph.methods(supporting: claim) == ["naloxone-blockade"])
    for (expression, expected) in [
      ("method:naloxone-blockade", ["c"]), ("only-method:naloxone-blockade", ["c"]),
      ("method:pet", []), ("only-method:pet", []),
    ] as [(String, [NodeID])] {
      #expect(graph.claims(matching: try Query(parsing: expression)).map(\.id) == expected)
    }
    let edges = graph.edges(from: "c", kind: .evidence)
    #expect(edges.map(\.id) == ["evidence:c:naloxone-blockade"])
    #expect(edges.map(\.isStated) == [true])
    #expect(graph.edges(from: "c", kind: .cites).isEmpty)
    // No source backs it: the claim is still uncited.
    #expect(!graph.isCited(claim))
    #expect(
      try findings(Self.claim(Self.naloxone), rules: ["uncited-claim"]) == [
        "g.yaml:29:5: error: claim 'c' has no citation that supports it (it cites nothing) [uncited-claim]"
      ])
  }

  @Test func withoutAQuoteItIsShownButDoesNotCount() throws {
    let graph = try KnowledgeGraph(
      claims: [
        Claim(
          id: "c", statement: "s", strength: .established,
          evidence: [StatedEvidence(method: "pet")])
      ],
      entities: [Entity(id: "pet", kind: .method, name: "PET")])
    #expect(graph.claims(restingOn: "pet").isEmpty)
    #expect(graph.edges(from: "c", kind: .evidence).isEmpty)
    #expect(SummaryTables(graph).tables[0].groups[0].rows[0].stated == [])
  }

  @Test func aCitedMethodTheSentenceAlsoDescribesIsOneStatedEdge() throws {
    let cited = """
          citations:
            - source: a-2008
              methods: [pet]
              quote: "A later PET study by Author A found lower pain"
          evidence:
            - method: pet
              quote: "PET study"
      """
    let graph = try load(
      Self.claim(
        cited, quote: "Beta-endorphin lifts mood. A later PET study by Author A found lower pain.")
    ).graph
    let edges = graph.edges(from: "c", kind: .evidence)
    #expect(edges.map(\.target) == ["pet"])
    #expect(edges.map(\.isStated) == [true])
    #expect(graph.claims(matching: try Query(parsing: "only-method:pet")).map(\.id) == ["c"])
  }

  @Test func methodNamedNotEvidencedCountsTheClaimsOwnEvidence() throws {
    let rule: Set = ["method-named-not-evidenced"]
    #expect(try findings(Self.claim(Self.naloxone), rules: rule) == [])
    #expect(
      try findings(Self.claim(""), rules: rule) == [
        "g.yaml:29:5: warning: claim 'c' names method 'naloxone-blockade' (\"naloxone\") in its quote, but none of its citations carries it; add it to the citation that reports it (or as `evidence:` when the sentence names no study), or make the alias more precise [method-named-not-evidenced]"
      ])
  }

  @Test func itsQuoteIsAnchoredAndItsMethodResolved() throws {
    let rules: Set = [
      "quote-not-found", "quote-ambiguous", "unknown-entity", "method-not-in-text",
      "orphan-entity",
    ]
    #expect(try findings(Self.claim(Self.naloxone), rules: rules) == [])
    let misquoted = Self.naloxone.replacing("blocked by naloxone", with: "blocked by naltrexone")
    #expect(
      try findings(Self.claim(misquoted), rules: rules) == [
        "g.yaml:37:16: error: the quote \"blocked by naltrexone\" of the stated evidence of 'naloxone-blockade' in claim 'c' is not in the article (a.txt); the nearest passage, at a.txt:12:29, is \"blocked by naloxone\"; the words that differ: blocked by [-naltrexone-]{+naloxone+} [quote-not-found]"
      ])
    let ambiguous = Self.naloxone.replacing("\"blocked by naloxone\"", with: "Beta-endorphin")
    #expect(
      try findings(Self.claim(ambiguous), rules: rules) == [
        "g.yaml:37:16: warning: the quote \"Beta-endorphin\" of the stated evidence of 'naloxone-blockade' in claim 'c' occurs 9 times in a.txt (at 3:1, 5:1, 7:1, 8:1, 10:1, 11:1, 12:1, 13:1, 16:1); add a prefix or suffix, or quote more words [quote-ambiguous]"
      ])
    let unknown = Self.naloxone.replacing("method: naloxone-blockade", with: "method: naloxone")
    #expect(
      try findings(Self.claim(unknown), rules: rules) == [
        "g.yaml:14:5: warning: method 'naloxone-blockade' is not referred to by any claim or source [orphan-entity]",
        "g.yaml:36:17: error: 'c' refers to method 'naloxone', which does not exist [unknown-entity]",
      ])
    // Evidence quoted from another paragraph is not what the claim's sentence says.
    let elsewhere = Self.naloxone.replacing("naloxone-blockade", with: "pet")
      .replacing("\"blocked by naloxone\"", with: "\"A PET study by Author A found this\"")
    #expect(
      try findings(Self.claim(elsewhere), rules: rules.union(["unanchored-citation"])) == [
        "g.yaml:14:5: warning: method 'naloxone-blockade' is not referred to by any claim or source [orphan-entity]",
        "g.yaml:36:9: warning: claim 'c' states evidence of 'pet' with a passage on line 10 of a.txt, but the claim is stated on line 12; quote the words of the claim's own sentence that describe how it was shown [unanchored-citation]",
      ])
    // The evidence's quote does not name PET, nor does the claim's.
    let unnamed = Self.naloxone.replacing("naloxone-blockade", with: "pet")
    #expect(
      try findings(Self.claim(unnamed), rules: rules) == [
        "g.yaml:14:5: warning: method 'naloxone-blockade' is not referred to by any claim or source [orphan-entity]",
        "g.yaml:36:17: warning: claim 'c' states evidence of method 'pet', but neither its quote nor the claim's names it; quote the words that describe it, or add them as an alias of 'pet' [method-not-in-text]",
      ])
  }

  @Test func theReaderAsksForBothKeys() throws {
    for (entry, expected) in [
      (
        "    evidence:\n      - method: naloxone-blockade\n",
        "g.yaml:36:9: error: stated evidence of 'c' is missing the required key 'quote' [missing-field]"
      ),
      (
        "    evidence:\n      - quote: \"blocked by naloxone\"\n",
        "g.yaml:36:9: error: stated evidence of 'c' is missing the required key 'method' [missing-field]"
      ),
      (
        "    evidence:\n      - method: naloxone-blockade\n        quote: []\n",
        "g.yaml:37:16: error: stated evidence must quote the words of the article that describe it [invalid-value]"
      ),
      (
        "    evidence:\n      - method: naloxone-blockade\n        quote: x\n        source: a-2008\n",
        "g.yaml:38:9: error: unknown key 'source' in stated evidence of 'c' (allowed keys: method, quote) [unknown-key]"
      ),
    ] {
      let diagnostics = try LintFixture.findings(
        Self.claim(entry), article: SentenceFixture.article
      ).filter { ["missing-field", "invalid-value", "unknown-key"].contains($0.rule) }
      #expect(diagnostics.map(\.description) == [expected])
      // An entry without one of its keys is left out; an unknown key is only reported.
      let read = try load(Self.claim(entry)).graph.claim("c")?.evidence.map(\.method)
      #expect(read == (entry.contains("source:") ? ["naloxone-blockade"] : []))
    }
  }

  @Test func showTheTablesAndTheQueryListing() throws {
    let graph = try load(Self.claim(Self.naloxone)).graph
    let text = try ClaimGraphProject.show("c", in: graph)
    #expect(text.contains("\ncitations: none\nevidence stated in the text (no source):\n"))
    #expect(
      text.hasSuffix(
        "\n  - Naloxone blockade {naloxone-blockade, method}\n    "
          + "\(graph.text?.path ?? "")"
          + ":12:29 \"blocked by naloxone\"\nno citation that counts as evidence\n"))
    let json = try ClaimGraphProject.show("c", in: graph, format: .json)
    let object = try #require(
      try JSONSerialization.jsonObject(with: Data(json.utf8)) as? [String: Any])
    let evidence = try #require(object["evidence"] as? [[String: Any]])
    #expect(evidence.count == 1)
    #expect(
      (evidence.first?["method"] as? [String: Any])?["name"] as? String == "Naloxone blockade")
    let quotes = try #require(evidence.first?["quotes"] as? [[String: Any]])
    #expect(quotes.first?["exact"] as? String == "blocked by naloxone")
    #expect(quotes.first?["line"] as? Int == 12)
    let row = try #require(SummaryTables(graph).tables.first?.groups.first?.rows.first)
    #expect(row.stated.map(\.id) == ["naloxone-blockade"])
    #expect(row.evidenceText == "stated in the text: Naloxone blockade; no source cited")
    #expect(
      try ClaimGraphProject.query("method:naloxone-blockade", in: graph)
        == """
        c [established]
          Beta-endorphin does something.
          - stated in the text: Naloxone blockade {naloxone-blockade, method}
        1 claim

        """)
  }

  @Test func everyExportCarriesItAndTheReadersReadItBack() throws {
    let graph = try load(Self.claim(Self.naloxone)).graph
    for format in [ExportFormat.graphml, .json] {
      let first = try ExportFixtures.export(format, graph)
      let reader: any InterchangeReader =
        format == .graphml ? GraphMLReader() : NodeLinkJSONReader()
      let loaded = reader.load(bytes: first, file: "g.\(format.fileExtension)")
      #expect(loaded.diagnostics.map(\.description) == [], "\(format)")
      #expect(loaded.graph.claims == graph.claims, "\(format)")
      #expect(loaded.graph.edges == graph.edges, "\(format)")
      #expect(try ExportFixtures.export(format, loaded.graph) == first, "\(format)")
    }
    func text(_ format: ExportFormat) throws -> String {
      String(decoding: try ExportFixtures.export(format, graph), as: UTF8.self)
    }
    #expect(try text(.gexf).contains(#"<attvalue for="stated" value="true"/>"#))
    #expect(try text(.gexf).contains(#"<attvalue for="evidence" value="[{&quot;method&quot;"#))
    #expect(
      try text(.dot).contains(
        ##""c" -> "naloxone-blockade" [color="#5B8C3A", penwidth="1.6", label="stated in text"];"##)
    )
    #expect(try text(.mermaid).contains(#"n_c ==>|"stated in text"| n_naloxone_blockade"#))
    let turtle = try text(.turtle)
    #expect(turtle.contains("claimgraph:statedEvidence _:b1"))
    #expect(
      turtle.contains(
        "_:b1 a claimgraph:StatedEvidence ;\n    claimgraph:method method:naloxone-blockade ;\n    claimgraph:quote \"blocked by naloxone\"@en ."
      ))
    #expect(
      try text(.ntriples).contains(
        "<https://claimgraph.example/claim/c> <https://claimgraph.example/vocab#restsOn> <https://claimgraph.example/method/naloxone-blockade> .\n"
      ))
    let files = try Neo4jCSVExporter().files(of: GraphSelection(graph))
    let evidence = try #require(files.first { $0.name == "evidence.csv" })
    #expect(
      String(decoding: evidence.bytes, as: UTF8.self)
        == ":START_ID,:END_ID,:TYPE,id,strength,stated:boolean\n"
        + "c,naloxone-blockade,RESTS_ON,evidence:c:naloxone-blockade,established,true\n")
  }
}
