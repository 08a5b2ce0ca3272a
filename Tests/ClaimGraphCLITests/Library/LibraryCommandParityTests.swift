import ClaimGraph
import ClaimGraphFormats
import ClaimGraphProject
import ClaimGraphTestSupport
import Foundation
import Testing

/// The library is the command line's only door: for every command, what the project session
/// returns is what the command prints, byte for byte, and its failures are the command's.
@Suite struct LibraryCommandParityTests {
  static let project = ClaimGraphProject(graph: Fixture.articleGraph)
  static let graph = ["--graph", Fixture.articleGraph]

  @Test func statsRulesAndExplain() throws {
    let graph = try Self.project.load().graph
    for format in OutputFormat.allCases {
      let stats = runCommand(["stats", "--format", format.rawValue] + Self.graph)
      #expect(ClaimGraphProject.stats(of: graph, format: format) == stats.stdout)
      #expect(try Self.project.stats(format: format) == stats.stdout)
      let rules = runCommand(["rules", "--format", format.rawValue])
      #expect(ClaimGraphProject.rules(format: format) == rules.stdout)
    }
    let explain = runCommand(["lint", "--explain", "uncited-claim"])
    #expect(try ClaimGraphProject.explain("uncited-claim") == explain.stdout)
    let unknown = runCommand(["lint", "--explain", "uncited-claims"])
    #expect(unknown.status == 2)
    #expect(
      throws: ProjectError.unknownRule("uncited-claims", hint: "; did you mean 'uncited-claim'?")
    ) {
      try ClaimGraphProject.explain("uncited-claims")
    }
  }

  @Test func list() throws {
    let cases: [([String], Listing)] = [
      (["sections"], .sections), (["entities", "--kind", "method"], .entities(kind: "method")),
      (["sources", "--kind", "review-article"], .sources(type: "review-article")),
      (["claims", "--section", "faq"], .claims(section: "faq")),
      (["claims", "--article", "endorphins"], .claims(article: "endorphins")),
    ]
    for (arguments, listing) in cases {
      for format in OutputFormat.allCases {
        let cli = runCommand(["list"] + arguments + ["--format", format.rawValue] + Self.graph)
        #expect(cli.status == 0)
        #expect(try Self.project.list(listing, format: format) == cli.stdout)
      }
    }
    let wrong = runCommand(["list", "entities", "--kind", "regoin"] + Self.graph)
    #expect(
      throws: ProjectError.unresolvedChoice(
        .kind, "unknown entity kind 'regoin'; did you mean 'region'?")
    ) {
      try Self.project.list(.entities(kind: "regoin"))
    }
    #expect(wrong.stderr == "error: unknown entity kind 'regoin'; did you mean 'region'?\n")
  }

  @Test func queryInEveryShape() throws {
    let graph = try Self.project.load().graph
    let query = try ClaimGraphProject.parseQuery("method:pet")
    let shapes: [([String], QueryShape)] = [
      ([], .full(limit: nil)), (["--limit", "3"], .full(limit: 3)), (["--count"], .count),
      (["--ids-only"], .idsOnly),
    ]
    for (flags, shape) in shapes {
      for nodes in QueryNodes.allCases {
        let cli = runCommand(
          ["query", "method:pet", "--nodes", nodes.rawValue] + flags + Self.graph)
        let answer = try ClaimGraphProject.query(query, in: graph, nodes: nodes, shape: shape)
        #expect(answer.output == cli.stdout)
        #expect((answer.matchCount == 0 ? 1 : 0) == cli.status)
      }
    }
    let typo = runCommand(["query", "metod:pet"] + Self.graph)
    #expect(typo.status == 2)
    #expect(throws: ProjectError.self) { try ClaimGraphProject.parseQuery("metod:pet") }
  }

  @Test func tablesAndCoverage() throws {
    let graph = try Self.project.load().graph
    for format in TablesFormat.allCases {
      let cli = runCommand(
        ["tables", "--format", format.rawValue, "--strength", "uncertain", "--by", "condition"]
          + Self.graph)
      #expect(
        try ClaimGraphProject.tables(
          of: graph, format: format, by: .condition,
          filter: ClaimFilter(strengths: [.uncertain])) == cli.stdout)
    }
    let everything = runCommand(["tables"] + Self.graph)
    #expect(try Self.project.tables() == everything.stdout)
    for format in CoverageFormat.allCases {
      for uncovered in [false, true] {
        let cli = runCommand(
          ["coverage", "--format", format.rawValue] + (uncovered ? ["--uncovered"] : [])
            + Self.graph)
        let answer = try Self.project.coverage(format: format, uncovered: uncovered)
        #expect(answer.output == cli.stdout)
      }
    }
    let gate = runCommand(["coverage", "--fail-under", "100"] + Self.graph)
    #expect((try Self.project.coverage().ratio * 100 < 100 ? 1 : 0) == gate.status)
    let nowhere = runCommand(["tables", "--article", "nothing"] + Self.graph)
    #expect(nowhere.stderr.hasPrefix("error: --article 'nothing' names no article"))
    #expect {
      try Self.project.tables(article: "nothing")
    } throws: { error in
      guard case .unresolvedChoice(.article, let message) = error as? ProjectError else {
        return false
      }
      return nowhere.stderr == "error: --article \(message)\n"
    }
  }

  @Test func exportInEveryFormat() throws {
    let graph = try Self.project.load().graph
    for format in ExportFormat.allCases {
      for legend in [true, false] {
        let cli = runCommand(
          [
            "export", "--format", format.rawValue, "--strength", "established", "--kinds",
            "claim,region,source",
          ] + (legend ? [] : ["--no-legend"]) + Self.graph)
        let request = ExportRequest(
          .file(format),
          selection: ExportSelection(
            claims: ClaimFilter(strengths: [.established]), kinds: [.claim, .region, .source]),
          showsLegend: legend)
        var sink = MemorySink()
        try ClaimGraphProject.export(request, of: graph).write(to: &sink)
        #expect(sink.text == cli.stdout, "\(format) legend \(legend)")
      }
    }
    let directory = try TemporaryDirectory("export-parity")
    defer { directory.remove() }
    for (name, target) in [("g.md", ExportTarget.file(.mermaid)), ("csv", .folder(.neo4jCSV))] {
      let cli = runCommand(
        [
          "export", "--format", target == .folder(.neo4jCSV) ? "neo4j-csv" : "mermaid",
          "--around", "amygdala", "--output", directory.path + "/cli-" + name,
        ] + Self.graph)
      #expect(cli.status == 0)
      try Self.project.export(
        ExportRequest(target, selection: ExportSelection(around: "amygdala")),
        to: directory.path + "/library-" + name
      ).write(to: directory.path + "/library-" + name)
      #expect(
        try Self.contents(directory.path + "/cli-" + name)
          == Self.contents(directory.path + "/library-" + name))
    }
    let around = runCommand(["export", "-f", "dot", "--around", "beta-endorphine"] + Self.graph)
    #expect(
      throws: ProjectError.unresolvedChoice(
        .around, "no node is named 'beta-endorphine'; did you mean 'beta-endorphin'?")
    ) {
      try Self.project.export(
        ExportRequest(.file(.dot), selection: ExportSelection(around: "beta-endorphine")))
    }
    #expect(
      around.stderr
        == "error: --around: no node is named 'beta-endorphine'; did you mean 'beta-endorphin'?\n")
  }

  @Test func lintReportAndInit() throws {
    let outcome = try Self.project.lint(LintRequest(baseline: .none))
    for format in LintReportFormat.allCases {
      let lint = runCommand(
        ["lint", Fixture.articleGraph, "--format", format.rawValue, "--no-baseline"])
      let rendered = outcome.rendered(as: format, toolVersion: "0.1.0")
      #expect(rendered.body == lint.stdout, "\(format)")
      #expect(rendered.closing == lint.stderr, "\(format)")
      #expect(outcome.run.report.exitStatus == lint.status)
    }
    #expect(outcome.baselineChanges == [])

    let directory = try TemporaryDirectory("report-parity")
    defer { directory.remove() }
    let cli = runCommand(["report", "--output", directory.path + "/cli.html"] + Self.graph)
    #expect(cli.status == 0)
    let report = try EvidenceReport(
      try Self.project.load(), of: Self.project, path: directory.path + "/library.html",
      environment: [:])
    try report.write()
    #expect(
      try Self.contents(directory.path + "/cli.html")
        == Self.contents(directory.path + "/library.html"))

    let text = Fixture.path("Init/sleep-and-memory.txt")
    let started = runCommand(
      ["init", text, "--into", directory.path + "/cli", "--graph", directory.path])
    #expect(started.status == 0)
    let start = try ClaimGraphProject(graph: directory.path)
      .startArticle(from: text, into: directory.path + "/library")
    #expect(started.stdout.hasPrefix("wrote \(directory.path)/cli/article.yaml\n"))
    #expect(start.files.first == directory.path + "/library/article.yaml")
    #expect(started.stdout.hasSuffix("\n" + start.summary + "\n"))
    #expect(
      try Self.contents(directory.path + "/cli") == Self.contents(directory.path + "/library"))
    let again = runCommand(["init", text, "--into", directory.path + "/cli"])
    #expect(again.status == 2)
    #expect(again.stderr.hasSuffix("exists; init never overwrites a file\n"))
  }

  /// A file's bytes, or a folder's files (by name) and their bytes.
  static func contents(_ path: String) throws -> [String: Data] {
    var isDirectory: ObjCBool = false
    guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory),
      isDirectory.boolValue
    else { return ["": try Data(contentsOf: URL(fileURLWithPath: path))] }
    var files: [String: Data] = [:]
    for name in try FileManager.default.subpathsOfDirectory(atPath: path) {
      var isFolder: ObjCBool = false
      if FileManager.default.fileExists(atPath: path + "/" + name, isDirectory: &isFolder),
        !isFolder.boolValue
      {
        files[name] = try Data(contentsOf: URL(fileURLWithPath: path + "/" + name))
      }
    }
    return files
  }
}
