import ClaimGraph
import ClaimGraphFormats
import ClaimGraphFormatsTestSupport
import ClaimGraphTestSupport
import Foundation
import Testing

/// Output is written through a temporary file beside its destination and renamed into
/// place; a failed or interrupted run leaves the old files; `build` writes all of
/// `Exports/` or none of it.
///
/// The tests run as any user, root included, so failures are injected with paths that no
/// permission bit can rescue (a missing folder, a directory where a file should go) rather
/// than with read-only folders.
@Suite struct OutputSafetyTests {
  private func contents(_ path: String) -> String? {
    FileManager.default.contents(atPath: path).map { String(decoding: $0, as: UTF8.self) }
  }

  private func listing(_ directory: String) -> [String] {
    ((try? FileManager.default.contentsOfDirectory(atPath: directory)) ?? []).sorted()
  }

  @Test func aFileIsStagedBesideItsDestinationAndRenamedIntoPlace() throws {
    let directory = try TemporaryDirectory("stage")
    defer { directory.remove() }
    let destination = try directory.write("old", to: "out.json")
    let staged = try AtomicFile(staging: destination) { sink in try sink.write("new") }
    #expect(
      (staged.temporaryPath as NSString).deletingLastPathComponent
        == (destination as NSString).deletingLastPathComponent)
    #expect(contents(destination) == "old")
    #expect(contents(staged.temporaryPath) == "new")
    try staged.commit()
    #expect(contents(destination) == "new")
    #expect(listing(directory.path) == ["out.json"])
  }

  @Test func anInterruptedRunLeavesTheOldFile() throws {
    // A process killed while writing never reaches the rename: the destination keeps its
    // old bytes and only a hidden temporary file stays behind.
    let directory = try TemporaryDirectory("interrupted")
    defer { directory.remove() }
    let destination = try directory.write("old", to: "out.json")
    let staged = try AtomicFile(staging: destination) { sink in try sink.write("half") }
    #expect(contents(destination) == "old")
    #expect(listing(directory.path).count == 2)
    #expect(
      listing(directory.path).allSatisfy { $0 == "out.json" || $0.hasPrefix(".out.json.tmp-") })
    staged.discard()
  }

  @Test func aFailedExportLeavesTheOldFileIntact() throws {
    let directory = try TemporaryDirectory("failed")
    defer { directory.remove() }
    let output = try directory.write("old", to: "out.graphml")
    let broken = try directory.write("claims: [", to: "graph/claims.yaml")
    let result = runCommand([
      "export", "--graph", (broken as NSString).deletingLastPathComponent, "--format",
      "graphml", "--output", output,
    ])
    #expect(result.status == 2)
    #expect(contents(output) == "old")
    #expect(listing(directory.path) == ["graph", "out.graphml"])
  }

  @Test func anUnwritableDestinationIsAClearError() throws {
    let directory = try TemporaryDirectory("unwritable")
    defer { directory.remove() }
    func exportJSON(to output: String) -> CommandResult {
      runCommand([
        "export", "--graph", Fixture.path("loader/valid"), "--format", "json", "--output", output,
      ])
    }
    let missing = directory.path + "/no/such/folder/out.json"
    #expect(
      exportJSON(to: missing)
        == CommandResult(
          status: 2, stdout: "",
          stderr: "error: cannot write \(missing): No such file or directory\n"))
    try directory.write("keep", to: "taken/inside.txt")
    let taken = directory.path + "/taken"
    #expect(
      exportJSON(to: taken)
        == CommandResult(
          status: 2, stdout: "", stderr: "error: cannot write \(taken): Is a directory\n"))
    #expect(listing(directory.path) == ["taken"])
    #expect(listing(taken) == ["inside.txt"])
  }

  @Test func buildWritesAllOfExportsOrNoneOfIt() throws {
    let directory = try TemporaryDirectory("build")
    defer { directory.remove() }
    let exports = directory.path + "/Exports"
    let names = ["demo.dot", "demo.gexf", "demo.graphml", "demo.json", "demo.mmd", "demo.nt"]
    for name in names { try directory.write("old \(name)", to: "Exports/\(name)") }
    // The fourth file cannot be renamed into place: a directory holds its name.
    try FileManager.default.removeItem(atPath: exports + "/demo.json")
    try directory.write("keep", to: "Exports/demo.json/inside.txt")
    let graph = try directory.write(
      ExportFixtures.export(.json, ExportFixtures.demo), to: "demo.json")

    let failed = runCommand(["build", "--graph", graph, "--exports", exports])
    #expect(
      failed
        == CommandResult(
          status: 2, stdout: "",
          stderr: "lint: 1 warning in 1 file (1 suppressed).\n"
            + "error: cannot write \(exports)/demo.json: Is a directory\n"))
    #expect(listing(exports) == names, "not even an empty pictures folder is left")
    for name in names where name != "demo.json" {
      #expect(contents(exports + "/" + name) == "old \(name)", "\(name)")
    }

    try FileManager.default.removeItem(atPath: exports + "/demo.json")
    let succeeded = runCommand(["build", "--graph", graph, "--exports", exports])
    #expect(succeeded.status == 0)
    let pictures = Graphviz.find() == nil ? [] : ["pictures"]
    #expect(
      listing(exports)
        == [
          "claimgraph-authoring.schema.json", "demo-mermaid.md", "demo-report.html",
          "demo-tables.html", "demo-tables.md",
        ] + names
        + pictures + ["queries"])
    #expect(listing(exports + "/queries").count == 2 * SavedQuery.allCases.count)
    for name in names { #expect(contents(exports + "/" + name)?.hasPrefix("old") == false) }
  }
}
