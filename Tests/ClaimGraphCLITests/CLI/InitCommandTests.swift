import ClaimGraph
import ClaimGraphFormats
import ClaimGraphProject
import ClaimGraphTestSupport
import ClaimGraphYAML
import Foundation
import Testing

/// `claimgraph init` on a text it has never seen: a graph that loads, with the text's
/// headings as sections and every sentence a claim stub to fill in.
@Suite struct InitCommandTests {
  static let text = Fixture.path("Init/sleep-and-memory.txt")
  static let sections = [
    ("why-we-sleep", "Why We Sleep"),
    ("memory-consolidation-during-sleep", "Memory Consolidation During Sleep"),
    ("what-happens-without-sleep", "What Happens Without Sleep"),
    ("practical-advice", "Practical Advice"),
  ]

  /// A scratch folder with the article started in `Graph/articles/sleep-and-memory`.
  static func started() throws -> (TemporaryDirectory, ClaimGraphProject, ArticleStart) {
    let directory = try TemporaryDirectory("init")
    let project = ClaimGraphProject(
      graph: directory.path + "/Graph", workingDirectory: directory.path)
    let start = try project.startArticle(from: text)
    return (directory, project, start)
  }

  @Test func theStartedGraphLoadsWithTheTextsHeadingsAsSections() throws {
    let (directory, project, start) = try Self.started()
    defer { directory.remove() }
    let folder = directory.path + "/Graph/articles/sleep-and-memory"
    #expect(start.id == "sleep-and-memory")
    #expect(
      start.files
        == [
          "article.yaml", "article.txt", "claims/01-why-we-sleep.yaml",
          "claims/02-memory-consolidation-during-sleep.yaml",
          "claims/03-what-happens-without-sleep.yaml", "claims/04-practical-advice.yaml",
          "sources.yaml",
        ].map { "\(folder)/\($0)" })
    #expect(
      try String(contentsOfFile: folder + "/article.txt", encoding: .utf8)
        == String(contentsOfFile: Self.text, encoding: .utf8))

    let loaded = try project.load()
    #expect(loaded.diagnostics.isEmpty)
    let graph = loaded.graph
    #expect(graph.article?.title == "Sleep and Memory: How the Night Shapes What We Keep")
    #expect(graph.sections.map(\.id) == Self.sections.map(\.0))
    #expect(graph.sections.map(\.title) == Self.sections.map(\.1))
    #expect(graph.claims.isEmpty)

    // Only the work to do: every sentence is uncovered, an error until a claim states it.
    let findings = try project.lint(loaded).findings
    #expect(Set(findings.map(\.rule)) == ["uncovered-sentence"])
    #expect(findings.count == start.outline.passages.count)
    let coverage = try #require(ArticleCoverage(graph))
    #expect(coverage.sections.map(\.section) == Self.sections.map(\.0))
    #expect(coverage.factual == 15)
    #expect(coverage.covered == 0)
    #expect(coverage.uncovered.count == start.outline.passages.count)
  }

  @Test func theArticleFileHasTheTitleTheSectionsAndTheSchemaLine() throws {
    let (directory, _, _) = try Self.started()
    defer { directory.remove() }
    let article = try String(
      contentsOfFile: directory.path + "/Graph/articles/sleep-and-memory/article.yaml",
      encoding: .utf8)
    #expect(
      article == """
        # yaml-language-server: $schema=../../../Exports/claimgraph-authoring.schema.json
        #
        # Started by `claimgraph init` from sleep-and-memory.txt: the title and the sections its
        # headings open. Sentences that state no claim (a disclaimer, a question heading) go under
        # `unclaimed:`, each quoted with its reason.
        article:
          id: sleep-and-memory
          title: "Sleep and Memory: How the Night Shapes What We Keep"
          text: article.txt

        sections:
          - id: why-we-sleep  # article.txt:2
            title: "Why We Sleep"
          - id: memory-consolidation-during-sleep  # article.txt:4
            title: "Memory Consolidation During Sleep"
          - id: what-happens-without-sleep  # article.txt:8
            title: "What Happens Without Sleep"
          - id: practical-advice  # article.txt:10
            title: "Practical Advice"

        """)
  }

  @Test func eachSentenceIsAClaimStubWithItsPlaceAndItsCitations() throws {
    let (directory, _, _) = try Self.started()
    defer { directory.remove() }
    let folder = directory.path + "/Graph/articles/sleep-and-memory"
    let claims = try String(
      contentsOfFile: folder + "/claims/02-memory-consolidation-during-sleep.yaml",
      encoding: .utf8)
    #expect(
      claims.hasPrefix(
        "# yaml-language-server: $schema=../../../../Exports/claimgraph-authoring.schema.json\n"))
    #expect(
      claims.contains(
        """
          # article.txt:5:301
          # - id: humans-night-sleep-after-learning-word
          #   statement: "TODO: the claim in your own words"
          #   strength: uncertain  # established, uncertain or refuted
          #   section: memory-consolidation-during-sleep
          #   quote: "In humans, a night of sleep after learning word pairs improved recall compared with a day awake, as Jenkins and Dallenbach (1924) first reported."
          #   citations:
          #     - source: jenkins-dallenbach-1924
          #       stance: supports  # supports, contradicts or mentions
          #       quote: "Jenkins and Dallenbach (1924)"

        """))
    #expect(claims.components(separatedBy: "  # - id: ").count - 1 == 6)
    let sources = try String(contentsOfFile: folder + "/sources.yaml", encoding: .utf8)
    let ids = sources.split(separator: "\n").compactMap { line in
      line.hasPrefix("  # - id: ") ? line.dropFirst("  # - id: ".count) : nil
    }
    #expect(
      ids == [
        "researchers-still-debate", "wilson-mcnaughton-1994", "jenkins-dallenbach-1924",
        "evidence-rem-sleep-linked", "yoo-2007",
      ])
    #expect(
      sources.contains(
        """
          # "Yoo et al. 2007", article.txt:9:77
          # - id: yoo-2007
          #   type: primary_research
          #   title: "TODO: the title of Yoo et al. 2007"
          #   authors: ["Yoo et al."]
          #   year: 2007
          #   listed: true  # with `quote:` its reference-list entry; else false

        """))
  }

  @Test func uncommentedStubsLoadAndLeaveOnlyTheCitingToDo() throws {
    let (directory, project, start) = try Self.started()
    defer { directory.remove() }
    for path in start.files where path.hasSuffix(".yaml") {
      let text = try String(contentsOfFile: path, encoding: .utf8)
      let uncommented = text.split(separator: "\n", omittingEmptySubsequences: false).map { line in
        line.hasPrefix("  # - ") || line.hasPrefix("  #   ") ? "  " + line.dropFirst(4) : line
      }.joined(separator: "\n")
      try uncommented.write(toFile: path, atomically: true, encoding: .utf8)
    }
    let loaded = try project.load()
    #expect(loaded.diagnostics.isEmpty)
    #expect(loaded.graph.claims.count == 15)
    #expect(loaded.graph.sources.count == 5)
    let rules = Set(try project.lint(loaded).findings.map(\.rule))
    // A stub marked listed quotes no entry of the reference list until its author adds it.
    #expect(rules == ["uncited-claim", "unlisted-source", "listed-source-not-in-references"])
    let coverage = try #require(ArticleCoverage(loaded.graph))
    #expect(coverage.covered == coverage.factual)
  }

  @Test func initNeverOverwritesAndNamesWhatExists() throws {
    let (directory, project, start) = try Self.started()
    defer { directory.remove() }
    let article = start.files[0]
    try "article: {id: mine, title: Mine}\n".write(
      toFile: article, atomically: true, encoding: .utf8)
    #expect(throws: ProjectError.wouldOverwrite(start.files)) {
      try project.startArticle(from: Self.text)
    }
    #expect(
      try String(contentsOfFile: article, encoding: .utf8) == "article: {id: mine, title: Mine}\n")

    let other = directory.path + "/Other"
    try FileManager.default.createDirectory(
      atPath: other + "/claims", withIntermediateDirectories: true)
    try "mine\n".write(
      toFile: other + "/claims/01-why-we-sleep.yaml", atomically: true, encoding: .utf8)
    let result = runCommand(["init", Self.text, "--into", other])
    #expect(
      result
        == CommandResult(
          status: 2, stdout: "",
          stderr:
            "error: \(other)/claims/01-why-we-sleep.yaml exists; init never overwrites a file\n"))
    #expect(try FileManager.default.contentsOfDirectory(atPath: other) == ["claims"])
  }

  @Test func initRefusesATextThatIsNotARegularFile() throws {
    let directory = try TemporaryDirectory("init-fifo")
    defer { directory.remove() }
    let fifo = directory.path + "/article.txt"
    #expect(mkfifo(fifo, 0o600) == 0)
    let result = runCommand(["init", fifo, "--into", directory.path + "/A"])
    #expect(result.status == 2)
    #expect(
      result.stderr
        == "error: cannot start an article from '\(fifo)': '\(fifo)' is not a regular file; it is not read\n"
    )
    #expect(!FileManager.default.fileExists(atPath: directory.path + "/A"))
  }

  @Test func theCommandPrintsWhatItWroteAndCoverageListsTheWorkToDo() throws {
    let directory = try TemporaryDirectory("init-cli")
    defer { directory.remove() }
    let folder = directory.path + "/Graph/articles/sleep"
    let result = runCommand(["init", Self.text, "--into", folder])
    #expect(result.status == 0, "\(result.stderr)")
    #expect(result.stdout.hasPrefix("wrote \(folder)/article.yaml\nwrote \(folder)/article.txt\n"))
    #expect(
      result.stdout.hasSuffix(
        "article 'sleep-and-memory': 4 sections, 15 claim stubs, 5 source stubs\n"))

    let graph = directory.path + "/Graph"
    // The gate fails on the sentences no claim states yet, and on nothing else.
    let lint = runCommand(["lint", graph, "--format", "json"])
    #expect(lint.status == 1)
    #expect(lint.stdout.ranges(of: "\"rule\": \"uncovered-sentence\"").count == 15)
    #expect(
      lint.stdout.hasSuffix("\"errors\": 15,\n    \"warnings\": 0,\n    \"notes\": 0\n  }\n}\n"))
    let uncovered = runCommand(["coverage", "--graph", graph, "--uncovered"])
    #expect(uncovered.status == 0)
    let lines = uncovered.stdout.split(separator: "\n")
    #expect(lines.count == 15)
    #expect(
      lines.first
        == "\(folder)/article.txt:3:1 [why-we-sleep] Every animal studied so far sleeps in some form."
    )
    #expect(
      lines.last
        == "\(folder)/article.txt:11:150 [practical-advice] Sleep is not a substitute for study!")
    let json = runCommand(["coverage", "--graph", graph, "--uncovered", "--format", "json"])
    #expect(
      json.stdout.hasPrefix(
        """
        {
          "text": "\(folder)/article.txt",
          "uncovered": [
            {
              "section": "why-we-sleep",
              "line": 3,
              "column": 1,
              "start": 65,
              "end": 113,
              "text": "Every animal studied so far sleeps in some form."
            },
        """))
    #expect(json.stdout.components(separatedBy: "\"section\":").count - 1 == 15)
  }

  @Test(
    .requires(tools: "check-jsonschema"))
  func theStartedFilesNameTheCommittedSchemaAndMeetIt() throws {
    let (directory, _, start) = try Self.started()
    defer { directory.remove() }
    // Where the package keeps the schema, the line names it.
    let folder = Fixture.packageRoot + "/Graph/articles/sleep-and-memory"
    let schema = Fixture.packageRoot + "/Exports/" + AuthoringSchema.fileName
    let named = (folder as NSString).appendingPathComponent(
      "../../../Exports/claimgraph-authoring.schema.json")
    #expect((named as NSString).standardizingPath == schema)
    let files = start.files.filter { $0.hasSuffix(".yaml") }
    let result = try ExternalTool.run("check-jsonschema", ["--schemafile", schema] + files)
    #expect(result.status == 0, "\(result.output)")
  }
}

