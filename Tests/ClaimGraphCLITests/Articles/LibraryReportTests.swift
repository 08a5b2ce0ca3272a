import ClaimGraph
import ClaimGraphFormats
import ClaimGraphProject
import ClaimGraphTestSupport
import ClaimGraphYAML
import Foundation
import Testing

/// The report and the tables of a library (`Fixtures/library`): an index page linking one
/// page per article and listing the planted disagreements, each article's page holding
/// only its own claims and sources, tables per article and grouped by article, and
/// "listed" judged by each claim's own article.
@Suite struct LibraryReportTests {
  static let folder = Fixture.path("library")

  /// A library's report, written by `claimgraph report` into a temporary folder (with no
  /// Graphviz on the PATH): the result, with the folder's path left out, and the pages by
  /// file name.
  static func report(of graph: String = folder, _ arguments: [String] = []) throws -> (
    result: CommandResult, pages: [String: String]
  ) {
    let directory = try TemporaryDirectory("library-report")
    defer { directory.remove() }
    let result = runCommand(
      ["report", "--graph", graph, "--output", directory.path + "/library.html"] + arguments,
      environment: ["PATH": directory.path])
    var pages: [String: String] = [:]
    for name in try FileManager.default.contentsOfDirectory(atPath: directory.path) {
      pages[name] = try String(contentsOfFile: directory.path + "/" + name, encoding: .utf8)
    }
    let stdout = result.stdout.replacingOccurrences(of: directory.path + "/", with: "")
    return (CommandResult(status: result.status, stdout: stdout, stderr: result.stderr), pages)
  }

  /// Every match of a pattern's first capture, in order.
  static func captures(_ pattern: String, in text: String) throws -> [String] {
    let regex = try Regex(pattern)
    return text.matches(of: regex).compactMap { $0.output[1].substring.map(String.init) }
  }

