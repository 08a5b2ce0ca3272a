import ArgumentParser
import ClaimGraph

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

  /// Where a path may start and end.
  static let ends = NodeLookup.Scope(kinds: Set(NodeKind.entityKinds).union([.source]))

  func run() throws {
    let console = Console.current
    let graph = try graphArgument.applied(to: graphOptions).load().graph
    let lookup = NodeLookup(graph: graph)
    let start = try Self.one(from, lookup: lookup)
    let end = try Self.one(to, lookup: lookup)
    guard start != end else {
      console.writeError("error: '\(from)' and '\(to)' are the same node (\(start))\n")
      throw ExitCode(2)
    }
    var avoided = Set<NodeID>()
    for name in avoid {
      let resolution = lookup.resolve(name, in: Self.ends)
      guard !resolution.targets.isEmpty else {
        console.writeError("error: --avoid: \(lookup.problem(resolution, in: Self.ends))\n")
        throw ExitCode(2)
      }
      avoided.formUnion(resolution.nodeIDs)
    }
    let options = EvidencePaths.Options(
      limit: max, maxSteps: maxSteps, avoid: avoided, avoidsHubs: !throughHubs,
      hubThreshold: hubThreshold)
    let result = graph.evidencePaths(from: start, to: end, options: options)
    switch format {
    case .text: console.write(PathOutput.text(result, in: graph, maxSteps: maxSteps))
    case .json: console.write(PathOutput.json(result, in: graph).serialized() + "\n")
    }
  }

  /// The one entity or source a person means, or exit 2 with what went wrong.
  static func one(_ name: String, lookup: NodeLookup) throws -> NodeID {
    let resolution = lookup.resolve(name, in: ends)
    let console = Console.current
    switch resolution.nodeIDs.count {
    case 1:
      return resolution.nodeIDs[0]
    case 0:
      console.writeError("error: \(lookup.problem(resolution, in: ends))\n")
    default:
      console.writeError(
        "error: '\(name)' names several things: "
          + LookupListing.list(resolution.targets, in: lookup.graph) + "; give an id\n")
    }
    throw ExitCode(2)
  }
}