extension InitCommandTests {
  @Test func onTheEndorphinTextTheOutlineFindsTheGraphsSectionsAndSentences() throws {
    let graph = try ClaimGraphProject(graph: Fixture.articleGraph).load().graph
    let text = try #require(graph.text)
    let outline = ArticleOutline(
      ArticleText(path: "article.txt", text: text.text), fallbackTitle: "")
    #expect(outline.title == graph.article?.title)
    // The graph's sections, plus the text before the first heading (the teaser and the
    // disclaimer) and "Related Articles", which the graph lists as unclaimed.
    var titles = graph.sections.map(\.title)
    titles.insert("Related Articles", at: titles.count - 1)
    #expect(outline.sections.map(\.title) == ["Front matter"] + titles)
    // The loader's sentences, less the one it counts that init takes for a heading.
    let coverage = try #require(ArticleCoverage(graph))
    let excluded = coverage.sections.reduce(0) { $0 + $1.excluded.count }
    #expect(outline.passages.count == coverage.factual + excluded - 1)
    let cues = outline.passages.flatMap(\.cues).map(\.suggestedSource)
    #expect(cues.contains("boecker-2008"))
    #expect(cues.contains("fuss-2015"))
    #expect(cues.contains("manninen-2017"))
  }
}

/// How the outline finds headings and the studies a sentence invokes.
@Suite struct ArticleOutlineTests {
  static func outline(_ text: String, fallback: String = "file") -> ArticleOutline {
    ArticleOutline(ArticleText(path: "a.txt", text: text), fallbackTitle: fallback)
  }

