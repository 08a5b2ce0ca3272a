import ArgumentParser
import ClaimGraphFormats
import ClaimGraphProject

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
    let graph = try graphArgument.applied(to: graphOptions).load().graph
    Console.current.write(ClaimGraphProject.stats(of: graph, format: format))
  }
}
