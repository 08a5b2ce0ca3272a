import ClaimGraph
import ClaimGraphFormats
import ClaimGraphTestSupport
import ClaimGraphYAML
import Testing

@Suite struct KnowledgeGraphTests {
  /// The `loader/valid` fixture, built in code.
  static func miniGraph() throws -> KnowledgeGraph {
    try KnowledgeGraph(
      article: Article(id: "mini", title: "A miniature article"),
      sections: [
        Section(id: "intro", title: "Introduction"), Section(id: "myths", title: "Myths"),
      ],
      claims: [
        Claim(
          id: "pag-analgesia", statement: "Opioid activity in the PAG may dampen pain.",
          strength: .uncertain, section: "intro", about: ["periaqueductal-gray", "beta-endorphin"],
          citations: [
            Citation(source: "rodent-studies"),
            Citation(source: "smith-2020", methods: ["pet"], stance: .mentions),
          ]),
        Claim(
          id: "happiness-chemical", statement: "Endorphins alone make people happy.",
          strength: .refuted, section: "myths", about: ["beta-endorphin"],
          note: "The article calls this a neuromyth.",
          suppressions: [Suppression(rule: "uncited-claim", reason: "a myth the article rejects")]),
        Claim(
          id: "endorphin-binds-mor", statement: "Beta-endorphin binds mu-opioid receptors.",
          strength: .established, section: "intro", about: ["beta-endorphin"],
          relations: [
            Relation(subject: "beta-endorphin", predicate: "binds", object: "mu-opioid-receptor")
          ],
          citations: [Citation(source: "smith-2020", locator: "Figure 2")]),
      ],
      sources: [
        Source(
          id: "smith-2020", type: .primaryResearch,
          title: "A PET study of \"opioid\" binding & more",
          authors: ["Smith J", "Jones K"], year: 2020, venue: "Journal of Examples",
          methods: ["pet"]),
        Source(
          id: "rodent-studies", type: .primaryResearch, title: "Rodent studies the text mentions",
          methods: ["animal-model"], isListed: false, mentionedAs: "animal research shows it"),
      ],
      entities: [
        Entity(
          id: "periaqueductal-gray", kind: .region, name: "Periaqueductal gray", aliases: ["PAG"],
          category: "midbrain structure"),
        Entity(
          id: "beta-endorphin", kind: .molecule, name: "Beta-endorphin", aliases: ["β-endorphin"]),
        Entity(
          id: "mu-opioid-receptor", kind: .receptor, name: "Mu-opioid receptor", aliases: ["MOR"]),
        Entity(id: "pet", kind: .method, name: "Positron emission tomography", aliases: ["PET"]),
        Entity(id: "animal-model", kind: .method, name: "Animal model"),
      ])
  }

  @Test func graphBuiltInCodeEqualsGraphLoadedFromYAML() throws {
    let loaded = GraphLoader().load(directory: Fixture.path("loader/valid"))
    let built = try Self.miniGraph()
    #expect(loaded.graph == built)
    #expect(loaded.graph.edges == built.edges)
  }

