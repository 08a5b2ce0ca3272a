import ArgumentParser
import ClaimGraphProject

/// `claimgraph report`: the article annotated passage by passage, as one HTML page.
struct ReportCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "report",
    abstract: "Write the evidence report: the article annotated, as one self-contained page.",
    discussion: """
      The page shows the article's text with each passage that claims state marked by \
      their strength (established, uncertain, refuted) and backing (a listed source, only \
      unlisted ones, none); hovering over a passage or moving to it with the Tab key shows \
      its claims, citations and lint findings. Around it: the headline numbers, what we \
      know and don't know, the lint findings by rule (the baseline's included), the \
      sources with the claims citing them, and pictures drawn by Graphviz's dot when it is \
      installed. A graph without article text gets everything but the annotated text. \
      The page loads nothing from outside and runs no script but its own. Writes \
      Exports/NAME-report.html unless --output names another file (atomically). A library \
      of several articles gets an index page there (each article with its counts and \
      coverage, and the places where the articles disagree, linked to both passages) and \
      one page per article beside it (Exports/graph-report-ID.html); --article writes one \
      article's page alone.
      """)

  @OptionGroup var graphOptions: GraphOptions

  @Option(
    help: ArgumentHelp(
      "Write the page to this file (default: Exports/NAME-report.html).", valueName: "file"))
  var output: String?

  @Option(
    help: ArgumentHelp(
      "Write one article's page of a library (its id, or words of its title).",
      valueName: "article"))
  var article: String?

  func run() throws {
    let console = Console.current
    let report = try EvidenceReport(
      try graphOptions.load(), of: graphOptions.project(), path: output, article: article,
      environment: console.environment)
    if let note = report.picturesNote { console.writeError("warning: \(note)\n") }
    try report.write()
    for page in report.pages {
      console.write("wrote \(page.path) (\(page.html.utf8.count) bytes)\n")
    }
  }
}
