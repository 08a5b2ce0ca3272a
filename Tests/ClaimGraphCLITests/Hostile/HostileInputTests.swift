import ClaimGraph
import ClaimGraphTestSupport
import ClaimGraphYAML
import Foundation
import Testing

/// Hostile and broken graph directories: each is refused with one exact, located message
/// and exit status 2 (or, where the input is fine, accepted), never a crash or a hang.
///
/// Small fixtures live in `Fixtures/Hostile/<case>/`; big ones are generated here.
@Suite struct HostileInputTests {
  static let aliasMessage =
    "is an alias; anchors and aliases are not supported (they can expand a small file into a "
    + "huge one) [limit-exceeded]"

  /// Runs `claimgraph stats` on a directory and returns its status, standard output and
  /// standard error with the directory's path removed.
  private func stats(_ directory: String) -> CommandResult {
    var result = runCommand(["stats", "--graph", directory])
    result.stderr = result.stderr.replacingOccurrences(of: directory + "/", with: "")
    return result
  }

  private func refused(_ directory: String, _ message: String) {
    #expect(stats(directory) == CommandResult(status: 2, stdout: "", stderr: message + "\n"))
  }

  // MARK: - Committed fixtures

  @Test(arguments: [
    ("billion-laughs", "laughs.yaml:3:14: error: '*l1' \(aliasMessage)"),
    (
      "utf16-bom",
      "claims.yaml:1:1: error: the file starts with a UTF-16 or UTF-32 byte-order mark; save it as UTF-8 [invalid-encoding]"
    ),
    (
      "invalid-utf8",
      "claims.yaml:2:12: error: the file is not valid UTF-8 (first bad byte here); save it as UTF-8 [invalid-encoding]"
    ),
    (
      "binary",
      "image.yaml:3:1: error: the file is binary, not text (it holds a NUL byte here); graph files are UTF-8 YAML [invalid-encoding]"
    ),
  ])
  func committedFixturesAreRefused(name: String, message: String) {
    refused(Fixture.path("Hostile/\(name)"), message)
  }

  @Test(arguments: ["billion-laughs", "utf16-bom", "invalid-utf8", "binary"])
  func buildWritesNothingForHostileInput(name: String) throws {
    let directory = try TemporaryDirectory("hostile-build")
    defer { directory.remove() }
    let exports = directory.path + "/Exports"
    let result = runCommand([
      "build", "--graph", Fixture.path("Hostile/\(name)"), "--exports", exports,
    ])
    #expect(result.status == 2)
    #expect(result.stdout == "")
    #expect(!FileManager.default.fileExists(atPath: exports))
  }

  // MARK: - Nesting

  @Test func twoHundredThousandBracketsAreRefusedBeforeTheParserRecurses() throws {
    let directory = try TemporaryDirectory("brackets")
    defer { directory.remove() }
    try directory.write(String(repeating: "[", count: 200_000), to: "deep.yaml")
    refused(
      directory.path,
      "deep.yaml:1:65: error: collections are nested more than 64 deep [limit-exceeded]")
  }

  @Test func tenThousandCompactBlockListsAreRefused() throws {
    let directory = try TemporaryDirectory("compact")
    defer { directory.remove() }
    try directory.write(
      "claims:\n  " + String(repeating: "- ", count: 10_000) + "x\n", to: "a.yaml")
    try directory.write("sections: []\n", to: "b.yaml")  // two files: parsed on worker threads
    refused(
      directory.path,
      "a.yaml:2:129: error: collections are nested more than 64 deep [limit-exceeded]")
  }

  @Test func tenThousandLevelsOfIndentationAreRefused() throws {
    let directory = try TemporaryDirectory("indent")
    defer { directory.remove() }
    var text = "claims:\n"
    for level in 1...10_000 { text += String(repeating: " ", count: level) + "k:\n" }
    try directory.write(text, to: "a.yaml")
    try directory.write("sections: []\n", to: "b.yaml")
    refused(
      directory.path,
      "a.yaml:65:65: error: collections are nested more than 64 deep [limit-exceeded]")
  }