  @Test func headingsAreShortLinesThatEndNoSentence() {
    let outline = Self.outline(
      """
      The Title
      A lede before any heading. It has two sentences.
      What Is It? A Question Heading
      Body text here.
      - A bullet without a full stop
      Is this a question?
      What is well established:
      Another line.
      \(String(repeating: "Long line without a stop ", count: 5))
      What Is It? A Question Heading
      """)
    #expect(outline.title == "The Title")
    #expect(outline.titleIsInText)
    #expect(
      outline.sections.map(\.id) == ["front-matter", "what-is-it", "what-is-well-established"])
    #expect(outline.sections.map(\.line) == [nil, 3, 7])
    #expect(outline.sections[2].title == "What is well established")
    #expect(
      outline.passages.map(\.section) == [
        "front-matter", "front-matter", "what-is-it", "what-is-it", "what-is-it",
        "what-is-well-established", "what-is-well-established",
      ])
    #expect(outline.passages.map(\.text)[4] == "Is this a question?")
  }

  @Test func aTextWithoutATitleLineTakesItsFileName() {
    let outline = Self.outline("Sleep matters. It really does.\n", fallback: "notes")
    #expect(outline.title == "notes")
    #expect(!outline.titleIsInText)
    #expect(outline.sections.map(\.id) == ["front-matter"])
    #expect(outline.passages.map(\.suggestedID) == ["sleep-matters", "really-does"])
  }

  @Test func suggestedIDsAreUniqueKebabCase() {
    let outline = Self.outline("T\nH\nSleep matters. Sleep matters! Évite ça.\n")
    #expect(outline.passages.map(\.suggestedID) == ["sleep-matters", "sleep-matters-2", "vite"])
    #expect(outline.passages.allSatisfy { NodeID($0.suggestedID).isKebabCase })
  }

  @Test(arguments: [
    ("As Smith et al. 2019 showed, sleep helps.", ["smith-2019"], ["Smith et al. 2019"]),
    ("Jones and Lee (2021) disagree.", ["jones-lee-2021"], ["Jones and Lee (2021)"]),
    ("Sleep helps (Smith, 2019).", ["smith-2019"], ["Smith, 2019"]),
    (
      "Both Smith et al. (2019) and Jones & Lee, 2021 agree.", ["smith-2019", "jones-lee-2021"],
      ["Smith et al. (2019)", "Jones & Lee, 2021"]
    ),
    (
      "A 2008 PET study by Henning Boecker and colleagues found it.", ["boecker-2008"],
      ["Henning Boecker and colleagues"]
    ),
    ("In 2019 the rules changed.", [], []),
    ("Studies suggest that naps help.", ["studies-naps-help"], ["Studies suggest that"]),
    ("Make time for study every day.", [], []),
    ("Evidence-based ways to rest.", [], []),
  ])
  func citationCues(sentence: String, sources: [String], quotes: [String]) {
    let cues = CitationCue.cues(in: sentence, claim: "naps-help")
    #expect(cues.map(\.suggestedSource) == sources)
    #expect(cues.map(\.quote) == quotes)
  }
}
