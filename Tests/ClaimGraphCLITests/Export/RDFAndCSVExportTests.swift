import ClaimGraph
import ClaimGraphBenchmarks
import ClaimGraphFormats
import ClaimGraphFormatsTestSupport
import ClaimGraphTestSupport
import ClaimGraphYAML
import Foundation
import Testing

/// What the RDF and Neo4j CSV exporters write, read without an engine: IRIs, escapes,
/// options, files, streaming; and the atomic folder they are written into.
@Suite struct RDFAndCSVExportTests {
  private func text(_ exporter: some GraphExporter, _ graph: KnowledgeGraph) throws -> String {
    String(decoding: try exporter.bytes(of: GraphSelection(graph)), as: UTF8.self)
  }

  private static let oddIDs = try! KnowledgeGraph(
    entities: [
      Entity(id: "..", kind: .region, name: "dots"),
      Entity(id: "-lead", kind: .region, name: "hyphen"),
      Entity(id: "a~b", kind: .region, name: "tilde"),
      Entity(id: "trail.", kind: .region, name: "dot"),
      Entity(id: "β/é?#x", kind: .region, name: "unicode"),
      Entity(id: "ok-1:2", kind: .region, name: "plain"),
    ])

  @Test func idsArePercentEncodedIntoIRIs() throws {
    let lines = try text(NTriplesExporter(), Self.oddIDs).split(separator: "\n")
    let subjects = Set(lines.map { $0.prefix { $0 != " " } })
    #expect(
      subjects == [
        "<https://claimgraph.example/region/%2E%2E>", "<https://claimgraph.example/region/-lead>",
        "<https://claimgraph.example/region/a~b>", "<https://claimgraph.example/region/trail.>",
        "<https://claimgraph.example/region/%CE%B2%2F%C3%A9%3F%23x>",
        "<https://claimgraph.example/region/ok-1:2>",
      ])
  }

  @Test func turtleWritesPrefixedNamesOnlyWhereTheyAreValid() throws {
    let turtle = try text(TurtleExporter(), Self.oddIDs)
    for line in [
      "<https://claimgraph.example/region/%2E%2E> a claimgraph:Region ;",
      "<https://claimgraph.example/region/-lead> a",
      "<https://claimgraph.example/region/a~b> a", "<https://claimgraph.example/region/trail.> a",
      "region:%CE%B2%2F%C3%A9%3F%23x a", "region:ok-1:2 a",
    ] {
      #expect(turtle.contains("\n" + line), "\(line)")
    }
  }

  @Test func literalsUseTheCanonicalNTriplesEscapes() throws {
    let graph = try KnowledgeGraph(claims: [
      Claim(
        id: "c", statement: "q\" b\\ n\n r\r t\t b\u{8} f\u{C} nul\u{0} us\u{1F} del\u{7F} 😀 é",
        strength: .uncertain)
    ])
    let nTriples = try text(NTriplesExporter(), graph)
    #expect(
      nTriples.contains(
        "<https://claimgraph.example/vocab#statement> \"q\\\" b\\\\ n\\n r\\r t\\t b\\b f\\f "
          + "nul\\u0000 us\\u001F del\\u007F 😀 é\"@en .\n"))
  }

  @Test func baseIRIAndLanguageAreOptions() throws {
    let options = try RDFOptions(baseIRI: "urn:x:kg/", language: "de-CH")
    let turtle = try text(TurtleExporter(options: options), ExportFixtures.demo)
    #expect(turtle.contains("@prefix claim: <urn:x:kg/claim/> ."))
    #expect(turtle.contains("@prefix claimgraph: <https://claimgraph.example/vocab#> ."))
    #expect(turtle.contains("\"Running may release endorphins in the brain\"@de-CH ;"))
    let untagged = try text(
      NTriplesExporter(options: try RDFOptions(language: "")), ExportFixtures.demo)
    #expect(!untagged.contains("\"@"))
  }

  @Test(arguments: [
    ("claimgraph.example/", "is not absolute"), ("https://x/a b/", "U+20"),
    ("https://x/<a>/", "'<'"), ("https://x/a", "must end with '/' or '#'"),
    ("1http://x/", "is not absolute"),
  ])
  func badBaseIRIsAreRefusedWithAReason(base: String, reason: String) {
    #expect {
      try RDFOptions(baseIRI: base)
    } throws: { error in
      (error as? RDFOptions.Problem)?.description.contains(reason) == true
    }
  }

  @Test func badLanguageTagsAreRefused() {
    #expect(throws: RDFOptions.Problem.self) { try RDFOptions(language: "en_GB") }
    #expect(throws: RDFOptions.Problem.self) { try RDFOptions(language: "toolongtag") }
    #expect((try? RDFOptions(language: "en-GB"))?.language == "en-GB")
  }

  @Test func exportUsageErrorsExitWith2() {
    let console = TestConsole()
    #expect(console.run(["export", "--format", "ntriples", "--base-iri", "nope"]) == 2)
    #expect(console.standardError.contains("the base IRI 'nope' is not absolute"))
    let folder = TestConsole()
    #expect(folder.run(["export", "--format", "neo4j-csv"]) == 2)
    #expect(folder.standardError.contains("neo4j-csv writes a folder of files"))
    let notRDF = TestConsole()
    #expect(notRDF.run(["export", "--format", "dot", "--language", "en"]) == 2)
    #expect(notRDF.standardError.contains("apply only to ntriples and turtle"))
  }

  /// A sink that remembers the largest chunk it was handed.
  private struct ChunkSink: ExportSink {
    var total = 0
    var largest = 0
    mutating func write(_ bytes: [UInt8]) {
      total += bytes.count
      largest = max(largest, bytes.count)
    }
  }

  @Test func exportsStreamInChunksInsteadOfHoldingTheDocument() throws {
    let catalogue = SyntheticCatalogue(claims: 2_000, seed: 3)
    let graph = GraphLoader().load(documents: catalogue.files.map { ($0.path, $0.text) }).graph
    let selection = GraphSelection(graph)
    for exporter in [NTriplesExporter() as any GraphExporter, TurtleExporter()] {
      var sink = ChunkSink()
      try exporter.export(selection, to: &sink)
      #expect(sink.total > 2_000_000)
      #expect(sink.largest < 200_000, "\(type(of: exporter))")
    }
    var folder = ByteFolder()
    try Neo4jCSVExporter().export(selection, to: &folder)
    #expect(folder.files.map(\.bytes.count).reduce(0, +) > 1_000_000)
  }

  // MARK: - Neo4j CSV

  @Test func csvFolderHasOneFilePerKindWithImportHeaders() throws {
    let files = try Neo4jCSVExporter().files(of: GraphSelection(ExportFixtures.demo))
    #expect(files.map(\.name) == Neo4jCSVExporter().fileNames)
    let text = Dictionary(
      uniqueKeysWithValues: files.map { ($0.name, String(decoding: $0.bytes, as: UTF8.self)) })
    #expect(
      text["molecules.csv"]
        == """
        id:ID,:LABEL,name,aliases:string[],category,description,suppressed_rules:string[],suppressions
        beta-endorphin,Molecule,β-endorphin,BE,peptide,,,

        """)
    let boecker =
      "boecker-2008,Source,primary_research,The Runner's High: Opioidergic Mechanisms in "
      + "the Human Brain,Boecker H;Sprenger T,2008,Cerebral Cortex,10.1093/cercor/bhn013,,,pet,"
      + "true,,,,\n"
    #expect(text["sources.csv"]?.contains("\n" + boecker) == true)
    #expect(
      text["claims.csv"]?.contains(
        "endorphins-cause-runners-high,Claim,Blood endorphins alone cause the runner's high,"
          + "refuted,myths,The article calls this a myth.,uncited-claim,"
          + "\"[{\"\"rule\"\":\"\"uncited-claim\"\",\"\"reason\"\":\"\"a myth, cited as such\"\"}]\","
          + "demo,\n"
      )
        == true)
    #expect(
      text["evidence.csv"]
        == """
        :START_ID,:END_ID,:TYPE,id,strength,stated:boolean
        beta-endorphin-binds-mor,pet,RESTS_ON,evidence:beta-endorphin-binds-mor:pet,established,false
        exercise-releases-endorphins,pet,RESTS_ON,evidence:exercise-releases-endorphins:pet,uncertain,true

        """)
    #expect(text["regions.csv"]?.hasSuffix(",Midbrain hub of pain control.,,\n") == true)
    #expect(text["ladybug.cypher"] == Neo4jCSVExporter.ladybugScript)
  }

  @Test func plainHeadersAreThePropertyNamesAlone() throws {
    let neo4j = try Neo4jCSVExporter().files(of: GraphSelection(ExportFixtures.demo))
    let plain = try Neo4jCSVExporter(headerStyle: .plain).files(
      of: GraphSelection(ExportFixtures.demo))
    #expect(plain.map(\.name) == neo4j.map(\.name))
    let headers = Dictionary(
      uniqueKeysWithValues: plain.map {
        ($0.name, String(String(decoding: $0.bytes, as: UTF8.self).prefix { $0 != "\n" }))
      })
    #expect(
      headers["sources.csv"]
        == "id,label,source_type,title,authors,year,venue,doi,pmid,url,methods,listed,"
        + "mentioned_as,note,suppressed_rules,suppressions")
    #expect(
      headers["molecules.csv"]
        == "id,label,name,aliases,category,description,suppressed_rules,suppressions")
    #expect(
      headers["cites.csv"]
        == "start_id,end_id,type,id,strength,stance,methods,locator,inferred,backs")
    #expect(headers["uses-method.csv"] == "start_id,end_id,type,id")
    // Only the header lines differ.
    for (plainFile, neo4jFile) in zip(plain, neo4j) {
      let rows = { (bytes: [UInt8]) in bytes.split(separator: UInt8(ascii: "\n")).dropFirst() }
      #expect(
        rows(plainFile.bytes).elementsEqual(rows(neo4jFile.bytes), by: ==), "\(plainFile.name)")
    }
  }

  @Test func csvFieldsAreQuotedAsRFC4180Has() throws {
    let graph = try KnowledgeGraph(entities: [
      Entity(
        id: "e", kind: .method, name: "a,b \"q\"\nline", aliases: [" pad", "x;y", ""],
        category: "", description: "plain")
    ])
    let files = try Neo4jCSVExporter().files(of: GraphSelection(graph))
    let methods = String(
      decoding: try #require(files.first { $0.name == "methods.csv" }).bytes, as: UTF8.self)
    #expect(
      methods.split(separator: "\n", maxSplits: 1)[1]
        == "e,Method,\"a,b \"\"q\"\"\nline\",\" pad;x\u{FF1B}y;\",\"\",plain,,\n")
  }

  // MARK: - Atomic directory

  @Test func aFolderExportAppearsWholeAndReplacesOnlyAnEarlierExport() throws {
    let directory = try TemporaryDirectory("folder")
    defer { directory.remove() }
    let destination = directory.path + "/csv"
    let exporter = Neo4jCSVExporter()
    let selection = GraphSelection(ExportFixtures.demo)
    try AtomicDirectory.write(to: destination, replacing: exporter.fileNames) { folder in
      try exporter.export(selection, to: &folder)
    }
    #expect(
      try FileManager.default.contentsOfDirectory(atPath: destination).sorted()
        == exporter.fileNames.sorted())
    // A failed export leaves the earlier one and no temporary folder.
    struct Boom: Error {}
    #expect(throws: Boom.self) {
      try AtomicDirectory.write(to: destination, replacing: exporter.fileNames) { folder in
        try folder.writeFile(named: "claims.csv") { sink in try sink.write("half") }
        throw Boom()
      }
    }
    let claims = try String(contentsOfFile: destination + "/claims.csv", encoding: .utf8)
    #expect(claims.hasPrefix("id:ID,:LABEL,statement"))
    #expect(try FileManager.default.contentsOfDirectory(atPath: directory.path) == ["csv"])
    // Exporting again replaces the earlier export.
    let smaller = selection.restricted(toKinds: [.claim])
    try AtomicDirectory.write(to: destination, replacing: exporter.fileNames) { folder in
      try exporter.export(smaller, to: &folder)
    }
    #expect(
      try String(contentsOfFile: destination + "/sources.csv", encoding: .utf8).split(
        separator: "\n"
      ).count == 1)
    #expect(try FileManager.default.contentsOfDirectory(atPath: directory.path) == ["csv"])
    // A folder holding anything else is never replaced.
    try directory.write("mine", to: "other/notes.txt")
    #expect {
      try AtomicDirectory.write(to: directory.path + "/other", replacing: exporter.fileNames) {
        folder in try exporter.export(selection, to: &folder)
      }
    } throws: { error in
      "\(error)".contains("holds 'notes.txt', which this export does not write")
    }
    #expect(
      try FileManager.default.contentsOfDirectory(atPath: directory.path + "/other")
        == ["notes.txt"])
    #expect(
      try FileManager.default.contentsOfDirectory(atPath: directory.path).sorted() == [
        "csv", "other",
      ])
  }

  @Test func exportCommandWritesTheCSVFolder() throws {
    let directory = try TemporaryDirectory("csv-command")
    defer { directory.remove() }
    let graph = try directory.write(
      ExportFixtures.export(.json, ExportFixtures.demo), to: "demo.json")
    let console = TestConsole()
    #expect(
      console.run([
        "export", "--graph", graph, "--format", "neo4j-csv", "--output", directory.path + "/out",
      ]) == 0)
    #expect(console.standardError == "")
    for (name, bytes) in try Neo4jCSVExporter().files(of: GraphSelection(ExportFixtures.demo)) {
      #expect(
        try [UInt8](Data(contentsOf: URL(fileURLWithPath: directory.path + "/out/" + name)))
          == bytes, "\(name)")
    }
  }

  @Test func headerStyleChoosesTheHeadersAndAppliesOnlyToTheCSVFolder() throws {
    let directory = try TemporaryDirectory("csv-header-style")
    defer { directory.remove() }
    let graph = try directory.write(
      ExportFixtures.export(.json, ExportFixtures.demo), to: "demo.json")
    let console = TestConsole()
    #expect(
      console.run([
        "export", "--graph", graph, "--format", "neo4j-csv", "--header-style", "plain",
        "--output", directory.path + "/out",
      ]) == 0)
    let plain = Neo4jCSVExporter(headerStyle: .plain)
    for (name, bytes) in try plain.files(of: GraphSelection(ExportFixtures.demo)) {
      #expect(
        try [UInt8](Data(contentsOf: URL(fileURLWithPath: directory.path + "/out/" + name)))
          == bytes, "\(name)")
    }
    let misplaced = TestConsole()
    #expect(
      misplaced.run(["export", "--graph", graph, "--format", "json", "--header-style", "plain"])
        == 2)
    #expect(misplaced.standardError.contains("--header-style applies only to neo4j-csv"))
    let unknown = TestConsole()
    #expect(
      unknown.run([
        "export", "--graph", graph, "--format", "neo4j-csv", "--header-style", "admin",
        "--output", directory.path + "/other",
      ]) == 2)
    #expect(unknown.standardError.contains("'admin'"))
  }
}