  @Test func bracketsInQuotesCommentsBlockScalarsAndTextAreNotNesting() {
    let deep = String(repeating: "[", count: 100)
    let text = """
      sections:
        - id: s
          title: "\(deep) \\" \(deep)"
          # \(deep)
      claims:
        - id: c
          statement: it's \(deep) and 'also' \(deep)
          note: |
            \(deep)
              - - - - - - - - - - - - - - - - - - - - - - - - - - - - - - - - - - - - - - - x
          strength: uncertain
          section: s
      """
    let loaded = GraphLoader().load(documents: [(file: "a.yaml", text: text)])
    #expect(loaded.diagnostics == [])
    #expect(loaded.graph.claims.first?.note?.hasPrefix(deep) == true)
  }

  @Test func aQuoteInsidePlainTextCannotHideBracketsOnLaterLines() throws {
    let directory = try TemporaryDirectory("quote")
    defer { directory.remove() }
    try directory.write(
      "sections: a 'b\nclaims: " + String(repeating: "[", count: 200_000), to: "a.yaml")
    refused(
      directory.path,
      "a.yaml:2:72: error: collections are nested more than 64 deep [limit-exceeded]")
  }

  @Test func nestingAtTheLimitLoadsOnWorkerThreads() throws {
    // 64 levels: the top-level mapping, 31 block lists and 32 flow lists.
    let block = (0..<31).map { String(repeating: "  ", count: $0) + "-\n" }.joined()
    let text =
      "claims:\n" + block + String(repeating: "  ", count: 31)
      + String(repeating: "[", count: 32) + String(repeating: "]", count: 32) + "\n"
    let limits = GraphLoader.Limits(maxNestingDepth: 64)
    let documents = [(file: "a.yaml", text: text), (file: "b.yaml", text: "sections: []\n")]
    let loaded = GraphLoader(limits: limits).load(documents: documents)
    #expect(loaded.diagnostics.map(\.rule) == ["wrong-type"])
    let tighter = GraphLoader(limits: .init(maxNestingDepth: 63)).load(documents: documents)
    #expect(tighter.diagnostics.map(\.message) == ["collections are nested more than 63 deep"])
  }

  // MARK: - Size

  @Test func aTwentyMegabyteSingleLineScalarLoads() throws {
    let statement = String(repeating: "endorphin ", count: 2_000_000)
    let text =
      "sections: [{id: s, title: S}]\nclaims:\n"
      + "  - {id: c, section: s, strength: uncertain, statement: \"\(statement)\"}\n"
    let loaded = GraphLoader().load(documents: [(file: "long.yaml", text: text)])
    #expect(loaded.diagnostics == [])
    #expect(loaded.graph.claims.first?.statement.utf8.count == 20_000_000)
  }

