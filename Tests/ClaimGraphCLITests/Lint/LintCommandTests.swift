import ClaimGraph
import ClaimGraphFormatsTestSupport
import ClaimGraphTestSupport
import Foundation
import Testing

@Suite struct LintCommandTests {
  static let uncited = LintFixture.clean(replacing: LintFixture.citations, with: "")

  @Test func aCleanGraphExitsWith0() throws {
    let directory = try TemporaryDirectory("lint")
    defer { directory.remove() }
    try directory.write(LintFixture.clean, to: "Graph/g.yaml")
    let console = TestConsole()
    #expect(console.run(["lint", directory.path + "/Graph"]) == 0)
    #expect(console.standardOutput == "")
    #expect(console.standardError == "No problems found.\n")
  }

  @Test func errorsExitWith1AndPointAtTheLine() throws {
    let directory = try TemporaryDirectory("lint")
    defer { directory.remove() }
    try directory.write(Self.uncited, to: "Graph/g.yaml")
    let console = TestConsole()
    #expect(console.run(["lint", "--graph", directory.path + "/Graph"]) == 1)
    let file = directory.path + "/Graph/g.yaml"
    #expect(
      console.standardOutput
        == "\(file):13:5: warning: source 'a-2008' is not cited by any claim [unused-source]\n"
        + "\(file):20:5: warning: source 'b-2010' is not cited by any claim [unused-source]\n"
        + "\(file):28:5: error: claim 'c' has no citation that supports it (it cites nothing) [uncited-claim]\n"
    )
    #expect(console.standardError == "1 error and 2 warnings in 1 file.\n")
  }

  @Test func strictFailsOnWarnings() throws {
    let directory = try TemporaryDirectory("lint")
    defer { directory.remove() }
    try directory.write(
      LintFixture.clean(replacing: LintFixture.citations, with: LintFixture.onlyA),
      to: "Graph/g.yaml")
    #expect(TestConsole().run(["lint", directory.path + "/Graph"]) == 0)
    #expect(TestConsole().run(["lint", directory.path + "/Graph", "--strict"]) == 1)
  }

  @Test func unparsableInputExitsWith2AndReportsOnlyTheInputProblems() throws {
    let directory = try TemporaryDirectory("lint")
    defer { directory.remove() }
    try directory.write(Self.uncited, to: "Graph/g.yaml")
    try directory.write("claims: [\n", to: "Graph/broken.yaml")
    let console = TestConsole()
    #expect(console.run(["lint", directory.path + "/Graph", "--format", "json"]) == 2)
    let rules = try JSONSerialization.jsonObject(with: Data(console.standardOutput.utf8))
    let findings = (rules as? [String: Any])?["findings"] as? [[String: Any]] ?? []
    // The graph rules wait for a complete graph: on this one they would report what the
    // broken file might hold as missing.
    #expect(findings.compactMap { $0["rule"] as? String } == ["syntax"])
  }

  @Test func usageErrorsExitWith2() throws {
    #expect(TestConsole().run(["lint", "--format", "xml"]) == 2)
    #expect(TestConsole().run(["lint", "a", "--graph", "b"]) == 2)
    let console = TestConsole()
    #expect(console.run(["lint", "--explain", "uncited-claims"]) == 2)
    #expect(
      console.standardError
        == "error: unknown rule 'uncited-claims' (see 'claimgraph rules'); did you mean 'uncited-claim'?\n"
    )
  }

  @Test func explainPrintsTheRuleAndItsOptions() {
    let console = TestConsole()
    #expect(console.run(["lint", "--explain", "established-on-weak-evidence"]) == 0)
    let text = console.standardOutput
    #expect(
      text.hasPrefix(
        "established-on-weak-evidence: An established claim rests on weak evidence for its strength.\n"
          + "Default severity: warning\n\nA claim presented as established"))
    #expect(text.contains("\n  min-sources: 2 (default) — distinct supporting sources needed"))
  }

  @Test func rulesListsEveryRule() throws {
    let console = TestConsole()
    #expect(console.run(["rules"]) == 0)
    let lines = console.standardOutput.split(separator: "\n")
    #expect(lines.count == RuleRegistry.standard.descriptors.count)
    #expect(
      lines.first
        == "uncited-claim                    error    A claim has no citation that supports it.")
    let json = TestConsole()
    #expect(json.run(["rules", "--format", "json"]) == 0)
    #expect(json.standardOutput.contains("\"id\": \"method-not-in-source\""))
  }

  @Test func theConfigurationIsFoundInAParentDirectory() throws {
    let directory = try TemporaryDirectory("lint")
    defer { directory.remove() }
    try directory.write(Self.uncited, to: "Graph/g.yaml")
    try directory.write(
      "rules:\n  uncited-claim: warning\n  unused-source: off\n  uncited-claimz: error\n",
      to: ".claimgraph.yml")
    let console = TestConsole()
    #expect(console.run(["lint", directory.path + "/Graph"]) == 1)
    let file = directory.path + "/Graph/g.yaml"
    let configuration = directory.path + "/.claimgraph.yml"
    #expect(
      console.standardOutput
        == "\(configuration):4:3: error: unknown rule 'uncited-claimz' (see 'claimgraph rules'); did you mean 'uncited-claim'? [unknown-rule]\n"
        + "\(file):28:5: warning: claim 'c' has no citation that supports it (it cites nothing) [uncited-claim]\n"
    )
  }

  @Test func anExplicitConfigurationWinsAndMustExist() throws {
    let directory = try TemporaryDirectory("lint")
    defer { directory.remove() }
    try directory.write(Self.uncited, to: "Graph/g.yaml")
    try directory.write("rules: {uncited-claim: off, unused-source: off}\n", to: "lenient.yaml")
    let graph = directory.path + "/Graph"
    #expect(
      TestConsole().run(["lint", graph, "--config", directory.path + "/lenient.yaml"]) == 0)
    #expect(TestConsole().run(["lint", graph, "--config", directory.path + "/none.yaml"]) == 2)
  }

  @Test func aWrittenBaselineLetsOnlyNewFindingsFail() throws {
    let directory = try TemporaryDirectory("lint")
    defer { directory.remove() }
    let graph = directory.path + "/Graph"
    let baseline = directory.path + "/baseline.json"
    try directory.write(Self.uncited, to: "Graph/g.yaml")
    let writer = TestConsole()
    #expect(writer.run(["lint", graph, "--write-baseline", baseline]) == 0)
    #expect(writer.standardError.hasPrefix("Wrote 3 findings to the baseline"))
    #expect(TestConsole().run(["lint", graph, "--baseline", baseline]) == 0)

    let shifted = Self.uncited.replacing(
      "claims:\n",
      with:
        "claims:\n  - id: new-claim\n    statement: New.\n    strength: uncertain\n    section: s\n"
    )
    try directory.write(shifted, to: "Graph/g.yaml")
    let console = TestConsole(environment: ["GITHUB_ACTIONS": "true"])
    #expect(console.run(["lint", graph, "--baseline", baseline]) == 1)
    #expect(
      console.standardOutput
        == "::error file=\(graph)/g.yaml,line=28,col=5,title=claimgraph%3A uncited-claim"
        + "::claim 'new-claim' has no citation that supports it (it cites nothing)\n")
    #expect(console.standardError == "1 error in 1 file (3 in the baseline).\n")
  }

  @Test func outputGoesToAFileWhenAsked() throws {
    let directory = try TemporaryDirectory("lint")
    defer { directory.remove() }
    try directory.write(Self.uncited, to: "Graph/g.yaml")
    let console = TestConsole()
    let arguments = ["lint", directory.path + "/Graph", "--format", "sarif"]
    #expect(console.run(arguments + ["--output", directory.path + "/out.sarif"]) == 1)
    #expect(console.standardOutput == "")
    let inline = TestConsole()
    #expect(inline.run(arguments) == 1)
    #expect(try directory.read("out.sarif") == inline.standardOutput)
  }

  @Test func aMalformedBaselineExitsWith2() throws {
    let directory = try TemporaryDirectory("lint")
    defer { directory.remove() }
    try directory.write(LintFixture.clean, to: "Graph/g.yaml")
    try directory.write("{\"entries\": 3}", to: "baseline.json")
    let console = TestConsole()
    #expect(
      console.run([
        "lint", directory.path + "/Graph", "--baseline", directory.path + "/baseline.json",
      ])
        == 2)
    #expect(console.standardError.hasPrefix("error: the baseline"))
  }

  @Test func githubFormatAppendsEveryFindingToTheStepSummary() throws {
    let directory = try TemporaryDirectory("lint")
    defer { directory.remove() }
    try directory.write(Self.uncited, to: "Graph/g.yaml")
    try directory.write("earlier step\n", to: "summary.md")
    let console = TestConsole(environment: [
      "GITHUB_STEP_SUMMARY": directory.path + "/summary.md"
    ])
    #expect(console.run(["lint", directory.path + "/Graph", "--format", "github"]) == 1)
    let summary = try directory.read("summary.md")
    #expect(
      summary.hasPrefix("earlier step\n## claimgraph lint\n\n1 error and 2 warnings in 1 file.\n"))
    let rows = summary.split(separator: "\n").filter {
      $0.hasPrefix("| error") || $0.hasPrefix("| warning")
    }
    #expect(rows.count == 3)
  }

  @Test func colourOnlyOnATerminalWithoutNoColor() throws {
    let directory = try TemporaryDirectory("lint")
    defer { directory.remove() }
    try directory.write(Self.uncited, to: "Graph/g.yaml")
    let terminal = TestConsole(isTerminal: true)
    _ = terminal.run(["lint", directory.path + "/Graph"])
    #expect(terminal.standardOutput.contains("\u{1B}["))
    let noColor = TestConsole(environment: ["NO_COLOR": "1"], isTerminal: true)
    _ = noColor.run(["lint", directory.path + "/Graph"])
    #expect(!noColor.standardOutput.contains("\u{1B}["))
  }

  /// Regression: standard error was coloured when standard output was a terminal, so
  /// `2>err.log` got escape sequences; each stream now follows its own terminal status.
  @Test func colourOnStandardErrorFollowsStandardError() throws {
    let arguments = ["stats", "--graph", "/nonexistent/graph"]
    let outputOnly = TestConsole(isTerminal: true, errorIsTerminal: false)
    #expect(outputOnly.run(arguments) == 2)
    #expect(outputOnly.standardError.hasPrefix("error: '/nonexistent/graph' does not exist"))
    #expect(!outputOnly.standardError.contains("\u{1B}["))
    let errorOnly = TestConsole(isTerminal: false, errorIsTerminal: true)
    #expect(errorOnly.run(arguments) == 2)
    #expect(errorOnly.standardError.contains("\u{1B}["))
    let noColor = TestConsole(environment: ["NO_COLOR": "1"], errorIsTerminal: true)
    _ = noColor.run(arguments)
    #expect(!noColor.standardError.contains("\u{1B}["))
  }
}
