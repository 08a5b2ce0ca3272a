import ArgumentParser
import ClaimGraph

/// `claimgraph tables`: what we know, what we don't know yet, common misconceptions.
struct TablesCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "tables",
    abstract: "Print the summary tables: what we know, what we don't know yet, misconceptions.",
    discussion: """
      Each row is a claim, its evidence (sources with method and stance; unlisted sources \
      are marked, and "no listed source" where none supports the claim) and what it is \
      about. HTML is a single self-contained, printable page.
      """)

  @OptionGroup var graphOptions: GraphOptions

  @Option(help: "Output format.")
  var format: TablesFormat = .markdown

  @Option(help: "Group the rows by section, condition or region.")
  var by: SummaryGrouping?

  func run() throws {
    let graph = try graphOptions.load().graph
    let tables = SummaryTables(graph, by: by)
    Console.current.write(format.renderer.render(tables))
  }
}

/// The formats `claimgraph tables` prints.
enum TablesFormat: String, ExpressibleByArgument, CaseIterable {
  case markdown
  case html
  case csv
  case json

  var renderer: any SummaryTablesRenderer {
    switch self {
    case .markdown: MarkdownTablesRenderer()
    case .html: HTMLTablesRenderer()
    case .csv: CSVTablesRenderer()
    case .json: JSONTablesRenderer()
    }
  }
}

extension SummaryGrouping: ExpressibleByArgument {}
