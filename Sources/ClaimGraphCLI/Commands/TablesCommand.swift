import ArgumentParser
import ClaimGraph
import ClaimGraphProject

/// `claimgraph tables`: what we know, what we don't know yet, common misconceptions.
struct TablesCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "tables",
    abstract: "Print the summary tables: what we know, what we don't know yet, misconceptions.",
    discussion: """
      Each row is a claim, its evidence (the sources the article cites for it, with method \
      and stance: a study that contradicts the claim is marked "against", an unlisted \
      source "[unlisted]", and "no source cited" where no source backs the claim) and what \
      it is about. Citations the article does not make (inferred) are never evidence: they \
      are set apart, marked "inferred, not evidence". Each table ends with the references \
      its rows cite, with DOI links where known (DOIs added from outside the article are \
      marked). --query, --strength and --cited select claims as in 'claimgraph export'. \
      With --by condition or region, a claim is listed once, under the first condition \
      (region) it names, and every other one it names points to it. HTML is a single \
      self-contained, printable page. In a library of several articles the tables cover \
      every article, grouped by article unless --by asks otherwise (groups by section then \
      name their article); --article keeps one article's claims. A source is "listed" when \
      the article of the claim citing it lists it.
      """)

  @OptionGroup var graphArgument: GraphArgument

  @OptionGroup var graphOptions: GraphOptions

  @Option(name: [.short, .long], help: "Output format.")
  var format: TablesFormat = .markdown

  @Option(help: "Group the rows by section, condition, region or article.")
  var by: SummaryGrouping?

  @Option(
    help: ArgumentHelp(
      "Show one article of a library (its id, or words of its title).", valueName: "article"))
  var article: String?

  @OptionGroup var filters: ClaimFilterOptions

  func run() throws {
    let graph = try graphArgument.applied(to: graphOptions).load().graph
    Console.current.write(
      try ClaimGraphProject.tables(
        of: graph, format: format, by: by, filter: try filters.filter, article: article))
  }
}

extension TablesFormat: ExpressibleByArgument {}

extension SummaryGrouping: ExpressibleByArgument {}
