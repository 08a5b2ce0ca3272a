import ClaimGraph
import ClaimGraphFormats
import Foundation
import Testing

/// Inferred citations are marked apart, and never counted as backing, wherever citations
/// are listed or counted: `show`, `list sources`, the report, the tables and the RDF.
@Suite struct InferredCitationTests {
  static var graph: KnowledgeGraph { GraphEngineTests.article.graph }

  static func run(_ arguments: [String]) -> CommandResult {
    runCommand(arguments + ["--graph", Fixture.articleGraph])
  }

  @Test func theLibrarySplitsASourcesCitingClaims() {
    let kennedy = Self.graph.citingClaims(of: "kennedy-2006")
    #expect(kennedy.made.isEmpty)
    #expect(
      kennedy.inferred.map(\.id) == [
        "faq-reduced-mor-availability-in-mdd", "reduced-mor-availability-in-mdd-on-pet",
      ])
    let boecker = Self.graph.citingClaims(of: "boecker-2008")
    #expect(boecker.made.count == 5)
    #expect(boecker.inferred.count == 3)
    #expect(Self.graph.citations(of: "boecker-2008").count == 8)
  }

  @Test func showMarksEachInferredCitationAndCountsItApart() {
    let result = Self.run(["show", "kennedy-2006"])
    #expect(result.status == 0)
    #expect(
      result.stdout.hasSuffix(
        """
        cited by: 0 citations, and 2 inferred (not evidence)
          - faq-reduced-mor-availability-in-mdd [established] (supports, pet) [inferred: not evidence]
          - reduced-mor-availability-in-mdd-on-pet [established] (supports, pet) [inferred: not evidence]

        """))
    let boecker = Self.run(["show", "boecker-2008"]).stdout
    #expect(boecker.contains("\ncited by: 5 citations, and 3 inferred (not evidence)\n"))
  }

  @Test func showJSONHasAnInferredFieldPerCitation() throws {
    let result = Self.run(["show", "kennedy-2006", "--format", "json"])
    let object = try #require(
      try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any])
    let citedBy = try #require(object["citedBy"] as? [[String: Any]])
    #expect(citedBy.count == 2)
    #expect(citedBy.map { $0["inferred"] as? Bool } == [true, true])
    let boecker = Self.run(["show", "boecker-2008", "--format", "json"])
    let other = try #require(
      try JSONSerialization.jsonObject(with: Data(boecker.stdout.utf8)) as? [String: Any])
    let flags = try #require(other["citedBy"] as? [[String: Any]]).map { $0["inferred"] as? Bool }
    #expect(flags.filter { $0 == false }.count == 5)
    #expect(flags.filter { $0 == true }.count == 3)
  }

  @Test func listSourcesCountsInferredCitationsApart() throws {
    let text = Self.run(["list", "sources"]).stdout
    #expect(
      text.contains(
        """
        kennedy-2006 Kennedy et al. 2006
          Reduced Mu-Opioid Receptor Availability in Major Depressive Disorder: A PET Study
          cited by 0 claims, and 2 only by inferred citations (not evidence)

        """))
    let json = Self.run(["list", "sources", "--format", "json"])
    let object = try #require(
      try JSONSerialization.jsonObject(with: Data(json.stdout.utf8)) as? [String: Any])
    let sources = try #require(object["sources"] as? [[String: Any]])
    let kennedy = try #require(sources.first { $0["id"] as? String == "kennedy-2006" })
    #expect(kennedy["citedBy"] as? Int == 0)
    #expect(kennedy["inferredBy"] as? Int == 2)
    let boecker = try #require(sources.first { $0["id"] as? String == "boecker-2008" })
    #expect(boecker["citedBy"] as? Int == 5)
    #expect(boecker["inferredBy"] as? Int == 3)
  }

  @Test func theReportsSourceListCountsOnlyCitationsTheTextMakes() throws {
    let html = HTMLReport(graph: Self.graph, lint: GraphEngineTests.article.report).render()
    func entry(_ id: String) throws -> Substring {
      let start = try #require(html.range(of: "<li id=\"source-\(id)"))
      let rest = html[start.upperBound...]
      return rest[..<(rest.range(of: "<li id=\"source-")?.lowerBound ?? rest.endIndex)]
    }
    let boecker = try entry("boecker-2008")
    #expect(boecker.contains("<p>Cited by 5 claims:</p>"))
    #expect(
      boecker.contains(
        "<p class=\"inferred\">Inferred, not evidence, for 3 claims (the text does not cite it "
          + "there):</p>"))
    #expect(!boecker.contains("Cited by 8"))
    let kennedy = try entry("kennedy-2006")
    #expect(kennedy.contains("<p class=\"uncited\">No claim cites it as evidence.</p>"))
  }

  @Test func theTablesMarkAReferenceCitedOnlyByInference() throws {
    let tables = SummaryTables(Self.graph, by: .section)
    let references = tables.tables.flatMap(\.references).filter { $0.source == "kennedy-2006" }
    #expect(!references.isEmpty)
    #expect(references.allSatisfy { $0.isInferredOnly })
    #expect(references.allSatisfy { $0.text.hasSuffix(" [inferred, not evidence]") })
    let listed = tables.tables.flatMap(\.references).filter { $0.source == "boecker-2008" }
    #expect(listed.contains { !$0.isInferredOnly })
    let markdown = MarkdownTablesRenderer().render(tables)
    #expect(
      markdown.contains(
        "A PET Study. American Journal of Psychiatry. \\[inferred, not evidence\\]\n"))
    let json = JSONTablesRenderer().render(tables)
    #expect(json.contains("\"inferredOnly\": true"))
  }

  @Test func theRDFHasNoCitesTripleForAnInferredCitation() throws {
    let nTriples = String(
      decoding: try NTriplesExporter().bytes(of: GraphSelection(Self.graph)), as: UTF8.self)
    let vocab = "<https://claimgraph.example/vocab#"
    let kennedy = "<https://claimgraph.example/source/kennedy-2006>"
    let claim = "<https://claimgraph.example/claim/reduced-mor-availability-in-mdd-on-pet>"
    #expect(!nTriples.contains("\(claim) \(vocab)cites> \(kennedy) ."))
    #expect(nTriples.contains("\(claim) \(vocab)infers> \(kennedy) ."))
    #expect(!nTriples.contains("\(vocab)cites> \(kennedy) ."))
  }

  static let plainSPARQL = """
    import json, sys, pyoxigraph as ox
    store = ox.Store()
    store.load(path=sys.argv[1], format=ox.RdfFormat.N_TRIPLES)
    query = '''
    PREFIX claimgraph: <https://claimgraph.example/vocab#>
    PREFIX dcterms: <http://purl.org/dc/terms/>
    SELECT DISTINCT ?id WHERE {
      ?pet dcterms:identifier "pet" .
      ?claim a claimgraph:Claim ; dcterms:identifier ?id .
      { ?claim claimgraph:cites ?source . ?source claimgraph:usesMethod ?pet }
      UNION
      { ?claim claimgraph:citation ?citation . ?citation claimgraph:method ?pet }
    }
    '''
    print(json.dumps(sorted(row[0].value for row in store.query(query))))
    """

  @Test(.enabled(if: Python.enabled("pyoxigraph"), Python.skipMessage("pyoxigraph")))
  func thePlainSPARQLForClaimsCitingPETReturnsNoInferredOnlyClaim() throws {
    try Python.require("pyoxigraph")
    let graph = Self.graph
    let directory = try TemporaryDirectory("inferred-rdf")
    defer { directory.remove() }
    try directory.write(NTriplesExporter().bytes(of: GraphSelection(graph)), to: "graph.nt")
    let answer = try #require(
      try Python.json(Self.plainSPARQL, [directory.path + "/graph.nt"]) as? [String])
    // Claims whose every citation relying on PET is inferred.
    let inferredOnly = graph.claims.filter { claim in
      let pet = claim.citations.filter { citation in
        graph.methods(of: citation).contains("pet")
          || (citation.methods == nil
            && graph.source(citation.source)?.methods.contains("pet") == true)
      }
      return !pet.isEmpty && pet.allSatisfy(\.isInferred)
    }.map(\.id.rawValue)
    #expect(!inferredOnly.isEmpty)
    #expect(Set(answer).isDisjoint(with: inferredOnly))
    #expect(!answer.isEmpty)
  }
}
