import ArgumentParser
import ClaimGraphProject

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
    let graph = try graphArgument.applied(to: graphOptions).load().graph
    let answer = try ClaimGraphProject.coverage(
      of: graph, format: format, article: article, uncovered: uncovered)
    Console.current.write(answer.output)
    if let failUnder, answer.ratio * 100 < failUnder { throw ExitCode(1) }
  }
}

extension CoverageFormat: ExpressibleByArgument {}