  @Test func theReportWritesAnIndexAndOnePagePerArticle() throws {
    let (result, pages) = try Self.report()
    #expect(result.status == 0)
    #expect(
      pages.keys.sorted() == [
        "library-exercise.html", "library-mood.html", "library-pain.html", "library.html",
      ])
    #expect(
      result.stdout
        == [
          "library.html", "library-exercise.html", "library-mood.html",
          "library-pain.html",
        ].map { "wrote \($0) (\(pages[$0]?.utf8.count ?? 0) bytes)\n" }.joined())
    let index = try #require(pages["library.html"])
    // Each article linked, with its counts and coverage, then the library's totals.
    let rows = try Self.captures("(<tr><th scope=\"row\">.*?</tr>)", in: index)
    #expect(
      rows == [
        "<tr><th scope=\"row\"><a href=\"library-exercise.html\">Running and the Brain</a></th>"
          + "<td>2</td><td>2</td><td>0</td><td>0</td><td>2</td><td>100.0% (5 of 5)</td>"
          + "<td>5</td></tr>",
        "<tr><th scope=\"row\"><a href=\"library-mood.html\">Laughter, Running and Mood</a></th>"
          + "<td>5</td><td>1</td><td>3</td><td>1</td><td>3</td><td>90.0% (9 of 10)</td>"
          + "<td>6</td></tr>",
        "<tr><th scope=\"row\"><a href=\"library-pain.html\">Endorphins and Chronic Pain</a></th>"
          + "<td>2</td><td>2</td><td>0</td><td>0</td><td>2</td><td>100.0% (5 of 5)</td>"
          + "<td>3</td></tr>",
        "<tr><th scope=\"row\">The library</th><td>9</td><td>5</td><td>3</td><td>1</td>"
          + "<td>7</td><td>95.0% (19 of 20)</td><td>14</td></tr>",
      ])
    // The planted disagreements, exactly, each linked to both passages on their pages.
    let disagreements = try #require(
      index.firstRange(of: "<section id=\"disagreements\"").flatMap { start in
        index[start.lowerBound...].firstRange(of: "<section id=\"other-findings\"").map {
          String(index[start.lowerBound..<$0.lowerBound])
        }
      })
    #expect(
      try Self.captures("<h3 id=\"[a-z-]+\"><code>([a-z-]+)</code>", in: disagreements) == [
        "strength-disagreement", "stance-disagreement",
      ])
    func passage(_ page: String, _ claim: String, _ title: String) -> String {
      "<a href=\"library-\(page).html#claim-\(claim)\"><code>\(claim)</code></a> in "
        + "<cite>\(title)</cite>"
    }
    let exercise = "Running and the Brain"
    let mood = "Laughter, Running and Mood"
    let pain = "Endorphins and Chronic Pain"
    let runs = passage("exercise", "running-raises-brain-endorphin", exercise)
    let mightRun = passage("mood", "running-might-raise-endorphin", mood)
    let causes = passage("exercise", "endorphins-cause-runners-high", exercise)
    let myth = passage("mood", "endorphins-do-not-cause-runners-high", mood)
    let mayLift = passage("mood", "laughter-may-lift-mood", mood)
    let lifts = passage("pain", "laughter-lifts-mood-in-pain", pain)
    #expect(
      try Self.captures("<br>The passages: (.*?)</li>", in: disagreements) == [
        "\(runs); \(mightRun)", "\(causes); \(myth)", "\(mayLift); \(lifts)",
        "\(mightRun); \(runs)", "\(myth); \(causes)", "\(lifts); \(mayLift)",
        "\(causes); \(myth)", "\(myth); \(causes)",
      ])
    #expect(
      index.contains(
        "<h2 id=\"other-findings-h\">Findings about no one article</h2>\n"
          + "<p>Every finding is about an article's claims or sources, and listed on its page.</p>")
    )
  }

  /// The index draws the library's entity map only: sections are each article's.
  @Test func theLibrarysPicturesAreItsEntityMap() {
    let graph = GraphLoader().load(directory: Self.folder).graph
    #expect(ReportPicture.planned(for: graph).map(\.anchor) == ["picture-entity-map"])
  }

  @Test func anArticlesPageShowsOnlyItsOwnClaimsSourcesAndFindings() throws {
    let (_, pages) = try Self.report()
    let graph = GraphLoader().load(directory: Self.folder).graph
    for article in graph.articles {
      let page = try #require(pages["library-\(article.id).html"])
      let own = graph.claims(inArticle: article.id)
      #expect(
        Set(try Self.captures("<span class=\"anchor\" id=\"claim-([a-z-]+)\">", in: page))
          == Set(own.map(\.id.rawValue)))
      for claim in graph.claims where claim.article != article.id {
        #expect(!page.contains(Escaping.html(claim.statement)), "\(claim.id) on \(article.id)")
      }
      #expect(page.contains("<h1>\(Escaping.html(article.title))</h1>"))
      #expect(page.contains("<li><a href=\"library.html\">The library</a></li>"))
      #expect(page.contains("<p>The library&#39;s pictures are on its index page.</p>"))
    }
    let mood = try #require(pages["library-mood.html"])
    #expect(
      try Self.captures("<li id=\"source-([a-z0-9-]+)\">", in: mood) == [
        "reyes-2019", "boecker-2008",
      ])
    #expect(
      try Self.captures("<h3 id=\"rule-([a-z-]+)\"><code>", in: mood) == [
        // The uncovered FAQ question lies in the mood article's text: its page lists it.
        "uncited-claim", "uncovered-sentence", "strength-disagreement", "stance-disagreement",
      ])
    #expect(mood.contains("<dt>Claims</dt><dd><span class=\"n\">5</span>"))
    #expect(mood.contains("<dt>Coverage</dt><dd><span class=\"n\">90.0%</span>"))
    let pain = try #require(pages["library-pain.html"])
    #expect(try Self.captures("<li id=\"source-([a-z0-9-]+)\">", in: pain) == ["lindqvist-2021"])
  }

  @Test func articleWritesOnePageAndAnUnknownArticleIsRefused() throws {
    let (result, pages) = try Self.report(of: Self.folder, ["--article", "pain"])
    #expect(result.status == 0)
    #expect(pages.keys.sorted() == ["library.html"])
    let page = try #require(pages["library.html"])
    #expect(page.contains("<h1>Endorphins and Chronic Pain</h1>"))
    // Written elsewhere than beside the index, the page links no index.
    #expect(!page.contains("The library</a>"))
    let (refused, none) = try Self.report(of: Self.folder, ["--article", "nothing"])
    #expect(refused.status == 2)
    #expect(
      refused.stderr
        == "error: --article 'nothing' names no article of the library (its articles: "
        + "exercise, mood, pain)\n")
    #expect(none.isEmpty)
  }

  @Test func buildWritesTheIndexAndEveryArticlesPage() throws {
    let directory = try TemporaryDirectory("library-build")
    defer { directory.remove() }
    let plan = try ClaimGraphProject(graph: Self.folder).buildPlan(
      directory: directory.path, environment: ["PATH": directory.path])
    let reports = plan.artifacts.map(\.path).filter { $0.contains("-report") }
    #expect(
      reports
        == [
          "graph-report.html", "graph-report-exercise.html", "graph-report-mood.html",
          "graph-report-pain.html",
        ].map { directory.path + "/" + $0 })
    let index = try #require(plan.artifacts.first { $0.path.hasSuffix("/graph-report.html") })
    let html = String(decoding: try index.bytes(), as: UTF8.self)
    #expect(html.contains("<a href=\"graph-report-mood.html\">Laughter, Running and Mood</a>"))
    // The same plan twice: the same bytes.
    let again = try ClaimGraphProject(graph: Self.folder).buildPlan(
      directory: directory.path, environment: ["PATH": directory.path])
    #expect(try again.artifacts.map { try $0.bytes() } == plan.artifacts.map { try $0.bytes() })
  }

  @Test func tablesArePerArticleOrGroupedByArticle() throws {
    let mood = runCommand([
      "tables", "--graph", Self.folder, "--article", "mood", "--format", "csv",
    ])
    #expect(mood.status == 0)
    #expect(
      mood.stdout.split(whereSeparator: \.isNewline).dropFirst().map {
        $0.split(separator: ",", omittingEmptySubsequences: false)[2]
      } == [
        "summary-laughter-lifts-mood", "laughter-may-lift-mood", "running-might-raise-endorphin",
        "faq-laughter-lifts-mood", "endorphins-do-not-cause-runners-high",
      ])
    let library = runCommand(["tables", "--graph", Self.folder, "--format", "json"])
    let json = try #require(
      try JSONSerialization.jsonObject(with: Data(library.stdout.utf8)) as? [String: Any])
    #expect(json["by"] as? String == "article")
    let groups = (json["tables"] as? [[String: Any]])?.map { table in
      (table["groups"] as? [[String: Any]])?.compactMap { $0["id"] as? String } ?? []
    }
    #expect(groups == [["exercise", "mood", "pain"], ["mood"], ["mood"]])
    let sections = runCommand(["tables", "--graph", Self.folder, "--by", "section"])
    #expect(sections.stdout.contains("### Laughter, Running and Mood: Everyday Lifts\n"))
    #expect(sections.stdout.contains("### Endorphins and Chronic Pain: What the Review Says\n"))
  }

  /// A source cited by two articles, listed by one: each claim's row (and each page) judges
  /// it by the claim's own article.
  @Test func listedIsJudgedByTheClaimsOwnArticle() throws {
    let directory = try TemporaryDirectory("library-listed")
    defer { directory.remove() }
    let copy = directory.path + "/library"
    try FileManager.default.copyItem(atPath: Self.folder, toPath: copy)
    let claims = copy + "/articles/pain/claims/claims.yaml"
    var text = try String(contentsOfFile: claims, encoding: .utf8)
    // One more citation for the last claim, `laughter-lifts-mood-in-pain`.
    text +=
      "      - source: boecker-2008\n        stance: supports\n"
      + "        quote: \"Endorphins ease chronic pain\"\n"
    try text.write(toFile: claims, atomically: true, encoding: .utf8)
    let loaded = GraphLoader().load(directory: copy)
    #expect(loaded.diagnostics.isEmpty)
    let tables = SummaryTables(loaded.graph)
    let rows = Dictionary(
      uniqueKeysWithValues: tables.tables.flatMap(\.groups).flatMap(\.rows).map { ($0.claim, $0) })
    #expect(
      rows["laughter-lifts-mood-in-pain"]?.evidenceText
        == "Lindqvist 2021 (supports); Boecker et al. 2008 [unlisted] (PET, supports)")
    #expect(
      rows["running-raises-brain-endorphin"]?.evidenceText == "Boecker et al. 2008 (PET, supports)")
    let (_, pages) = try Self.report(of: copy)
    let pain = try #require(pages["library-pain.html"])
    #expect(
      try Self.captures("<li id=\"source-([a-z0-9-]+)\">", in: pain) == [
        "lindqvist-2021", "boecker-2008",
      ])
    #expect(
      pain.contains(
        "<h3 id=\"unlisted\">Studies the text invokes without listing them</h3>\n"
          + "<ol class=\"sources\">\n<li id=\"source-boecker-2008\">"))
    let exercise = try #require(pages["library-exercise.html"])
    #expect(
      exercise.contains(
        "<h3 id=\"listed\">The reference list</h3>\n"
          + "<ol class=\"sources\">\n<li id=\"source-boecker-2008\">"))
  }
}