  @Test func edgesCarryTheirClaimsStrength() throws {
    let graph = try Self.miniGraph()
    #expect(
      graph.edges.map(\.id) == [
        "about:endorphin-binds-mor:beta-endorphin",
        "about:endorphin-binds-mor:mu-opioid-receptor",
        "cites:endorphin-binds-mor:smith-2020",
        "relation:endorphin-binds-mor:beta-endorphin:binds:mu-opioid-receptor",
        "evidence:endorphin-binds-mor:pet",
        "about:happiness-chemical:beta-endorphin",
        "about:pag-analgesia:periaqueductal-gray",
        "about:pag-analgesia:beta-endorphin",
        "cites:pag-analgesia:rodent-studies",
        "cites:pag-analgesia:smith-2020",
        "evidence:pag-analgesia:animal-model",
        "uses-method:rodent-studies:animal-model",
        "uses-method:smith-2020:pet",
        "in-article:endorphin-binds-mor:article:mini",
        "in-article:happiness-chemical:article:mini",
        "in-article:pag-analgesia:article:mini",
      ])
    for edge in graph.edges where edge.claim != nil {
      #expect(edge.strength == graph.claim(edge.claim!)?.strength)
    }
    let relation = try #require(graph.edges.first { $0.kind == .relation })
    #expect(relation.source == "beta-endorphin")
    #expect(relation.target == "mu-opioid-receptor")
    #expect(relation.predicate == "binds")
    #expect(graph.edges(to: "smith-2020", kind: .cites).map(\.stance) == [.supports, .mentions])
  }

  @Test func indexesAnswerByEntitySourceAndMethod() throws {
    let graph = try Self.miniGraph()
    #expect(
      graph.claims(about: "beta-endorphin").map(\.id) == [
        "endorphin-binds-mor", "happiness-chemical", "pag-analgesia",
      ])
    #expect(graph.claims(about: "mu-opioid-receptor").map(\.id) == ["endorphin-binds-mor"])
    #expect(
      graph.claims(citing: "smith-2020").map(\.id) == ["endorphin-binds-mor", "pag-analgesia"])
    // pag-analgesia only mentions the PET study, so it does not rest on PET.
    #expect(graph.claims(restingOn: "pet").map(\.id) == ["endorphin-binds-mor"])
    #expect(graph.claims(restingOn: "animal-model").map(\.id) == ["pag-analgesia"])
    #expect(graph.kind(of: "pet") == .method)
    #expect(graph.kind(of: "nothing") == nil)
    #expect(graph.node("smith-2020")?.label == "A PET study of \"opioid\" binding & more")
    #expect(graph.sectionOrder("myths") == 1)
  }

  @Test func duplicateIdsAreRefusedInCode() {
    #expect(throws: KnowledgeGraph.BuildError.duplicateID("x")) {
      try KnowledgeGraph(
        claims: [Claim(id: "x", statement: "s", strength: .uncertain)],
        entities: [Entity(id: "x", kind: .region, name: "X")])
    }
  }

  @Test func danglingReferencesInduceNoEdgeAndAreListed() throws {
    let graph = try KnowledgeGraph(
      claims: [
        Claim(
          id: "c", statement: "s", strength: .established, section: "nowhere", about: ["ghost"],
          citations: [Citation(source: "missing", methods: ["pet"])])
      ])
    #expect(graph.edges == [])
    #expect(
      graph.unresolvedReferences.map(\.field) == [
        "section", "about[0]", "citations[0].source", "citations[0].methods[0]",
      ])
  }

  @Test func statisticsCountEveryKind() throws {
    let statistics = GraphStatistics(try Self.miniGraph())
    #expect(
      statistics.json.serialized(pretty: false)
        == #"{"nodes":{"claim":3,"source":2,"region":1,"receptor":1,"condition":0,"molecule":1,"#
        + #""intervention":0,"method":2,"structure":0,"article":1},"#
        + #""edges":{"about":5,"cites":3,"relation":1,"evidence":2,"#
        + #""uses-method":2,"same-as":0,"in-article":3},"#
        + #""edge_strengths":{"established":6,"uncertain":6,"refuted":2},"#
        + #""claims":{"established":1,"uncertain":1,"refuted":1,"cited":2,"uncited":1},"#
        + #""sources":{"listed":1,"unlisted":1},"#
        + #""articles":{"mini":{"claims":3,"established":1,"uncertain":1,"refuted":1,"cited":2,"#
        + #""uncited":1}}}"#)
  }

  @Test func strengthsOrderFromWeakestToStrongest() {
    #expect(EvidenceStrength.allCases.sorted() == [.refuted, .uncertain, .established])
    #expect([EvidenceStrength.established, .uncertain].min() == .uncertain)
  }

  @Test(arguments: [
    ("strenght", "strength"), ("citation", "citations"), ("amygdale", "amygdala"), ("xyz", nil),
  ])
  func suggestionsCatchTypos(_ typo: String, _ expected: String?) {
    let candidates = ["strength", "citations", "amygdala", "statement"]
    #expect(Suggestion.closest(to: typo, in: candidates) == expected)
  }

  @Test func jsonEscapesEveryControlCharacter() {
    let value = JSONValue.object([("text", .string("a\"b\\c\nd\u{1}e\u{2028}β"))])
    #expect(value.serialized(pretty: false) == #"{"text":"a\"b\\c\nd\u0001e\u2028β"}"#)
  }
}
