import ClaimGraph
import ClaimGraphFormats
import ClaimGraphFormatsTestSupport
import ClaimGraphTestSupport
import Foundation
import Testing

/// Inferred citations are marked apart, and never counted as backing, wherever citations
/// are listed or counted: `show`, `list sources`, the report, the tables and the RDF.
@Suite struct InferredCitationTests {
  static var graph: KnowledgeGraph { ArticleFixture.linted.graph }

  static func run(_ arguments: [String]) -> CommandResult {
    runCommand(arguments + ["--graph", Fixture.articleGraph])
  }

  @Test func theLibrarySplitsASourcesCitingClaims() {
    let review = Self.graph.citingClaims(of: "machin-dunbar-2011")
    #expect(review.made.isEmpty)
    #expect(
      review.inferred.map(\.id) == ["endorphin-bonding-gives-social-prescribing-plausibility"])
    let boecker = Self.graph.citingClaims(of: "boecker-2008")
    #expect(boecker.made.count == 5)
    #expect(boecker.inferred.count == 3)
    #expect(Self.graph.citations(of: "boecker-2008").count == 8)
  }

  @Test func showMarksEachInferredCitationAndCountsItApart() {
    let result = Self.run(["show", "machin-dunbar-2011"])
    #expect(result.status == 0)
    #expect(
      result.stdout.hasSuffix(
        """
        cited by: 0 citations, and 1 inferred (not evidence)
          - endorphin-bonding-gives-social-prescribing-plausibility [established] (supports) [inferred: not evidence]

        """))
    let boecker = Self.run(["show", "boecker-2008"]).stdout
    #expect(boecker.contains("\ncited by: 5 citations, and 3 inferred (not evidence)\n"))
  }

  @Test func showJSONHasAnInferredFieldPerCitation() throws {
    let result = Self.run(["show", "machin-dunbar-2011", "--format", "json"])
    let object = try #require(
      try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any])
    let citedBy = try #require(object["cited_by"] as? [[String: Any]])
    #expect(citedBy.count == 1)
    #expect(citedBy.map { $0["inferred"] as? Bool } == [true])
    let boecker = Self.run(["show", "boecker-2008", "--format", "json"])
    let other = try #require(
      try JSONSerialization.jsonObject(with: Data(boecker.stdout.utf8)) as? [String: Any])
    let flags = try #require(other["cited_by"] as? [[String: Any]]).map { $0["inferred"] as? Bool }
    #expect(flags.filter { $0 == false }.count == 5)
    #expect(flags.filter { $0 == true }.count == 3)
  }

  @Test func listSourcesCountsInferredCitationsApart() throws {
    let text = Self.run(["list", "sources"]).stdout
    #expect(
      text.contains(
        """
        machin-dunbar-2011 Machin & Dunbar 2011
          Endogenous Opioids and Social Behavior
          cited by 0 claims, and 1 only by inferred citations (not evidence)

        """))
    let json = Self.run(["list", "sources", "--format", "json"])
    let object = try #require(
      try JSONSerialization.jsonObject(with: Data(json.stdout.utf8)) as? [String: Any])
    let sources = try #require(object["sources"] as? [[String: Any]])
    let review = try #require(sources.first { $0["id"] as? String == "machin-dunbar-2011" })
    #expect(review["cited_by"] as? Int == 0)
    #expect(review["inferred_by"] as? Int == 1)
    let boecker = try #require(sources.first { $0["id"] as? String == "boecker-2008" })
    #expect(boecker["cited_by"] as? Int == 5)
    #expect(boecker["inferred_by"] as? Int == 3)
  }

  @Test func theReportsSourceListCountsOnlyCitationsTheTextMakes() throws {
    let html = HTMLReport(graph: Self.graph, lint: ArticleFixture.linted.report).render()
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
    let review = try entry("machin-dunbar-2011")
    #expect(review.contains("<p class=\"uncited\">No claim cites it as evidence.</p>"))
  }

  @Test func theTablesMarkAReferenceCitedOnlyByInference() throws {
    let tables = SummaryTables(Self.graph, by: .section)
    let references = tables.tables.flatMap(\.references).filter {
      $0.source == "machin-dunbar-2011"
    }
    #expect(!references.isEmpty)
    #expect(references.allSatisfy { $0.isInferredOnly })
    #expect(references.allSatisfy { $0.text.hasSuffix(" [inferred, not evidence]") })
    let listed = tables.tables.flatMap(\.references).filter { $0.source == "boecker-2008" }
    #expect(listed.contains { !$0.isInferredOnly })
    let markdown = MarkdownTablesRenderer().render(tables)
    #expect(
      markdown.contains(
        "Endogenous Opioids and Social Behavior. Brain, Behavior and Evolution. "
          + "\\[inferred, not evidence\\]\n"))
    let json = JSONTablesRenderer().render(tables)
    #expect(json.contains("\"inferred_only\": true"))
  }

  @Test func theRDFHasNoCitesTripleForAnInferredCitation() throws {
    let nTriples = String(
      decoding: try NTriplesExporter().bytes(of: GraphSelection(Self.graph)), as: UTF8.self)
    let vocab = "<https://claimgraph.example/vocab#"
    let review = "<https://claimgraph.example/source/machin-dunbar-2011>"
    let claim =
      "<https://claimgraph.example/claim/endorphin-bonding-gives-social-prescribing-plausibility>"
    #expect(!nTriples.contains("\(claim) \(vocab)cites> \(review) ."))
    #expect(nTriples.contains("\(claim) \(vocab)infers> \(review) ."))
    #expect(!nTriples.contains("\(vocab)cites> \(review) ."))
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

  @Test(.requires(python: "pyoxigraph"))
  func thePlainSPARQLForClaimsCitingPETReturnsNoInferredOnlyClaim() throws {
    try Python.require("pyoxigraph")
    // The article's graph with one PET claim's citations all inferred: the plain query must
    // not return it.
    let article = Self.graph
    var claims = article.claims
    let witness = try #require(
      claims.firstIndex { $0.id == "boecker-2008-pet-shows-opioid-release-after-endurance-run" })
    claims[witness].citations = claims[witness].citations.map { citation in
      var citation = citation
      citation.isInferred = true
      citation.quotes = []
      return citation
    }
    let graph = try KnowledgeGraph(
      article: article.article, sections: article.sections, claims: claims,
      sources: article.sources, entities: article.entities, text: article.text)
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
