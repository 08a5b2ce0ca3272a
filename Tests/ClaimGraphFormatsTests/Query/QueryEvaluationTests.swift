import ClaimGraph
import ClaimGraphFormatsTestSupport
import Testing

@Suite struct QueryEvaluationTests {
  @Test(arguments: [
    (
      "method:pet",
      [
        "amygdala-activity-ptsd", "be-release-seen-with-pet", "exercise-releases-be",
        "mor-low-in-depression",
      ]
    ),
    (
      "method:PET",
      [
        "amygdala-activity-ptsd", "be-release-seen-with-pet", "exercise-releases-be",
        "mor-low-in-depression",
      ]
    ),
    (
      "method:\"positron emission tomography\"",
      [
        "amygdala-activity-ptsd", "be-release-seen-with-pet", "exercise-releases-be",
        "mor-low-in-depression",
      ]
    ),
    ("method:fmri", ["amygdala-activity-ptsd", "exercise-treats-depression"]),
    ("method:\"animal model\"", ["mor-in-pag"]),
    ("method:pte", []),
    (
      "only-method:pet",
      ["be-release-seen-with-pet", "exercise-releases-be", "mor-low-in-depression"]
    ),
    ("strength:uncertain condition:ptsd", ["amygdala-activity-ptsd", "ptsd-opioid-dysregulation"]),
    ("condition:PTSD", ["amygdala-activity-ptsd", "ptsd-opioid-dysregulation"]),
    (
      "condition:\"post-traumatic stress disorder\"",
      ["amygdala-activity-ptsd", "ptsd-opioid-dysregulation"]
    ),
    // A refuted claim is backed by the study that contradicts it, as `uncited-claim` sees it.
    ("cited:no", ["ptsd-opioid-dysregulation"]),
    ("-cited:yes", ["ptsd-opioid-dysregulation"]),
    ("NOT cited:yes", ["ptsd-opioid-dysregulation"]),
    ("listed:no", ["mor-in-pag", "ptsd-opioid-dysregulation"]),
    ("listed:no cited:yes", ["mor-in-pag"]),
    (
      "source:boecker-2008",
      [
        "be-release-seen-with-pet", "exercise-releases-be", "exercise-treats-depression",
        "runners-high-is-only-endorphins",
      ]
    ),
    (
      "source:\"Boecker & Sprenger 2008\"",
      [
        "be-release-seen-with-pet", "exercise-releases-be", "exercise-treats-depression",
        "runners-high-is-only-endorphins",
      ]
    ),
    (
      "source-type:meta-analysis",
      ["amygdala-activity-ptsd", "exercise-treats-depression", "mor-low-in-depression"]
    ),
    ("about:MOR", ["be-binds-mor", "mor-in-pag", "mor-low-in-depression"]),
    ("receptor:mu-opioid-receptor", ["be-binds-mor", "mor-in-pag", "mor-low-in-depression"]),
    ("region:pag", ["mor-in-pag"]),
    (
      "region:amygdala",
      ["amygdala-activity-ptsd", "be-release-seen-with-pet", "mor-low-in-depression"]
    ),
    ("region:depression", []),
    (
      "molecule:be",
      [
        "be-binds-mor", "be-release-seen-with-pet", "exercise-releases-be",
        "ptsd-opioid-dysregulation", "runners-high-is-only-endorphins",
      ]
    ),
    (
      "intervention:Exercise",
      ["exercise-releases-be", "exercise-treats-depression", "runners-high-is-only-endorphins"]
    ),
    (
      "section:clinical",
      [
        "amygdala-activity-ptsd", "exercise-treats-depression", "mor-low-in-depression",
        "ptsd-opioid-dysregulation",
      ]
    ),
    (
      "section:\"clinical implications\"",
      [
        "amygdala-activity-ptsd", "exercise-treats-depression", "mor-low-in-depression",
        "ptsd-opioid-dysregulation",
      ]
    ),
    ("stance:contradicts", ["mor-low-in-depression", "runners-high-is-only-endorphins"]),
    ("stance:mentions", ["exercise-treats-depression"]),
    (
      "year:>=2015",
      [
        "amygdala-activity-ptsd", "be-binds-mor", "exercise-treats-depression",
        "mor-low-in-depression",
      ]
    ),
    (
      "year:<2008", ["amygdala-activity-ptsd", "be-release-seen-with-pet", "mor-low-in-depression"]
    ),
    (
      "year:2006..2008 strength:established",
      ["be-release-seen-with-pet", "exercise-releases-be", "mor-low-in-depression"]
    ),
    ("strength:refuted", ["runners-high-is-only-endorphins"]),
    ("AMYGDALA", ["amygdala-activity-ptsd", "be-release-seen-with-pet", "mor-low-in-depression"]),
    ("\"mu-opioid receptor\"", ["be-binds-mor", "mor-in-pag", "mor-low-in-depression"]),
    ("runner's", ["runners-high-is-only-endorphins"]),
    (
      "method:pet OR method:animal-model",
      [
        "amygdala-activity-ptsd", "be-release-seen-with-pet", "exercise-releases-be", "mor-in-pag",
        "mor-low-in-depression",
      ]
    ),
    ("strength:established -method:pet", ["be-binds-mor", "mor-in-pag"]),
    ("-(strength:established OR strength:uncertain)", ["runners-high-is-only-endorphins"]),
    (
      "method:pet strength:uncertain OR strength:refuted",
      ["amygdala-activity-ptsd", "runners-high-is-only-endorphins"]
    ),
  ])
  func queriesReturnTheirClaimsInIdOrder(text: String, expected: [String]) throws {
    #expect(try QueryFixture.ids(text) == expected)
  }

  @Test func nonASCIITextMatchesIgnoringCase() throws {
    let graph = try KnowledgeGraph(claims: [
      Claim(id: "a", statement: "Β-Endorphin binds", strength: .established),
      Claim(id: "b", statement: "Dynorphin", strength: .uncertain),
    ])
    #expect(graph.claims(matching: try Query(parsing: "β-endorphin")).map(\.id) == ["a"])
    #expect(graph.claims(matching: try Query(parsing: "-β-endorphin")).map(\.id) == ["b"])
  }

  @Test func bitSetsHandleMoreThanOneWordOfClaims() throws {
    let claims = (0..<130).map { index in
      Claim(
        id: NodeID("c\(1000 + index)"), statement: index % 2 == 0 ? "even" : "odd",
        strength: index % 3 == 0 ? .established : .uncertain)
    }
    let graph = try KnowledgeGraph(claims: claims)
    #expect(graph.claims(matching: try Query(parsing: "-odd")).count == 65)
    #expect(graph.claims(matching: try Query(parsing: "-odd -strength:uncertain")).count == 22)
    #expect(graph.claims(matching: .and([])).count == 130)
    #expect(graph.claims(matching: .or([])).isEmpty)
    #expect(graph.claims(matching: try Query(parsing: "odd")).last?.id == "c1129")
  }

  @Test func notesNameWhatMatchesNothing() throws {
    let query = try Query(parsing: "method:pte OR region:amygdla source:boeker-2008 about:mor")
    #expect(
      QueryFixture.graph.notes(for: query) == [
        "no method is named 'pte'; did you mean 'pet'?",
        "no region is named 'amygdla'; did you mean 'amygdala'?",
        "no source is named 'boeker-2008'; did you mean 'boecker-2008'?",
      ])
    #expect(
      QueryFixture.graph.notes(for: try Query(parsing: "section:nowhere")) == [
        "no section is named 'nowhere'"
      ])
  }
}