  @Test func filesOverTheSizeLimitAreRefusedUnread() throws {
    let directory = try TemporaryDirectory("size")
    defer { directory.remove() }
    try directory.write(String(repeating: "#", count: 2_000), to: "big.yaml")
    let loaded = GraphLoader(limits: .init(maxFileBytes: 1_000)).load(directory: directory.path)
    #expect(
      loaded.diagnostics.map { $0.description.replacingOccurrences(of: directory.path, with: "") }
        == [
          "/big.yaml:1:1: error: the file is larger than the limit of 1000 bytes [limit-exceeded]"
        ])
  }

  @Test func limitsAreConfigurableOnTheCommandLine() throws {
    let valid = Fixture.path("loader/valid")
    var small = runCommand(["stats", "--graph", valid, "--max-file-size", "300"])
    small.stderr = small.stderr.replacingOccurrences(of: valid + "/", with: "")
    #expect(
      small
        == CommandResult(
          status: 2, stdout: "",
          stderr: ["claims.yaml", "entities.yaml", "sources.yaml"].map {
            "\($0):1:1: error: the file is larger than the limit of 300 bytes [limit-exceeded]\n"
          }.joined()))
    // The deepest value is a citation's methods: the file, claims, a claim, its citations, a
    // citation, its methods (6 levels).
    var shallow = runCommand(["stats", "--graph", valid, "--max-nesting", "5"])
    shallow.stderr = shallow.stderr.replacingOccurrences(of: valid + "/", with: "")
    #expect(shallow.status == 2)
    #expect(
      shallow.stderr.hasPrefix(
        "claims.yaml:21:18: error: collections are nested more than 5 deep [limit-exceeded]\n"))
    #expect(runCommand(["stats", "--graph", valid, "--max-nesting", "6"]).status == 0)
    let graphML = Fixture.path("Export/demo.graphml")
    #expect(
      runCommand(["stats", "--graph", graphML, "--max-file-size", "1000"])
        == CommandResult(
          status: 2, stdout: "",
          stderr:
            "\(graphML):1:1: error: \(graphML) is larger than 1000 bytes [limit-exceeded]\n"))
    // --max-nesting bounds node-link JSON too: the fixture's deepest values are a relation's
    // object inside a node's list (6 levels) and a quote of a claim's stated evidence (7).
    let json = Fixture.path("Export/demo.json")
    #expect(
      runCommand(["stats", "--graph", json, "--max-nesting", "5"])
        == CommandResult(
          status: 2, stdout: "",
          stderr:
            "\(json):2:462: error: arrays and objects are nested more than 5 deep [limit-exceeded]\n"
        ))
    #expect(
      runCommand(["stats", "--graph", json, "--max-nesting", "6"])
        == CommandResult(
          status: 2, stdout: "",
          stderr:
            "\(json):4:574: error: arrays and objects are nested more than 6 deep [limit-exceeded]\n"
        ))
    #expect(runCommand(["stats", "--graph", json, "--max-nesting", "7"]).status == 0)
    let zero = runCommand(["stats", "--graph", valid, "--max-nesting", "0"])
    #expect(zero.status == 2)
    #expect(zero.stderr.hasPrefix("Error: --max-nesting must be at least 1\n"))
  }

  // MARK: - Encodings and line ends

  @Test func crlfAndAUTF8ByteOrderMarkGiveTheSameGraph() throws {
    let names = ["article.yaml", "claims.yaml", "entities.yaml", "sources.yaml"]
    let plain = try names.map { (file: $0, text: try Fixture.text("loader/valid/\($0)")) }
    let windows = plain.map {
      (
        file: $0.file,
        bytes: [0xEF, 0xBB, 0xBF] + Array($0.text.replacing("\n", with: "\r\n").utf8)
      )
    }
    let expected = GraphLoader().load(documents: plain)
    let loaded = GraphLoader().load(documents: windows)
    #expect(loaded.diagnostics == [])
    #expect(loaded.graph == expected.graph)
    #expect(loaded.sourceMap == expected.sourceMap)
  }

  @Test func crlfFilesReportTheRightLineAndColumn() {
    let text = "sections:\r\n  - id: s\r\n    titel: S\r\n"
    let loaded = GraphLoader().load(documents: [(file: "a.yaml", text: text)])
    #expect(
      loaded.diagnostics.map(\.description) == [
        "a.yaml:2:5: error: a section is missing the required key 'title' [missing-field]",
        "a.yaml:3:5: error: unknown key 'titel' in section 's'; did you mean 'title'? "
          + "(allowed keys: id, title) [unknown-key]",
      ])
  }

  // MARK: - Other files in the graph directory

  @Test func markdownAndOtherFilesAreIgnored() throws {
    let directory = try TemporaryDirectory("others")
    defer { directory.remove() }
    for name in ["article.yaml", "claims.yaml", "entities.yaml", "sources.yaml"] {
      try directory.write(try Fixture.text("loader/valid/\(name)"), to: name)
    }
    try directory.write("# Notes\n\n: not: [yaml\n", to: "README.md")
    try directory.write([0x89, 0x50, 0x4E, 0x47, 0, 0, 0xFF], to: "figures/photo.png")
    try directory.write("claims: [", to: ".hidden/draft.yaml")
    let result = stats(directory.path)
    #expect(result.status == 0)
    #expect(result.stderr == "")
    // Ten nodes, and the article's.
    #expect(result.stdout.hasPrefix("Nodes (11)\n"))
  }

  @Test func symbolicLinkLoopsAreReportedNotFollowed() throws {
    let directory = try TemporaryDirectory("loops")
    defer { directory.remove() }
    let manager = FileManager.default
    try directory.write("sections: []\n", to: "sub/ok.yaml")
    try manager.createSymbolicLink(atPath: directory.path + "/sub/again", withDestinationPath: "..")
    try manager.createSymbolicLink(
      atPath: directory.path + "/a.yaml", withDestinationPath: "b.yaml")
    try manager.createSymbolicLink(
      atPath: directory.path + "/b.yaml", withDestinationPath: "a.yaml")
    refused(
      directory.path,
      """
      a.yaml:1:1: error: the symbolic link is broken or loops; it is not read [unreadable-file]
      b.yaml:1:1: error: the symbolic link is broken or loops; it is not read [unreadable-file]
      """)
  }
}
