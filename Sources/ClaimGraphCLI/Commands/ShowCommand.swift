import ArgumentParser
import ClaimGraph

/// `claimgraph show ID`: one node with everything attached to it.
struct ShowCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "show",
    abstract: "Show a claim, source or entity with everything attached to it.",
    discussion: """
      A claim: statement, strength, section, entities, relations and citations. An entity: \
      the claims about it grouped by strength, and its relations. A source: its \
      bibliographic data and the claims citing it, with stance and methods. A section: its \
      claims grouped by strength and how much of it they cover. Anything may be named by \
      id; an entity by its name or an alias, a source by its label or its authors and year \
      ("Boecker 2008", boecker), a section by its title. 'claimgraph list' lists them.
      """)

  @OptionGroup var graphOptions: GraphOptions

  @Option(name: [.short, .long], help: "Output format.")
  var format: OutputFormat = .text

  @Argument(
    help: ArgumentHelp(
      "What to show: an id, an entity's name or alias, a source's label or author and year, "
        + "or a section's title.", valueName: "name"),
    completion: .custom(Completions.nodeIDs))
  var id: String

  @OptionGroup var graphArgument: GraphArgument

  func run() throws {
    let console = Console.current
    let graph = try graphArgument.applied(to: graphOptions).load().graph
    let target = try Self.resolve(id, in: graph)
    switch (format, target) {
    case (.text, .node(let node)): console.write(NodeDetails.text(node, in: graph))
    case (.json, .node(let node)):
      console.write(NodeDetails.json(node, in: graph).serialized() + "\n")
    case (.text, .section(let section)): console.write(NodeDetails.text(section, in: graph))
    case (.json, .section(let section)):
      console.write(NodeDetails.json(section, in: graph).serialized() + "\n")
    }
  }

  /// What `show` can show.
  enum Shown {
    case node(Node)
    case section(Section)
  }

  /// The one node or section a name means (see ``NodeLookup``), or exit 2 with what went
  /// wrong: nothing by that name (with the closest name), or several things.
  static func resolve(_ text: String, in graph: KnowledgeGraph) throws -> Shown {
    let lookup = NodeLookup(graph: graph)
    let resolution = lookup.resolve(text, in: .everything)
    switch resolution.targets.count {
    case 1:
      switch resolution.targets[0] {
      case .node(let id): if let node = graph.node(id) { return .node(node) }
      case .section(let id): if let section = graph.section(id) { return .section(section) }
      }
    case 0:
      Console.current.writeError("error: \(lookup.problem(resolution, in: .everything))\n")
    default:
      Console.current.writeError(
        "error: '\(text)' names several things: "
          + LookupListing.list(resolution.targets, in: graph) + "; give an id\n")
    }
    throw ExitCode(2)
  }
}
