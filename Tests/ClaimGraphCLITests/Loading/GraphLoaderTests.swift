import ClaimGraph
import ClaimGraphTestSupport
import ClaimGraphYAML
import Foundation
import Testing

@Suite struct GraphLoaderTests {
  static let brokenCases = [
    "alias-reuse", "billion-laughs", "dangling", "duplicate-id", "duplicate-key", "empty",
    "missing-field", "nesting", "not-utf8", "syntax", "unknown-key", "wrong-type",
  ]

  @Test func validFixtureLoadsWithoutDiagnostics() throws {
    let loaded = GraphLoader().load(directory: Fixture.path("loader/valid"))
    #expect(loaded.diagnostics == [])
    #expect(
      loaded.files.map { ($0 as NSString).lastPathComponent } == [
        "article.yaml", "claims.yaml", "entities.yaml", "sources.yaml",
      ])
    let graph = loaded.graph
    #expect(
      graph.claims.map(\.id) == ["endorphin-binds-mor", "happiness-chemical", "pag-analgesia"])
    #expect(graph.sources.map(\.id) == ["rodent-studies", "smith-2020"])
    #expect(
      graph.entities.map(\.id) == [
        "periaqueductal-gray", "mu-opioid-receptor", "beta-endorphin", "animal-model", "pet",
      ])
    let claim = try #require(graph.claim("pag-analgesia"))
    #expect(claim.strength == .uncertain)
    #expect(
      claim.citations == [
        Citation(source: "rodent-studies"),
        Citation(source: "smith-2020", methods: ["pet"], stance: .mentions),
      ])
    let source = try #require(graph.source("smith-2020"))
    #expect(source.title == "A PET study of \"opioid\" binding & more")
    #expect(source.authors == ["Smith J", "Jones K"])
    #expect(source.shortLabel == "Smith & Jones 2020")
    #expect(graph.source("rodent-studies")?.isListed == false)
    #expect(graph.entity("beta-endorphin")?.aliases == ["β-endorphin"])
    #expect(
      graph.claim("happiness-chemical")?.suppressions == [
        Suppression(rule: "uncited-claim", reason: "a myth the article rejects")
      ])
  }

  @Test func everyNodeAndFieldKeepsItsLocation() throws {
    let loaded = GraphLoader().load(directory: Fixture.path("loader/valid"))
    let claims = Fixture.path("loader/valid/claims.yaml")
    let map = loaded.sourceMap
    #expect(
      map.location(of: "endorphin-binds-mor") == SourceLocation(file: claims, line: 2, column: 5))
    #expect(map.location(of: "endorphin-binds-mor", field: "strength")?.line == 4)
    #expect(
      map.location(of: "pag-analgesia", field: "citations[1].source")
        == SourceLocation(file: claims, line: 20, column: 17))
    #expect(
      map.location(of: "pag-analgesia", field: "citations[1].methods[0]")
        == SourceLocation(file: claims, line: 21, column: 19))
    #expect(
      map.location(of: "pag-analgesia", field: "about[1]")
        == SourceLocation(file: claims, line: 16, column: 34))
    // An unrecorded field falls back to its nearest recorded parent.
    #expect(map.location(of: "pag-analgesia", field: "citations[1].locator")?.line == 20)
  }

  @Test(arguments: brokenCases)
  func brokenInputGivesExactDiagnostics(_ name: String) throws {
    let directory = Fixture.path("loader/broken/\(name)")
    // What loading reports: the reader's problems, then the integrity check's.
    let loaded = GraphIntegrity.checked(GraphLoader().load(directory: directory))
    let printed = loaded.diagnostics.map {
      $0.description.replacingOccurrences(of: directory + "/", with: "") + "\n"
    }.joined()
    #expect(printed == (try Fixture.text("loader/broken/\(name)/expected.txt")))
    #expect(loaded.hasErrors)
  }

  @Test(arguments: brokenCases)
  func brokenInputExitsWithTwoAndPrintsNothingOnStandardOutput(_ name: String) throws {
    let directory = Fixture.path("loader/broken/\(name)")
    let result = runCommand(["stats", "--graph", directory, "--format", "json"])
    let expected = try Fixture.text("loader/broken/\(name)/expected.txt")
    #expect(result.status == 2)
    #expect(result.stdout == "")
    #expect(result.stderr.replacingOccurrences(of: directory + "/", with: "") == expected)
  }

  @Test func missingDirectoryIsAClearError() {
    let result = runCommand(["stats", "--graph", "/nonexistent/graph"])
    #expect(result.status == 2)
    #expect(
      result.stderr
        == "error: '/nonexistent/graph' does not exist; pass the graph directory with --graph [unreadable-file]\n"
    )
  }

  @Test func resultDoesNotDependOnFileOrder() throws {
    let names = ["article.yaml", "claims.yaml", "entities.yaml", "sources.yaml"]
    let documents = try names.map { (file: $0, text: try Fixture.text("loader/valid/\($0)")) }
    let forward = GraphLoader().load(documents: documents)
    let backward = GraphLoader().load(documents: documents.reversed())
    #expect(forward.graph == backward.graph)
    #expect(forward.graph.edges == backward.graph.edges)
    #expect(forward.diagnostics == [])
  }

  @Test func crlfLineEndsAndAUTF8ByteOrderMarkAreAccepted() {
    let text = "\u{FEFF}sections:\r\n  - id: intro\r\n    title: Intro\r\n"
    let loaded = GraphLoader().load(documents: [(file: "crlf.yaml", text: text)])
    #expect(loaded.diagnostics == [])
    #expect(loaded.graph.sections == [Section(id: "intro", title: "Intro")])
  }

  @Test func oversizedFilesAreRefused() throws {
    let loader = GraphLoader(limits: .init(maxFileBytes: 100))
    let loaded = loader.load(directory: Fixture.path("loader/valid"))
    let refused = loaded.diagnostics.filter { $0.rule == "limit-exceeded" }
    #expect(refused.count == 4)
    #expect(refused.first?.message == "the file is larger than the limit of 100 bytes")
  }

  @Test func linkLoopsBrokenLinksAndFIFOsAreReportedNotFollowed() throws {
    let manager = FileManager.default
    let directory = manager.temporaryDirectory.appendingPathComponent(
      "claimgraph-links-\(UUID().uuidString)"
    ).path
    defer { try? manager.removeItem(atPath: directory) }
    try manager.createDirectory(atPath: directory + "/sub", withIntermediateDirectories: true)
    try manager.copyItem(
      atPath: Fixture.path("loader/valid/article.yaml"), toPath: directory + "/article.yaml")
    try manager.createSymbolicLink(atPath: directory + "/sub/up", withDestinationPath: "..")
    try manager.createSymbolicLink(
      atPath: directory + "/loop.yaml", withDestinationPath: "loop.yaml")
    try manager.createSymbolicLink(
      atPath: directory + "/gone.yaml", withDestinationPath: "/nonexistent")
    try manager.createSymbolicLink(
      atPath: directory + "/linked.yaml", withDestinationPath: "article.yaml")
    #expect(mkfifo(directory + "/pipe.yaml", 0o600) == 0)

    let loaded = GraphLoader().load(directory: directory)
    #expect(
      loaded.diagnostics.map { $0.description.replacingOccurrences(of: directory, with: "") }
        == [
          "/gone.yaml:1:1: error: the symbolic link is broken or loops; it is not read [unreadable-file]",
          "/linked.yaml:2:3: error: duplicate article id 'mini' (first declared at \(directory)/article.yaml:2:3) [duplicate-id]",
          "/linked.yaml:5:5: error: duplicate section id 'intro' (first defined at \(directory)/article.yaml:5:5) [duplicate-id]",
          "/linked.yaml:7:5: error: duplicate section id 'myths' (first defined at \(directory)/article.yaml:7:5) [duplicate-id]",
          "/loop.yaml:1:1: error: the symbolic link is broken or loops; it is not read [unreadable-file]",
          "/pipe.yaml:1:1: error: not a regular file (a FIFO, socket or device?); it is not read [unreadable-file]",
        ].map { $0.replacingOccurrences(of: directory, with: "") })
  }
}
