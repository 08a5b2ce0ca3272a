import ArgumentParser
import ClaimGraph
import ClaimGraphFormats

/// `claimgraph coverage`: how much of the article its claims anchor.
struct CoverageCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "coverage",
    abstract: "Show the share of the article's sentences that claims anchor, per section.",
    discussion: """
      A sentence is covered when a claim's quote (or, in the reference list, a source's) \
      overlaps it. Headings and the passages listed under `unclaimed:` in the article file \
      (each with its reason) are not factual sentences and are not counted. The uncovered \
      sentences are listed with their line and column in the article. In a library of \
      several articles, each article is shown, then a table of the articles with the \
      library's total; --article shows one. With --fail-under, the exit status is 1 when \
      the overall share (of the library, or of the article chosen) is below the given \
      percentage. With --uncovered only the uncovered sentences are printed, one a line as \
      FILE:LINE:COLUMN [section] sentence (or as JSON), a work list for writing claims. A \
      graph without an article text (no `text:` in its article file) exits with 2.
      """)

  @OptionGroup var graphArgument: GraphArgument

  @OptionGroup var graphOptions: GraphOptions

  @Option(name: [.short, .long], help: "Output format.")
  var format: CoverageFormat = .text

  @Option(
    help: ArgumentHelp(
      "Show one article of a library (its id, or words of its title).", valueName: "article"))
  var article: String?

  @Option(
    name: .customLong("fail-under"),
    help: ArgumentHelp(
      "Exit with 1 when less than this percentage of factual sentences is covered.",
      valueName: "percent"))
  var failUnder: Double?

  @Flag(help: "List only the factual sentences no claim anchors, in reading order.")
  var uncovered = false

  func validate() throws {
    if let failUnder, !(0...100).contains(failUnder) {
      throw ValidationError("--fail-under must be a percentage from 0 to 100")
    }
  }

  func run() throws {
    let console = Console.current
    let graph = try graphArgument.applied(to: graphOptions).load().graph
    var articles = graph.articles
    if let article { articles = [try ArticleChoice.pick(article, in: graph)] }
    if articles.count > 1 {
      let rows = articles.compactMap { article -> CoverageOutput.ArticleRow? in
        guard let coverage = ArticleCoverage(graph, article: article.id),
          let text = graph.text(ofArticle: article.id)
        else { return nil }
        return (article, coverage, text)
      }
      switch (format, uncovered) {
      case (.text, true):
        console.write(
          rows.map { CoverageOutput.uncoveredText($0.coverage, text: $0.text) }.joined())
      case (.json, true):
        let lists = rows.map { row in
          JSONValue.object([
            ("article", .string(row.article.id)),
            ("uncovered", CoverageOutput.uncoveredJSON(row.coverage, text: row.text)),
          ])
        }
        console.write(JSONValue.object([("articles", .array(lists))]).serialized() + "\n")
      case (.markdown, true):
        console.write(
          rows.map { CoverageOutput.uncoveredMarkdown($0.coverage, text: $0.text) }.joined())
      case (.text, false): console.write(CoverageOutput.text(library: rows))
      case (.json, false):
        console.write(CoverageOutput.json(library: rows).serialized() + "\n")
      case (.markdown, false): console.write(CoverageOutput.markdown(library: rows))
      }
      if let failUnder, CoverageOutput.totals(rows).ratio * 100 < failUnder { throw ExitCode(1) }
      return
    }
    let only = articles.first?.id
    guard let coverage = ArticleCoverage(graph, article: only),
      let text = graph.text(ofArticle: only)
    else {
      console.writeError(
        "error: the graph has no article text, so there is nothing to cover; name the "
          + "article's text file with `text:` under `article:`\n")
      throw ExitCode(2)
    }
    switch (format, uncovered) {
    case (.text, true): console.write(CoverageOutput.uncoveredText(coverage, text: text))
    case (.json, true):
      console.write(CoverageOutput.uncoveredJSON(coverage, text: text).serialized() + "\n")
    case (.markdown, true):
      console.write(CoverageOutput.uncoveredMarkdown(coverage, text: text))
    case (.text, false): console.write(CoverageOutput.text(coverage, text: text))
    case (.json, false):
      console.write(CoverageOutput.json(coverage, text: text).serialized() + "\n")
    case (.markdown, false): console.write(CoverageOutput.markdown(coverage, text: text))
    }
    if let failUnder, coverage.ratio * 100 < failUnder { throw ExitCode(1) }
  }
}

/// The formats `claimgraph coverage` writes.
enum CoverageFormat: String, ExpressibleByArgument, CaseIterable {
  case text
  case json
  case markdown
}
