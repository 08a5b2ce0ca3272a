import ClaimGraph
import ClaimGraphFormats
import ClaimGraphFormatsTestSupport
import ClaimGraphTestSupport
import ClaimGraphYAML
import Foundation
import Testing

/// A library of three articles (the `library` fixture) through the exports: article nodes
/// and `in-article` edges in every format, read back exactly from GraphML and node-link
/// JSON, and loaded by NetworkX and Oxigraph with its articles.
@Suite struct LibraryExportTests {
  /// The fixture library, loaded from its YAML.
  static let library: KnowledgeGraph = GraphLoader().load(
    directory: Fixture.path("library")
  ).graph

  @Test func theFixtureIsALibraryOfThreeArticlesWithTexts() throws {
    let graph = Self.library
    #expect(graph.articles.map(\.id) == ["exercise", "mood", "pain"])
    for article in graph.articles {
      #expect(!article.sections.isEmpty, "\(article.id) has no sections")
      #expect(graph.text(ofArticle: article.id) != nil, "\(article.id) has no text")
    }
    #expect(graph.claims.contains { !$0.sameAs.isEmpty })
  }

  @Test func articlesAreNodesAndEveryClaimPointsToItsArticle() throws {
    let graph = Self.library
    #expect(graph.nodeCount == graph.nodes.count)
    #expect(
      graph.nodes.filter { $0.kind == .article }.map(\.id)
        == ["article:exercise", "article:mood", "article:pain"])
    #expect(graph.kind(of: "article:mood") == .article)
    #expect(graph.node("article:mood") == .article(try #require(graph.article("mood"))))
    for article in graph.articles {
      let members = graph.edges(to: article.nodeID, kind: .inArticle).map(\.source)
      #expect(members == graph.claims(inArticle: article.id).map(\.id), "\(article.id)")
    }
    let inArticle = graph.edges.filter { $0.kind == .inArticle }
    #expect(inArticle.count == graph.claims.count)
    for edge in inArticle {
      let claim = try #require(graph.claim(edge.source))
      #expect(edge.target == NodeID("article:" + (claim.article ?? "")))
      #expect(edge.strength == claim.strength)
      #expect(edge.id == "in-article:\(claim.id):article:\(claim.article ?? "")")
    }
    let statistics = GraphStatistics(graph)
    #expect(statistics.nodes.first { $0.0 == .article }?.1 == 3)
    #expect(statistics.edges.first { $0.0 == .inArticle }?.1 == graph.claims.count)
  }

  private func roundTrip(
    _ format: ExportFormat, reader: some InterchangeReader
  ) throws -> (first: [UInt8], loaded: LoadedGraph, second: [UInt8]) {
    let first = try ExportFixtures.export(format, Self.library)
    let loaded = reader.load(bytes: first, file: "library.\(format.fileExtension)")
    return (first, loaded, try ExportFixtures.export(format, loaded.graph))
  }

  /// The library as an export carries it: each text named by its path below the folder
  /// that holds them all (`mood/article.txt`), so that an export does not depend on where
  /// the library was loaded from; everything else as loaded.
  static let exported: KnowledgeGraph = {
    let library = LibraryExportTests.library
    var texts: [String: ArticleText] = [:]
    for article in library.articles {
      guard let text = library.text(ofArticle: article.id) else { continue }
      let parts = text.path.split(separator: "/")
      texts[article.id] = ArticleText(
        path: parts.suffix(2).joined(separator: "/"), text: text.text, unclaimed: text.unclaimed)
    }
    do {
      return try KnowledgeGraph(
        articles: library.articles, texts: texts, claims: library.claims,
        sources: library.sources, entities: library.entities)
    } catch {
      preconditionFailure("\(error)")
    }
  }()

  private func expectSameLibrary(_ read: KnowledgeGraph) {
    #expect(
      Self.exported.articles.compactMap { Self.exported.text(ofArticle: $0.id)?.path }
        == ["exercise/article.txt", "mood/article.txt", "pain/article.txt"])
    let library = Self.exported
    #expect(read == library)
    #expect(read.articles == library.articles)
    for article in library.articles {
      #expect(read.text(ofArticle: article.id) == library.text(ofArticle: article.id))
    }
    #expect(read.claims.map(\.article) == library.claims.map(\.article))
    #expect(read.claims.map(\.sameAs) == library.claims.map(\.sameAs))
    #expect(read.edges == library.edges)
  }

  @Test func graphMLReadsBackIntoTheSameLibrary() throws {
    let result = try roundTrip(.graphml, reader: GraphMLReader())
    #expect(result.loaded.diagnostics == [])
    expectSameLibrary(result.loaded.graph)
    #expect(result.second == result.first)
  }

  @Test func jsonReadsBackIntoTheSameLibrary() throws {
    let result = try roundTrip(.json, reader: NodeLinkJSONReader())
    #expect(result.loaded.diagnostics == [])
    expectSameLibrary(result.loaded.graph)
    #expect(result.second == result.first)
  }

  @Test func everyFormatWritesTheArticlesAndTheirEdges() throws {
    func text(_ format: ExportFormat) throws -> String {
      String(decoding: try ExportFixtures.export(format, Self.library), as: UTF8.self)
    }
    let claim = try #require(Self.library.claims(inArticle: "mood").first).id.rawValue
    let dot = try text(.dot)
    #expect(dot.contains("\"article:mood\" [label=\""))
    #expect(dot.contains("\"\(claim)\" -> \"article:mood\""))
    let mermaid = try text(.mermaid)
    #expect(mermaid.contains("n_article_mood[\""))
    #expect(mermaid.contains(" n_article_mood\n"))
    let gexf = try text(.gexf)
    #expect(gexf.contains("<node id=\"article:mood\""))
    #expect(gexf.contains("source=\"\(claim)\" target=\"article:mood\""))
    let nTriples = try text(.ntriples)
    let base = "https://claimgraph.example/"
    #expect(
      nTriples.contains(
        "<\(base)article/mood> <http://www.w3.org/1999/02/22-rdf-syntax-ns#type> "
          + "<http://purl.org/ontology/bibo/Article> ."))
    #expect(
      nTriples.contains(
        "<\(base)claim/\(claim)> <http://www.w3.org/ns/prov#wasDerivedFrom> <\(base)article/mood> ."
      ))
  }

  @Test func neo4jCSVHasAnArticleFileAndAnInArticleFile() throws {
    let directory = try TemporaryDirectory("library-csv")
    defer { directory.remove() }
    let exporter = Neo4jCSVExporter()
    let folder = directory.path + "/csv"
    try AtomicDirectory.write(to: folder, replacing: exporter.fileNames) { output in
      try exporter.export(GraphSelection(Self.library), to: &output)
    }
    let articles = try String(contentsOfFile: folder + "/articles.csv", encoding: .utf8)
    let rows = articles.split(separator: "\n")
    #expect(
      rows.first == "id:ID,:LABEL,title,text_file,sections,suppressed_rules:string[],suppressions")
    #expect(
      rows.dropFirst().map { $0.prefix { $0 != "," } } == [
        "article:exercise", "article:mood", "article:pain",
      ])
    #expect(rows.dropFirst().allSatisfy { $0.contains(",Article,") })
    let edges = try String(contentsOfFile: folder + "/in-article.csv", encoding: .utf8)
      .split(separator: "\n")
    #expect(edges.first == ":START_ID,:END_ID,:TYPE,id,strength")
    #expect(edges.count == Self.library.claims.count + 1)
    #expect(edges.dropFirst().allSatisfy { $0.contains(",IN_ARTICLE,") })
  }

  @Test func aNodeWithAnArticlesNodeIDIsADuplicateNotACrash() throws {
    let directory = try TemporaryDirectory("article-node-id")
    defer { directory.remove() }
    for name in ["article.yaml", "claims.yaml", "sources.yaml"] {
      try directory.write(try Fixture.text("loader/valid/\(name)"), to: name)
    }
    let entities = try Fixture.text("loader/valid/entities.yaml")
      .replacingOccurrences(of: "  - id: periaqueductal-gray\n", with: "  - id: article:mini\n")
    try directory.write(entities, to: "entities.yaml")
    let loaded = GraphLoader().load(directory: directory.path)
    let duplicates = loaded.diagnostics.filter { $0.rule == "duplicate-id" }
    #expect(
      duplicates.map(\.message) == [
        "duplicate id 'article:mini' (first defined at \(directory.path)/article.yaml:2:3)"
      ])
    #expect(loaded.graph.kind(of: "article:mini") == .article)
    #expect(loaded.graph.entity("article:mini") == nil)
  }

  @Test func aFileWithoutArticleNodesTakesItsArticleFromTheGraph() throws {
    // As exports were written before libraries: the article on the graph, no article node.
    let json = """
      {"nodes":[{"id":"c","kind":"claim","statement":"S.","strength":"established",
      "section":"intro","quote":[{"exact":"S."}]}],"edges":[],
      "graph":{"article_id":"old","article_title":"An old export",
      "sections":[{"id":"intro","title":"Intro"}],"text_file":"article.txt","text":"S.\\n"}}
      """
    let loaded = NodeLinkJSONReader().load(bytes: Array(json.utf8), file: "old.json")
    #expect(loaded.diagnostics == [])
    let graph = loaded.graph
    #expect(
      graph.articles == [
        Article(id: "old", title: "An old export", sections: [Section(id: "intro", title: "Intro")])
      ])
    #expect(graph.text(ofArticle: "old") == ArticleText(path: "article.txt", text: "S.\n"))
    #expect(graph.claims.map(\.article) == ["old"])
    #expect(graph.edges(to: "article:old", kind: .inArticle).map(\.source) == ["c"])
  }

  // MARK: - Real consumers

  @Test(.requires(python: "networkx"))
  func networkXLoadsTheLibraryWithItsArticles() throws {
    try Python.require("networkx")
    let directory = try TemporaryDirectory("library-networkx")
    defer { directory.remove() }
    let graphml = try directory.write(
      ExportFixtures.export(.graphml, Self.library), to: "library.graphml")
    let json = try directory.write(
      ExportFixtures.export(.json, Self.library), to: "library.json")
    let script = """
      import json, sys, warnings
      import networkx as nx
      with warnings.catch_warnings():
          warnings.simplefilter("error")
          G = nx.read_graphml(sys.argv[1])
      with open(sys.argv[2], encoding="utf-8") as f:
          H = nx.node_link_graph(json.load(f), edges="edges")
      result = {}
      for name, graph in (("graphml", G), ("json", H)):
          articles = {}
          for node, data in graph.nodes(data=True):
              if data.get("kind") != "article":
                  continue
              members = sorted(
                  source for source, _, kind in graph.in_edges(node, data="kind")
                  if kind == "in-article")
              articles[node] = {"title": data["title"], "claims": members,
                                "has_text": bool(data.get("text"))}
          result[name] = articles
      print(json.dumps(result, sort_keys=True))
      """
    let result = try #require(
      try Python.json(script, [graphml, json]) as? [String: [String: [String: Any]]])
    for format in ["graphml", "json"] {
      let articles = try #require(result[format], "\(format)")
      #expect(articles.keys.sorted() == Self.library.articles.map(\.nodeID.rawValue), "\(format)")
      for article in Self.library.articles {
        let found = try #require(articles[article.nodeID.rawValue], "\(format) \(article.id)")
        #expect(found["title"] as? String == article.title)
        #expect(
          found["claims"] as? [String]
            == Self.library.claims(inArticle: article.id).map(\.id.rawValue))
        #expect(found["has_text"] as? Bool == true)
      }
    }
  }

  @Test(.requires(python: "pyoxigraph"))
  func oxigraphFindsTheArticlesAndEachClaimsArticle() throws {
    try Python.require("pyoxigraph")
    let directory = try TemporaryDirectory("library-oxigraph")
    defer { directory.remove() }
    let nTriples = try directory.write(
      ExportFixtures.export(.ntriples, Self.library), to: "library.nt")
    let turtle = try directory.write(
      ExportFixtures.export(.turtle, Self.library), to: "library.ttl")
    let script = """
      import json, sys, pyoxigraph as ox
      store = ox.Store()
      store.load(path=sys.argv[1], format=ox.RdfFormat.N_TRIPLES)
      other = ox.Store()
      other.load(path=sys.argv[2], format=ox.RdfFormat.TURTLE)
      def named(s):
          # Blank nodes (suppressions) are labelled per file.
          return {str(q) for q in s if not isinstance(q.subject, ox.BlankNode)
                  and not isinstance(q.object, ox.BlankNode)}
      same = len(store) == len(other) and named(store) == named(other)
      prefixes = '''
      PREFIX bibo: <http://purl.org/ontology/bibo/>
      PREFIX dcterms: <http://purl.org/dc/terms/>
      PREFIX prov: <http://www.w3.org/ns/prov#>
      PREFIX cg: <https://claimgraph.example/vocab#>
      '''
      articles = [[t.value for t in row] for row in store.query(prefixes + '''
      SELECT ?id ?title (COUNT(?section) AS ?sections) WHERE {
        ?article a bibo:Article ; dcterms:identifier ?id ; dcterms:title ?title .
        OPTIONAL { ?article dcterms:hasPart ?section }
      } GROUP BY ?id ?title ORDER BY ?id''')]
      claims = [[t.value for t in row] for row in store.query(prefixes + '''
      SELECT ?claim ?article WHERE {
        ?c a cg:Claim ; dcterms:identifier ?claim ; prov:wasDerivedFrom ?a .
        ?a dcterms:identifier ?article .
      } ORDER BY ?claim''')]
      print(json.dumps({"articles": articles, "claims": claims, "same": [[str(same)]]}))
      """
    let result = try #require(
      try Python.json(script, [nTriples, turtle]) as? [String: [[String]]])
    // The Turtle export carries the same triples (sections named `ARTICLE/SECTION`).
    #expect(result["same"] == [["True"]])
    #expect(
      result["articles"]
        == Self.library.articles.map { [$0.id, $0.title, String($0.sections.count)] })
    #expect(
      result["claims"] == Self.library.claims.map { [$0.id.rawValue, $0.article ?? ""] })
  }
}
