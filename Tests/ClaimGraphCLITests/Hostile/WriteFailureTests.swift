import ClaimGraph
import ClaimGraphFormats
import ClaimGraphFormatsTestSupport
import ClaimGraphProject
import ClaimGraphTestSupport
import Foundation
import Testing

/// The probes of issue 20 on writing: a folder export never deletes what it did not
/// write, keeps the modes a user chose, every write error is one line naming the path
/// (standard output included), and a build killed while renaming is completed by the
/// next one.
///
/// Faults the process must meet for real (a full device, a size limit, a umask, a closed
/// pipe) are set up by `sh` around the built `claimgraph`.
@Suite struct WriteFailureTests {
  private func listing(_ directory: String) -> [String] {
    ((try? FileManager.default.contentsOfDirectory(atPath: directory)) ?? []).sorted()
  }

  private func contents(_ path: String) -> String? {
    FileManager.default.contents(atPath: path).map { String(decoding: $0, as: UTF8.self) }
  }

  private func mode(_ path: String) -> mode_t {
    var status = stat()
    return lstat(path, &status) == 0 ? status.st_mode & 0o7777 : 0
  }

  /// Runs `script` with `sh -c`, `$0` the built `claimgraph` and `$1`… `arguments`.
  private func shell(_ script: String, _ arguments: [String] = []) throws -> CommandResult {
    let result = try ChildProcess.run(
      "/bin/sh", ["-c", script, BuiltExecutable.path] + arguments,
      environment: ["PATH": "/usr/bin:/bin"])
    return CommandResult(
      status: result.status, stdout: String(decoding: result.stdout, as: UTF8.self),
      stderr: String(decoding: result.stderr, as: UTF8.self))
  }

  /// The id of a process that has ended (a `true` that was waited for).
  private func deadProcessID() throws -> Int32 {
    try ChildProcess.run("/bin/sh", ["-c", "true"]).processIdentifier
  }

  // MARK: - Folder exports (probe 3)

