import ArgumentParser
import ClaimGraph
import ClaimGraphFormats

/// `claimgraph stats`: counts of nodes, edges, claims and sources.
struct StatsCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "stats",
    abstract: "Count nodes by kind, edges by kind and strength, claims and sources.")

  @OptionGroup var graphArgument: GraphArgument

  @OptionGroup var graphOptions: GraphOptions

  @Option(name: [.short, .long], help: "Output format.")
  var format: OutputFormat = .text

  func run() throws {
    let loaded = try graphArgument.applied(to: graphOptions).load()
    let statistics = GraphStatistics(loaded.graph)
    let console = Console.current
    switch format {
    case .text: console.write(statistics.text)
    case .json: console.write(statistics.json.serialized() + "\n")
    }
  }
}
