import ClaimGraph
import ClaimGraphCLI
import ClaimGraphFormats
import ClaimGraphProject
import ClaimGraphTestSupport
import ClaimGraphYAML
import Testing

/// The library example of the `ClaimGraphProject` catalog's Getting Started ("The library in
/// one example"), kept compiling and true: the project session answers as the command line
/// does.
@Suite struct ReadmeLibraryExampleTests {
  @Test func theLibraryExampleGivesTheCommandLinesAnswers() throws {
    let project = ClaimGraphProject(graph: Fixture.articleGraph)
    let report = try project.lint()
    // The same report, byte for byte, as `claimgraph lint` prints for the same graph.
    let cli = runCommand(["lint", Fixture.articleGraph, "--format", "json"])
    #expect(JSONReporter.render(report) == cli.stdout)
    #expect(report.exitStatus == cli.status)
    #expect(report.findings.count == 0)
    #expect(!report.fails)

    let graph = try project.load().graph
    let pet = graph.claims(matching: try Query(parsing: "method:pet"))
    #expect(pet.count == 15)
    let lookup = NodeLookup(graph: graph)
    let boecker = lookup.resolve("Boecker 2008", in: .sources).nodeIDs
    #expect(boecker == ["boecker-2008"])
    let paths = graph.evidencePaths(from: "mu-opioid-receptor", to: "major-depressive-disorder")
    #expect(paths.paths.first?.steps.first?.isCited == true)
    var graphml = MemorySink()
    try GraphMLExporter().export(graph, to: &graphml)
    #expect(graphml.bytes.starts(with: Array("<?xml version=\"1.0\" encoding=\"UTF-8\"?>".utf8)))
    let plan = try project.buildPlan()
    #expect(plan.artifacts.contains { $0.path.hasSuffix(".graphml") })
    #expect(plan.artifacts.contains { $0.path.hasSuffix("-report.html") })

    let read = GraphLoader().load(directory: Fixture.articleGraph)
    #expect(read.diagnostics.isEmpty)
    #expect(GraphIntegrity.problems(in: read).isEmpty)
    let everything = Linter().lint(read, currentYear: 2026)
    #expect(everything.findings.filter { $0.rule == "uncited-claim" }.count == 188)

    let small = try KnowledgeGraph(
      claims: [Claim(id: "c", statement: "…", strength: .uncertain, about: ["amygdala"])],
      entities: [Entity(id: "amygdala", kind: .region, name: "Amygdala")])
    #expect(small.claims(about: "amygdala").map(\.id) == ["c"])
    #expect(small.edges.map(\.id) == ["about:c:amygdala"])
  }

  @Test func queryShowAndPathGiveTheCommandsBytes() throws {
    let project = ClaimGraphProject(graph: Fixture.articleGraph)
    let graph = ["--graph", Fixture.articleGraph]
    for format in QueryFormat.allCases {
      let cli = runCommand(["query", "method:pet", "--format", format.rawValue] + graph)
      #expect(try project.query("method:pet", format: format) == cli.stdout)
    }
    for format in OutputFormat.allCases {
      let show = runCommand(["show", "Boecker 2008", "--format", format.rawValue] + graph)
      #expect(try project.show("Boecker 2008", format: format) == show.stdout)
      let path = runCommand(
        ["path", "mu-opioid-receptor", "major-depressive-disorder", "--format", format.rawValue]
          + graph)
      // The command line words the advice of the text ("--through-hubs allows them").
      let library = try Advice.$phrasing.withValue(ClaimGraphCommand.flagPhrasing) {
        try project.path(
          from: "mu-opioid-receptor", to: "major-depressive-disorder", format: format)
      }
      #expect(library == path.stdout)
      if format == .text {
        #expect(path.stdout.contains("(--through-hubs allows them)"))
        #expect(
          try project.path(from: "mu-opioid-receptor", to: "major-depressive-disorder")
            .contains("(allowing hubs includes them)"))
      }
    }
    #expect(
      throws: ProjectError.unresolvedName(
        "'mu-opioid-receptor' and 'mu-opioid-receptor' are the same node (mu-opioid-receptor)")
    ) {
      try project.path(from: "mu-opioid-receptor", to: "mu-opioid-receptor")
    }
  }

  @Test func theBuildPlanIsWhatBuildWrites() throws {
    let directory = try TemporaryDirectory("build-plan")
    defer { directory.remove() }
    let exports = directory.path + "/Exports"
    let build = runCommand(["build", "--graph", Fixture.articleGraph, "--exports", exports])
    #expect(build.status == 0)
    let plan = try ClaimGraphProject(graph: Fixture.articleGraph).buildPlan(directory: exports)
    let written = build.stdout.split(separator: "\n").map { String($0.dropFirst("wrote ".count)) }
    #expect(
      written == plan.artifacts.map(\.path) + (Graphviz.find() == nil ? [] : plan.picturePaths))
    let check = try plan.check()
    #expect(check.stale == [])
    #expect(check.compared == written.count)
  }

  @Test func theSessionWritesAndPrunesTheBaselineAsLintDoes() throws {
    let directory = try TemporaryDirectory("baseline")
    defer { directory.remove() }
    let (library, command) = (directory.path + "/library.json", directory.path + "/cli.json")
    let project = ClaimGraphProject(graph: Fixture.articleGraph)
    let recorded = try project.lintRun(baseline: .none).recordingEveryFinding(at: library)
    try project.writeBaseline(try #require(recorded.baseline), to: library)
    #expect(recorded.report.findings.isEmpty)
    #expect(recorded.report.exitStatus == 0)

    let cli = runCommand(["lint", Fixture.articleGraph, "--write-baseline", command])
    #expect(cli.status == 0)
    #expect(cli.stderr.hasPrefix("Wrote \(recorded.report.baselined.count) findings"))
    let written = try String(contentsOfFile: library, encoding: .utf8)
    #expect(written == (try String(contentsOfFile: command, encoding: .utf8)))

    let (pruned, removed) = try project.lintRun(baseline: .file(library)).pruningStaleEntries()
    #expect(removed == 0)
    #expect(pruned.baselinePath == library)
    #expect(throws: ProjectError.noBaselineToPrune) {
      try project.lintRun(baseline: .none).pruningStaleEntries()
    }
  }
}