  /// Regression: a Spark-style `claims.csv/part-0000.csv` was taken for an earlier export
  /// and deleted, exit 0.
  @Test func aFolderExportRefusesAForeignSubfolderAndLeavesItIntact() throws {
    let directory = try TemporaryDirectory("foreign-folder")
    defer { directory.remove() }
    try directory.write("spark,data\n", to: "out/claims.csv/part-0000.csv")
    try directory.write("id\n", to: "out/sources.csv")
    let output = directory.path + "/out"
    let result = runCommand([
      "export", "--graph", Fixture.path("loader/valid"), "--format", "neo4j-csv", "--output",
      output,
    ])
    #expect(
      result
        == CommandResult(
          status: 2, stdout: "",
          stderr: "error: cannot write \(output): the folder holds 'claims.csv', a folder, "
            + "which this export does not write; choose an empty or new folder\n"))
    #expect(listing(output) == ["claims.csv", "sources.csv"])
    #expect(contents(output + "/claims.csv/part-0000.csv") == "spark,data\n")
    #expect(listing(directory.path) == ["out"], "no temporary folder is left")
  }

  @Test func aFolderExportRefusesASymbolicLinkOfAnExportedName() throws {
    let directory = try TemporaryDirectory("linked-entry")
    defer { directory.remove() }
    let target = try directory.write("mine\n", to: "elsewhere.csv")
    try FileManager.default.createDirectory(
      atPath: directory.path + "/out", withIntermediateDirectories: true)
    try FileManager.default.createSymbolicLink(
      atPath: directory.path + "/out/claims.csv", withDestinationPath: target)
    let exporter = Neo4jCSVExporter()
    #expect {
      try AtomicDirectory.write(to: directory.path + "/out", replacing: exporter.fileNames) {
        folder in try exporter.export(GraphSelection(ExportFixtures.demo), to: &folder)
      }
    } throws: { error in
      "\(error)".contains("holds 'claims.csv', a symbolic link, which this export does not write")
    }
    #expect(contents(target) == "mine\n")
  }

  /// Issue 25, item 6: the folder export created its files 0644 and its folder 0755
  /// whatever the umask, and a replaced folder lost its mode.
  @Test func aFolderExportHonoursTheUmaskAndKeepsAReplacedFoldersModes() throws {
    let directory = try TemporaryDirectory("folder-modes")
    defer { directory.remove() }
    let output = directory.path + "/neo4j"
    let export = "umask 077 && exec \"$0\" export --graph \"$1\" -f neo4j-csv --output \"$2\""
    let result = try shell(export, [Fixture.path("loader/valid"), output])
    #expect(result.status == 0, "\(result.stderr)")
    #expect(mode(output) == 0o700)
    let files = listing(output)
    #expect(files == Neo4jCSVExporter().fileNames.sorted())
    #expect(files.allSatisfy { mode(output + "/" + $0) == 0o600 })

    // Replacing it keeps the folder's mode and each file's own.
    chmod(output, 0o750)
    chmod(output + "/claims.csv", 0o640)
    let again = try shell(
      "umask 022 && exec \"$0\" export --graph \"$1\" -f neo4j-csv --output \"$2\"",
      [Fixture.path("loader/valid"), output])
    #expect(again.status == 0, "\(again.stderr)")
    #expect(mode(output) == 0o750)
    #expect(mode(output + "/claims.csv") == 0o640)
    #expect(mode(output + "/sources.csv") == 0o600)
    #expect(listing(directory.path) == ["neo4j"])
  }

  // MARK: - Write errors are messages (probe 8, item 10)

  /// Regression: `export … > /dev/full` crashed with exit 132 and a 60-line backtrace.
  @Test(.enabled(if: FileManager.default.fileExists(atPath: "/dev/full")))
  func aFullStandardOutputIsOneLineAndExitTwo() throws {
    let graph = Fixture.path("loader/valid")
    for command in [
      "export --graph \"$1\" --format json", "stats --graph \"$1\"", "stats \"$1\" -f json",
      "lint \"$1\" --format json", "query --graph \"$1\" strength:established", "rules", "--help",
    ] {
      let result = try shell("exec \"$0\" \(command) > /dev/full", [graph])
      #expect(
        result
          == CommandResult(
            status: 2, stdout: "",
            stderr: "error: cannot write standard output: No space left on device\n"),
        "\(command)")
    }
  }

  /// A reader that goes away (`claimgraph export | head`) ends the export quietly: by
  /// `SIGPIPE` as any tool, or, where `SIGPIPE` is ignored, with exit 0 and no message.
  @Test func aClosedPipeEndsTheExportQuietly() throws {
    let directory = try TemporaryDirectory("pipe")
    defer { directory.remove() }
    let status = directory.path + "/status"
    let result = try shell(
      "trap '' PIPE; { \"$0\" export --graph \"$1\" --format json; echo $? > \"$2\"; } "
        + "| head -c 1 > /dev/null",
      [Fixture.articleGraph, status])
    #expect(result == CommandResult(status: 0, stdout: "", stderr: ""))
    #expect(contents(status) == "0\n")
  }

  /// Regression: a full disk said "cannot write file descriptor 7".
  ///
  /// A file size limit
  /// stands in for the full disk: each write past it fails as `ENOSPC` would.
  @Test func aFailedFileWriteNamesTheFileAndTheReason() throws {
    let directory = try TemporaryDirectory("too-large")
    defer { directory.remove() }
    let output = try directory.write("old\n", to: "graph.json")
    let result = try shell(
      "trap '' XFSZ; ulimit -f 8 && exec \"$0\" export --graph \"$1\" -f json --output \"$2\"",
      [Fixture.articleGraph, output])
    #expect(
      result
        == CommandResult(
          status: 2, stdout: "", stderr: "error: cannot write \(output): File too large\n"))
    #expect(contents(output) == "old\n")
    #expect(listing(directory.path) == ["graph.json"])
  }

  /// Regression: a step summary that could not be written gave a raw system error dump,
  /// and one that was a FIFO without a reader hung `lint` for ever.
  @Test func anUnwritableStepSummaryIsAOneLineWarning() throws {
    let directory = try TemporaryDirectory("step-summary")
    defer { directory.remove() }
    let fifo = directory.path + "/summary"
    #expect(mkfifo(fifo, 0o600) == 0)
    var places = [fifo]
    if FileManager.default.fileExists(atPath: "/dev/full") { places.append("/dev/full") }
    for summary in places {
      let result = runCommand(
        ["lint", Fixture.path("loader/valid"), "--format", "github"],
        environment: ["GITHUB_STEP_SUMMARY": summary])
      #expect(result.status == 0)
      let reason = summary == fifo ? "No such device or address" : "No space left on device"
      #expect(
        result.stderr.hasPrefix(
          "warning: cannot write \(summary): \(reason) (the step summary)\n"))
    }
  }

  /// Regression: `Exports` being a file printed a raw system error dump.
  @Test func exportsBeingAFileIsAClearError() throws {
    let directory = try TemporaryDirectory("exports-file")
    defer { directory.remove() }
    let exports = try directory.write("mine\n", to: "Exports")
    let graph = try directory.write(
      ExportFixtures.export(.json, ExportFixtures.demo), to: "demo.json")
    let result = runCommand(["build", "--graph", graph, "--exports", exports])
    #expect(result.status == 2)
    #expect(
      result.stderr.split(separator: "\n").last.map(String.init)
        == "error: cannot write \(exports): it is a file, not a folder; remove it or write "
        + "elsewhere")
    #expect(contents(exports) == "mine\n")
  }

  /// Regression: a 0-byte YAML file made `lint` exit 1 where the README says 2 (and
  /// `stats` exited 2); the graph rules, which would report its ids as missing, wait.
  @Test func anEmptyGraphFileMakesLintExitTwo() throws {
    let directory = try TemporaryDirectory("empty-yaml")
    defer { directory.remove() }
    for name in ["article.yaml", "claims.yaml", "entities.yaml", "sources.yaml"] {
      try directory.write(try Fixture.text("loader/valid/\(name)"), to: "graph/\(name)")
    }
    try directory.write("", to: "graph/claims.yaml")
    let graph = directory.path + "/graph"
    #expect(
      runCommand(["lint", graph])
        == CommandResult(
          status: 2,
          stdout: "\(graph)/claims.yaml:1:1: error: the file holds no data [empty-file]\n",
          stderr: "1 error in 1 file; the graph rules run once every file can be read.\n"))
    #expect(runCommand(["stats", graph]).status == 2)
  }

  // MARK: - Symbolic links and modes inside Exports (item 6)

  /// Regression: a `queries` folder that was a symbolic link had the build write through
  /// it, into its target.
  @Test func aSymbolicLinkFolderInsideExportsIsNotFollowed() throws {
    let directory = try TemporaryDirectory("linked-queries")
    defer { directory.remove() }
    let elsewhere = directory.path + "/elsewhere"
    try FileManager.default.createDirectory(atPath: elsewhere, withIntermediateDirectories: true)
    let exports = directory.path + "/Exports"
    try FileManager.default.createDirectory(atPath: exports, withIntermediateDirectories: true)
    try FileManager.default.createSymbolicLink(
      atPath: exports + "/queries", withDestinationPath: elsewhere)
    let plan = BuildPlan(graph: ExportFixtures.demo, directory: exports)
    #expect {
      try plan.write()
    } throws: { error in
      "\(error)"
        == "cannot write \(exports)/queries: it is a symbolic link; exports are written only "
        + "into real folders (remove the link)"
    }
    #expect(listing(elsewhere) == [])
    #expect(listing(exports) == ["queries"])
  }

  /// Regression: a destination that was a symbolic link gave the new file its target's
  /// mode.
  @Test func aReplacedSymbolicLinkDoesNotLendItsTargetsMode() throws {
    let directory = try TemporaryDirectory("linked-file")
    defer { directory.remove() }
    let target = try directory.write("target\n", to: "target.txt")
    chmod(target, 0o604)
    let destination = directory.path + "/out.txt"
    try FileManager.default.createSymbolicLink(atPath: destination, withDestinationPath: target)
    try AtomicFile.write("new\n", to: destination)
    // A file this process creates anew: 0666 less its umask.
    let fresh = directory.path + "/fresh"
    close(open(fresh, O_WRONLY | O_CREAT | O_EXCL, 0o666))
    #expect(mode(destination) == mode(fresh))
    #expect(mode(destination) != 0o604)
    #expect(contents(target) == "target\n")
    #expect(contents(destination) == "new\n")
  }

  // MARK: - Stale temporaries (item 6)

  @Test func temporaryFoldersOfDeadProcessesAreRemoved() throws {
    let directory = try TemporaryDirectory("stale-folders")
    defer { directory.remove() }
    let dead = try deadProcessID()
    try directory.write("svg", to: "claimgraph-dot-\(dead)-abc123/out.svg")
    try directory.write("csv", to: ".neo4j.tmp-\(dead)-abc123/claims.csv")
    try directory.write("mine", to: "claimgraph-dot-\(getpid())-abc123/in.dot")
    try directory.write("mine", to: "claimgraph-dot-notes.txt")
    try directory.write("mine", to: "claimgraph-dot-abcdef")
    #expect(
      AtomicFile.removeStaleTemporaries(in: directory.path, prefixed: "claimgraph-dot-")
        == ["claimgraph-dot-\(dead)-abc123"])
    #expect(
      AtomicFile.removeStaleTemporaries(in: directory.path, of: "neo4j")
        == [".neo4j.tmp-\(dead)-abc123"])
    #expect(
      listing(directory.path) == [
        "claimgraph-dot-\(getpid())-abc123", "claimgraph-dot-abcdef", "claimgraph-dot-notes.txt",
      ])
  }

  /// Regression: `/tmp/claimgraph-dot-*` folders of a killed build stayed for ever.
  @Test(.requires(tools: "dot"))
  func graphvizRemovesTheFoldersOfKilledRenderings() throws {
    let graphviz = try #require(Graphviz.find())
    let temporary = FileManager.default.temporaryDirectory.path
    let stale = "\(temporary)/claimgraph-dot-\(try deadProcessID())-zz9zz9"
    try FileManager.default.createDirectory(atPath: stale, withIntermediateDirectories: true)
    _ = try graphviz.svg(of: Array("digraph { a -> b }".utf8))
    #expect(!FileManager.default.fileExists(atPath: stale))
  }

  // MARK: - JSON export lines (item 6)

  /// A graph whose article text is `text`.
  private func graph(text: String) throws -> KnowledgeGraph {
    try KnowledgeGraph(
      article: Article(id: "a", title: "A"),
      claims: [Claim(id: "c", statement: "S.", strength: .uncertain)],
      sources: [], entities: [], text: ArticleText(path: "article.txt", text: text))
  }

  /// A long article text is written as a list of pieces, one per line, each short enough
  /// for the reader, and reads back whole; pieces never split a character.
  @Test func aLongArticleTextIsSplitIntoLinesTheReaderTakes() throws {
    let text = String(repeating: "\u{1}é😀\n\"", count: 400)  // 9 bytes of UTF-8, 30 escaped
    let exporter = NodeLinkJSONExporter(longTextBytes: 1000)
    let json = try exporter.bytes(of: GraphSelection(try graph(text: text)))
    let lines = json.split(separator: UInt8(ascii: "\n"))
    #expect(lines.count > 4)
    #expect(lines.allSatisfy { $0.count <= 6 * 1000 + 3 })
    let loaded = NodeLinkJSONReader(maxLineBytes: 6 * 1000 + 3).load(bytes: json, file: "a.json")
    #expect(loaded.diagnostics.isEmpty, "\(loaded.diagnostics)")
    #expect(loaded.graph.text?.text == text)
    #expect(
      NodeLinkJSONExporter.pieces(of: text, bytes: 1000).allSatisfy { $0.utf8.count <= 1000 })
    // A text that fits stays one JSON text.
    let short = try NodeLinkJSONExporter().bytes(of: GraphSelection(try graph(text: text)))
    #expect(String(decoding: short, as: UTF8.self).contains(#""text":"\u0001é😀\n\"\u0001"#))
  }

  /// Regression: an article of control characters (12 MiB, 72 MiB escaped) made a JSON
  /// export longer than the reader's 64 MiB line limit, which then could not be read back.
  ///
  /// The test above reads a split text back at a small scale; at full scale (42 s in a
  /// debug build) the defaults must keep the same bound: a piece's escape (six bytes per
  /// byte at most) plus its quotes and comma fits the reader's line limit.
  @Test func theDefaultPiecesFitTheDefaultLineLimit() {
    #expect(6 * NodeLinkJSONExporter().longTextBytes + 3 <= NodeLinkJSONReader().maxLineBytes)
  }

  // MARK: - An interrupted build (probe 7)

  /// A build of the demo graph into `Exports/` in a fresh folder: the folder, the plan,
  /// and each file's path with the bytes the plan writes.
  private func demoBuild(_ name: String) throws -> (
    TemporaryDirectory, BuildPlan, [(path: String, bytes: String)]
  ) {
    let directory = try TemporaryDirectory(name)
    let plan = BuildPlan(graph: ExportFixtures.demo, directory: directory.path + "/Exports")
    let files = try plan.artifacts.map {
      ($0.path, String(decoding: try $0.bytes(), as: UTF8.self))
    }
    return (directory, plan, files)
  }

  /// Writes `old PATH` into every file of the plan.
  private func writeOldFiles(_ plan: BuildPlan) throws {
    try FileManager.default.createDirectory(
      atPath: plan.directory + "/queries", withIntermediateDirectories: true)
    for artifact in plan.artifacts {
      try AtomicFile.write("old \(artifact.path)", to: artifact.path)
    }
  }

  /// Every file of the build holds what the plan writes, and nothing hidden is left.
  private func expectWhole(
    _ files: [(path: String, bytes: String)], in exports: String, _ comment: String = ""
  ) {
    for file in files { #expect(contents(file.path) == file.bytes, "\(comment) \(file.path)") }
    for folder in [exports, exports + "/queries"] {
      #expect(listing(folder).allSatisfy { !$0.hasPrefix(".") }, "\(listing(folder))")
    }
  }

  /// Regression: a `SIGKILL` timed to the rename phase left `Exports/` half old, half new.
  ///
  /// The fault is injected where a kill would land, after each number of
  /// renames: the journal left behind lets the next run finish every rename.
  @Test func aBuildKilledWhileRenamingIsCompletedByTheNextRun() throws {
    let (directory, plan, files) = try demoBuild("killed-build")
    defer { directory.remove() }
    let exports = plan.directory
    for renamed in [0, 1, files.count / 2, files.count - 1, files.count] {
      try writeOldFiles(plan)
      try plan.write(stoppingAfterRenames: renamed)
      for (offset, file) in files.enumerated() {
        #expect(contents(file.path) == (offset < renamed ? file.bytes : "old \(file.path)"))
      }
      #expect(listing(exports).contains(".claimgraph-journal-\(getpid())"))
      // A live process's journal is a build still renaming: left alone.
      #expect(try BuildPlan.completeInterruptedBuild(in: exports) == [])
      let completed = try BuildPlan.completeInterruptedBuild(in: exports) { _ in false }
      #expect(completed == files.dropFirst(renamed).map(\.path))
      expectWhole(files, in: exports, "after \(renamed) renames:")
    }
  }

  /// The next `claimgraph build` completes a killed build before it even loads the graph:
  /// a graph broken meanwhile still leaves `Exports/` whole.
  @Test func theNextBuildCompletesAKilledOneEvenWhenItFails() throws {
    let (directory, plan, files) = try demoBuild("killed-build-cli")
    defer { directory.remove() }
    let exports = plan.directory
    try writeOldFiles(plan)
    try plan.write(stoppingAfterRenames: 2)
    // The journal as a killed process leaves it.
    let dead = try deadProcessID()
    try FileManager.default.moveItem(
      atPath: exports + "/.claimgraph-journal-\(getpid())",
      toPath: exports + "/.claimgraph-journal-\(dead)")
    let check = try plan.check()
    #expect(check.stale == files.dropFirst(2).map(\.path))
    #expect(
      check.notes == [
        "note: a build of \(exports) was killed while renaming its files; the next build "
          + "completes it"
      ])
    let broken = try directory.write("claims: [", to: "broken/claims.yaml")
    let result = runCommand([
      "build", "--graph", (broken as NSString).deletingLastPathComponent, "--exports", exports,
    ])
    #expect(result.status == 2)
    #expect(
      result.stderr.hasPrefix(
        "note: completed an interrupted build of \(exports) (\(files.count - 2) files)\n"))
    expectWhole(files, in: exports)
    #expect(try plan.check().stale == [])
  }

  /// A journal left by a killed build whose process id was taken over before the next
  /// build: that build rewrites every file, so when the journal is finally completed its
  /// staged files are older than the destinations, and are dropped, not renamed.
  @Test func anObsoleteJournalDoesNotBringBackOlderFiles() throws {
    let (directory, plan, files) = try demoBuild("obsolete-journal")
    defer { directory.remove() }
    let exports = plan.directory
    try writeOldFiles(plan)
    try plan.write(stoppingAfterRenames: 1)
    // A later run writes every file anew (the journal's process still looks alive).
    usleep(20_000)
    for file in files { try AtomicFile.write("newer \(file.path)", to: file.path) }
    #expect(try BuildPlan.completeInterruptedBuild(in: exports) { _ in false } == [])
    for file in files { #expect(contents(file.path) == "newer \(file.path)") }
    expectWhole([], in: exports)
  }

  /// The journal names files relative to its folder whether the paths are given relative
  /// to the working directory (`--exports Exports`, as `build` is run) or not.
  @Test func aBuildIntoARelativeFolderCommits() throws {
    let directory = try TemporaryDirectory("relative-build")
    defer { directory.remove() }
    try directory.write(ExportFixtures.export(.json, ExportFixtures.demo), to: "demo.json")
    let result = try ChildProcess.run(
      BuiltExecutable.path, ["build", "--graph", "demo.json", "--exports", "Exports"],
      in: directory.path, environment: ["PATH": "/usr/bin:/bin"])
    #expect(result.status == 0, "\(String(decoding: result.stderr, as: UTF8.self))")
    #expect(listing(directory.path + "/Exports").contains("demo.json"))
    #expect(listing(directory.path + "/Exports").allSatisfy { !$0.hasPrefix(".") })
  }

  /// A journal is input too (it could be committed): one naming a path outside its folder
  /// is refused and nothing is renamed.
  @Test func aJournalNamingAPathOutsideItsFolderIsRefused() throws {
    let directory = try TemporaryDirectory("forged-journal")
    defer { directory.remove() }
    let victim = try directory.write("precious\n", to: "victim.txt")
    try directory.write("forged\n", to: "Exports/.victim.txt.tmp-1-abcdef")
    let exports = directory.path + "/Exports"
    let journal = "claimgraph rename journal 1\0.victim.txt.tmp-1-abcdef\0../victim.txt\0"
    try directory.write(journal, to: "Exports/.claimgraph-journal-\(try deadProcessID())")
    #expect {
      try BuildPlan.completeInterruptedBuild(in: exports)
    } throws: { error in
      "\(error)".contains(
        "it is not a rename journal ClaimGraph wrote ('../victim.txt' is not a path inside "
          + "its folder); remove it")
    }
    #expect(contents(victim) == "precious\n")
  }
}
