import ClaimGraph
import ClaimGraphFormats
import ClaimGraphFormatsTestSupport
import ClaimGraphTestSupport
import Foundation
import Testing

/// What every user meets: short flags, the graph as an argument, honest help, completions,
/// and no stale temporary files.
@Suite struct CommandLineConvenienceTests {
  /// The id of a process that has ended, so that it names no running process.
  private static func endedProcessID() throws -> Int32 {
    try ChildProcess.run("/bin/true", []).processIdentifier
  }

  /// A small graph, so that running every command twice stays quick.
  private static let graph = QueryFixture.directory

  @Test func shortFlagsMeanTheLongOnes() throws {
    let directory = try TemporaryDirectory("short-flags")
    defer { directory.remove() }
    let long = directory.path + "/long.json"
    let short = directory.path + "/short.json"
    #expect(
      runCommand([
        "export", "--graph", Self.graph, "--format", "json", "--query", "method:pet", "--output",
        long,
      ]).status == 0)
    #expect(
      runCommand(["export", Self.graph, "-f", "json", "-q", "method:pet", "-o", short]).status == 0)
    #expect(
      FileManager.default.contents(atPath: long) == FileManager.default.contents(atPath: short))
    for (command, graph) in [
      (["stats"], Self.graph), (["coverage"], Fixture.articleGraph), (["tables"], Self.graph),
      (["query", "method:pet"], Self.graph), (["show", "amygdala"], Self.graph),
      (["path", "mu-opioid-receptor", "depression"], Self.graph),
    ] {
      let longForm = runCommand(command + ["--graph", graph, "--format", "json"])
      let shortForm = runCommand(command + ["--graph", graph, "-f", "json"])
      #expect(longForm.status == 0, "\(command)")
      #expect(shortForm == longForm, "\(command)")
    }
    #expect(runCommand(["rules", "-f", "json"]) == runCommand(["rules", "--format", "json"]))
    let lint = directory.path + "/lint.json"
    _ = runCommand(["lint", Self.graph, "-f", "json", "-o", lint])
    #expect(FileManager.default.fileExists(atPath: lint))
  }

  @Test func everyCommandTakesTheGraphAsAnArgument() throws {
    let commands: [([String], String)] = [
      (["stats"], Self.graph), (["coverage"], Fixture.articleGraph), (["tables"], Self.graph),
      (["export", "-f", "json"], Self.graph), (["show", "amygdala"], Self.graph),
      (["query", "method:pet"], Self.graph),
      (["query", "strength:uncertain", "cited:yes"], Self.graph),
      (["path", "mu-opioid-receptor", "depression"], Self.graph), (["lint"], Self.graph),
    ]
    for (command, graph) in commands {
      let positional = runCommand(command + [graph])
      let option = runCommand(command + ["--graph", graph])
      #expect(positional == option, "\(command)")
      #expect(!(positional.stdout + positional.stderr).isEmpty, "\(command)")
    }
    let directory = try TemporaryDirectory("positional-build")
    defer { directory.remove() }
    let demo = try directory.write(
      ExportFixtures.export(.json, ExportFixtures.demo), to: "demo.json")
    let exports = directory.path + "/Exports"
    #expect(runCommand(["build", demo, "--exports", exports]).status == 0)
    #expect(runCommand(["build", demo, "--exports", exports, "--check"]).status == 0)
    let both = runCommand(["stats", Self.graph, "--graph", "Elsewhere"])
    #expect(both.status == 2)
    #expect(both.stderr.contains("give the graph either as an argument or with --graph, not both"))
  }

  @Test func helpGivesTheSizeLimitsTheCodeApplies() {
    let help = runCommand(["stats", "--help"]).stdout.replacingOccurrences(of: "\n", with: " ")
      .split(separator: " ", omittingEmptySubsequences: true).joined(separator: " ")
    #expect(help.contains("67108864 (64 MiB) for YAML"))
    #expect(help.contains("67108864 (64 MiB) for YAML, none for GraphML or JSON)"))
    #expect(GraphMLReader().maxFileBytes == .max && NodeLinkJSONReader().maxFileBytes == .max)
    #expect(!help.contains("268435456"))
  }

  @Test func completionScriptsCompleteIDsRulesAndFiles() throws {
    for shell in ["bash", "zsh", "fish"] {
      let script = runCommand(["--generate-completion-script", shell])
      #expect(script.status == 0)
      #expect(script.stdout.contains("---completion show -- positional@0"), "\(shell)")
      #expect(script.stdout.contains("---completion lint -- --explain"), "\(shell)")
      #expect(script.stdout.contains("graphml"), "\(shell): graph files")
    }
    // What the scripts ask for while a command line is typed.
    let ids = runCommand([
      "---completion", "show", "--", "positional@0", "3", "4", "show", "--graph",
      Fixture.articleGraph, "mu-o",
    ])
    #expect(ids.stdout == "mu-opioid-receptor-targeted-by-opioid-drugs\nmu-opioid-receptor\n")
    let rules = runCommand(["---completion", "lint", "--", "--explain", "0", "3", "unc"])
    #expect(rules.stdout == "uncited-claim\nuncovered-sentence\n")
    let entities = runCommand([
      "---completion", "path", "--", "positional@1", "3", "5", "--graph", Fixture.articleGraph,
      "thala",
    ])
    #expect(entities.stdout == "thalamus\n")
  }

  @Test func aWriteRemovesTheTemporariesThatKilledRunsLeft() throws {
    let directory = try TemporaryDirectory("stale")
    defer { directory.remove() }
    let dead = try Self.endedProcessID()
    let live = getpid()
    let names = [
      ".out.json.tmp-\(dead)-a1b2c3", ".out.json.tmp-\(dead)-a1b2c3.previous",
      ".out.json.tmp-x9y8z7", ".out.json.tmp-\(live)-keepme", ".other.json.tmp-\(dead)-zzzzzz",
    ]
    for name in names { _ = try directory.write("partial", to: name) }
    try AtomicFile.write("{}", to: directory.path + "/out.json")
    let left = try FileManager.default.contentsOfDirectory(atPath: directory.path).sorted()
    #expect(left == [".other.json.tmp-\(dead)-zzzzzz", ".out.json.tmp-\(live)-keepme", "out.json"])
  }

  @Test func aKilledBuildLeavesNothingTheNextRunTripsOn() throws {
    let directory = try TemporaryDirectory("killed-build")
    defer { directory.remove() }
    let graph = try directory.write(
      ExportFixtures.export(.json, ExportFixtures.demo), to: "demo.json")
    let exports = directory.path + "/Exports"
    #expect(runCommand(["build", graph, "--exports", exports]).status == 0)
    // What a build killed while staging leaves: temporaries of a process that is gone.
    let dead = try Self.endedProcessID()
    for name in ["demo.graphml", "demo.json", "demo-tables.md"] {
      _ = try directory.write("half", to: "Exports/.\(name).tmp-\(dead)-q1w2e3")
    }
    #expect(runCommand(["build", graph, "--exports", exports]).status == 0)
    let hidden = try FileManager.default.contentsOfDirectory(atPath: exports).filter {
      $0.hasPrefix(".")
    }
    #expect(hidden.isEmpty)
    #expect(runCommand(["build", graph, "--exports", exports, "--check"]).status == 0)
  }
}
