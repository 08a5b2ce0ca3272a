import ClaimGraph
import Testing

/// Edge ids are unique and stable: exports and links depend on their exact text.
@Suite struct EdgeIdentifierTests {
  static let entities = [
    Entity(id: "x", kind: .molecule, name: "X"), Entity(id: "y", kind: .receptor, name: "Y"),
    Entity(id: "b:x", kind: .molecule, name: "B:X"), Entity(id: "pet", kind: .method, name: "PET"),
  ]

  @Test func aRepeatedCitationGetsASuffixPerRepeat() throws {
    let graph = try KnowledgeGraph(
      claims: [
        Claim(
          id: "c", statement: "S", strength: .uncertain,
          relations: [
            Relation(subject: "x", predicate: "binds", object: "y"),
            Relation(subject: "x", predicate: "binds", object: "y"),
          ],
          citations: [Citation(source: "s"), Citation(source: "s"), Citation(source: "s")])
      ],
      sources: [Source(id: "s", type: .primaryResearch, title: "T", methods: ["pet", "pet"])],
      entities: Self.entities)
    #expect(
      graph.edges.map(\.id) == [
        "about:c:x", "about:c:y", "cites:c:s", "cites:c:s:2", "cites:c:s:2:3",
        "relation:c:x:binds:y", "relation:c:x:binds:y:2", "evidence:c:pet", "uses-method:s:pet",
      ])
    #expect(graph.edges(from: "s").map(\.id) == ["uses-method:s:pet"])
    #expect(graph.edges(to: "s", kind: .cites).count == 3)
    #expect(graph.edges(from: "nothing").isEmpty && graph.edges(to: "nothing").isEmpty)
  }

  /// Ids with colons (possible in graphs read from GraphML or JSON) can make the ids of two
  /// claims meet: the later edge still gets a new id.
  @Test func idsOfDifferentClaimsThatMeetStayUnique() throws {
    let graph = try KnowledgeGraph(
      claims: [
        Claim(id: "a", statement: "S", strength: .uncertain, about: ["b:x"]),
        Claim(id: "a:b", statement: "S", strength: .uncertain, about: ["x"]),
      ],
      entities: Self.entities)
    #expect(graph.edges.map(\.id) == ["about:a:b:x", "about:a:b:x:2"])
    #expect(graph.edges.map(\.source) == ["a", "a:b"])
  }

  /// Two relations of one claim with different parts can spell one id when a part holds a
  /// colon: the later still gets a suffix, though ids are otherwise told apart by their parts.
  @Test func relationsThatSpellOneIdThroughColonsStayUnique() throws {
    let graph = try KnowledgeGraph(
      claims: [
        Claim(
          id: "c", statement: "S", strength: .uncertain,
          relations: [
            Relation(subject: "b:x", predicate: "binds", object: "y"),
            Relation(subject: "b", predicate: "x:binds", object: "y"),
            Relation(subject: "b", predicate: "binds", object: "y"),
          ])
      ],
      entities: Self.entities + [Entity(id: "b", kind: .molecule, name: "B")])
    #expect(
      graph.edges.map(\.id) == [
        "about:c:b:x", "about:c:y", "about:c:b", "relation:c:b:x:binds:y",
        "relation:c:b:x:binds:y:2", "relation:c:b:binds:y",
      ])
  }

  @Test func unresolvedReferencesAreListedInNodeOrder() throws {
    let graph = try KnowledgeGraph(
      sections: [Section(id: "intro", title: "Intro")],
      claims: [
        Claim(
          id: "c", statement: "S", strength: .uncertain, section: "nowhere", about: ["s", "x"],
          relations: [Relation(subject: "x", predicate: "binds", object: "ghost")],
          citations: [Citation(source: "x", methods: ["pet", "y"]), Citation(source: "s")])
      ],
      sources: [Source(id: "s", type: .primaryResearch, title: "T", methods: ["x"])],
      entities: Self.entities)
    #expect(
      graph.unresolvedReferences.map { "\($0.from) \($0.field) \($0.id) \($0.expected)" } == [
        "c section nowhere section", "c about[0] s entity", "c relations[0].object ghost entity",
        "c citations[0].source x source", "c citations[0].methods[1] y method",
        "s methods[0] x method",
      ])
    #expect(graph.edges.map(\.id) == ["about:c:x", "cites:c:s"])
  }
}
