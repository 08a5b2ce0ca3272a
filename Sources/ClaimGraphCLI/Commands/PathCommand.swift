import ArgumentParser
import ClaimGraph
import ClaimGraphFormats
import ClaimGraphProject

/// `claimgraph path FROM TO`: how two entities (or sources) are linked through the
/// evidence.
struct PathCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "path",
    abstract: "Show how two entities or sources are linked through claims and their evidence.",
    discussion: """
      Each step is a claim: one asserting a relation between two entities, one about both, \
      or one about an entity that cites a source (so two findings of one study link their \
      entities). Paths are ranked by cost: weaker (uncertain, refuted) and uncited claims \
      cost more, explicit relations less, and so does passing through a node with many \
      claims. Hubs — nodes with more claims than --hub-threshold (default: a fifth of all \
      claims, at least 20) — are avoided unless no path can avoid them (--through-hubs \
      allows them); --avoid keeps paths from any node. Each step says whether its claim \
      is cited. Ends are named by id, name, alias, or for sources label or author and year.
      """)

  @OptionGroup var graphOptions: GraphOptions

  @Option(name: [.short, .long], help: "Output format.")
  var format: OutputFormat = .text

  @Option(name: .long, help: "The most paths to list.")
  var max: Int = 5

  @Option(name: .customLong("max-steps"), help: "The most claims a path may have.")
  var maxSteps: Int = 4

  @Option(
    name: .long, parsing: .singleValue,
    help: ArgumentHelp("A node no path may pass through (repeatable).", valueName: "name"))
  var avoid: [String] = []

  @Flag(name: .customLong("through-hubs"), help: "Let paths pass through hubs.")
  var throughHubs = false

  @Option(
    name: .customLong("hub-threshold"),
    help: ArgumentHelp("How many claims make a node a hub.", valueName: "claims"))
  var hubThreshold: Int?

  @Argument(
    help: ArgumentHelp("Where to start: an entity or a source.", valueName: "from"),
    completion: .custom(Completions.pathEnds))
  var from: String

  @Argument(
    help: ArgumentHelp("Where to end: an entity or a source.", valueName: "to"),
    completion: .custom(Completions.pathEnds))
  var to: String

  @OptionGroup var graphArgument: GraphArgument

  func validate() throws {
    guard max > 0 else { throw ValidationError("--max must be at least 1") }
    guard maxSteps > 0 else { throw ValidationError("--max-steps must be at least 1") }
    if let hubThreshold, hubThreshold < 1 {
      throw ValidationError("--hub-threshold must be at least 1")
    }
  }

  func run() throws {
    let graph = try graphArgument.applied(to: graphOptions).load().graph
    let options = EvidencePaths.Options(
      limit: max, maxSteps: maxSteps, avoidsHubs: !throughHubs, hubThreshold: hubThreshold)
    Console.current.write(
      try ClaimGraphProject.path(
        from: from, to: to, in: graph, avoid: avoid, options: options, format: format))
  }
}
