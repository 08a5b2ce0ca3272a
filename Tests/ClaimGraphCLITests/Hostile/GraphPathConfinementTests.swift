import ClaimGraph
import ClaimGraphTestSupport
import ClaimGraphYAML
import Foundation
import Testing

/// Paths that graph files and configurations name stay inside their folder and lead to
/// regular files: anything else is refused where it is named, with exit status 2, before a
/// byte of it is read — so a one-line pull request cannot copy a machine's secrets into
/// exports or a CI log, nor hang the run on a FIFO.
@Suite struct GraphPathConfinementTests {
  /// A graph folder (inside a parent folder that holds a secret beside it) whose article
  /// names `text`.
  private struct Setup {
    let parent: TemporaryDirectory
    var graph: String { parent.path + "/graph" }

    init(text: String) throws {
      parent = try TemporaryDirectory("confinement")
      try parent.write("TOKEN=hunter2\n", to: "secret.txt")
      try parent.write("article:\n  id: a\n  title: A\n  text: \(text)\n", to: "graph/article.yaml")
      try parent.write("A\nBeta-endorphin binds receptors.\n", to: "graph/article.txt")
    }
  }

  /// Runs a command on the graph, with the parent's path removed from what it prints.
  private func run(_ arguments: [String], in setup: Setup) -> CommandResult {
    var result = runCommand(arguments + ["--graph", setup.graph])
    result.stdout = result.stdout.replacingOccurrences(of: setup.parent.path + "/", with: "")
    result.stderr = result.stderr.replacingOccurrences(of: setup.parent.path + "/", with: "")
    return result
  }

  /// The one finding a refused text gives: located at its `text:` value.
  private func refusal(_ reason: String, text: String) -> String {
    "graph/article.yaml:4:9: error: the article's text '\(text)' \(reason) [unreadable-file]\n"
  }

  /// What `lint` prints for a refused text: the finding, then the summary.
  private func lintRefusal(_ reason: String, text: String) -> CommandResult {
    CommandResult(
      status: 2, stdout: refusal(reason, text: text),
      stderr: "1 error in 1 file; the graph rules run once every file can be read.\n")
  }

  private static let outside =
    "lies outside the graph folder 'graph' (after following symbolic links); a graph may only "
    + "name files inside its own folder"

  @Test(arguments: [
    (
      "/etc/passwd",
      "is an absolute path; name a file inside the graph folder 'graph', relative to the file that names it"
    ),
    (
      "/dev/stdin",
      "is an absolute path; name a file inside the graph folder 'graph', relative to the file that names it"
    ),
    ("../secret.txt", outside),
    ("sub/../../secret.txt", outside),
    ("../missing.txt", outside),
    ("missing.txt", "does not exist"),
  ])
  func pathsLeavingTheGraphAreRefusedUnread(text: String, reason: String) throws {
    let setup = try Setup(text: text)
    defer { setup.parent.remove() }
    let result = run(["lint", "--no-baseline"], in: setup)
    #expect(result == lintRefusal(reason, text: text))
    // `build` writes nothing at all: the secret cannot reach an export.
    let exports = setup.parent.path + "/Exports"
    let build = runCommand(["build", "--graph", setup.graph, "--exports", exports])
    #expect(build.status == 2)
    #expect(!FileManager.default.fileExists(atPath: exports))
  }

  @Test func aSymbolicLinkOutOfTheGraphIsRefused() throws {
    let setup = try Setup(text: "linked.txt")
    defer { setup.parent.remove() }
    try FileManager.default.createSymbolicLink(
      atPath: setup.graph + "/linked.txt", withDestinationPath: "../secret.txt")
    let result = run(["coverage"], in: setup)
    #expect(result.status == 2)
    #expect(result.stderr == refusal(Self.outside, text: "linked.txt"))
    #expect(!result.stdout.contains("hunter2") && !result.stderr.contains("hunter2"))
  }

  @Test func aSymbolicLinkWithinTheGraphIsFollowed() throws {
    let setup = try Setup(text: "texts/current.txt")
    defer { setup.parent.remove() }
    try FileManager.default.createDirectory(
      atPath: setup.graph + "/texts", withIntermediateDirectories: true)
    try FileManager.default.createSymbolicLink(
      atPath: setup.graph + "/texts/current.txt", withDestinationPath: "../article.txt")
    let loaded = GraphLoader().load(directory: setup.graph)
    #expect(loaded.diagnostics.isEmpty)
    #expect(loaded.graph.text?.text == "A\nBeta-endorphin binds receptors.\n")
  }

  @Test func aFIFOTextIsRefusedWithoutWaiting() throws {
    let setup = try Setup(text: "fifo.txt")
    defer { setup.parent.remove() }
    #expect(mkfifo(setup.graph + "/fifo.txt", 0o600) == 0)
    // No writer ever opens the FIFO: a blocking read would hang this test forever.
    let result = run(["lint", "--no-baseline"], in: setup)
    #expect(
      result
        == lintRefusal(
          "is not a regular file (a FIFO, socket or device), so it is not read",
          text: "fifo.txt"))
  }

  @Test func aFolderGivenAsTheTextSaysSo() throws {
    let setup = try Setup(text: "texts")
    defer { setup.parent.remove() }
    try FileManager.default.createDirectory(
      atPath: setup.graph + "/texts", withIntermediateDirectories: true)
    let result = run(["lint", "--no-baseline"], in: setup)
    #expect(result == lintRefusal("is a folder, not a file", text: "texts"))
  }

  @Test func theConfiguredBaselineStaysInTheConfigurationsFolder() throws {
    let setup = try Setup(text: "article.txt")
    defer { setup.parent.remove() }
    try setup.parent.write("baseline: ../secret.txt\n", to: "graph/.claimgraph.yml")
    let result = run(["lint"], in: setup)
    #expect(result.status == 2)
    #expect(
      result.stderr
        == "error: the baseline '../secret.txt' named by the configuration \(Self.outside)\n")
  }

  @Test func aFIFOBaselineIsRefusedWithoutWaiting() throws {
    let setup = try Setup(text: "article.txt")
    defer { setup.parent.remove() }
    #expect(mkfifo(setup.graph + "/baseline.json", 0o600) == 0)
    try setup.parent.write("baseline: baseline.json\n", to: "graph/.claimgraph.yml")
    let result = run(["lint"], in: setup)
    #expect(result.status == 2)
    #expect(
      result.stderr
        == "error: the baseline 'graph/baseline.json' is not a regular file (a FIFO, socket or "
        + "device), so it is not read\n")
  }
}
