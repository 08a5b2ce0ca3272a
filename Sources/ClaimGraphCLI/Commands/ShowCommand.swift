import ArgumentParser
import ClaimGraph
import ClaimGraphRendering

/// `claimgraph show ID`: one node with everything attached to it.
struct ShowCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "show",
    abstract: "Show a claim, source or entity with everything attached to it.",
    discussion: """
      A claim: statement, strength, section, entities, relations and citations. An entity: \
      the claims about it grouped by strength, and its relations. A source: its \
      bibliographic data and the claims citing it, with stance and methods. An entity may \
      also be named by its name or an alias.
      """)

  @OptionGroup var graphOptions: GraphOptions

  @Option(help: "Output format.")
  var format: OutputFormat = .text

  @Argument(help: ArgumentHelp("The node's id (or an entity's name or alias).", valueName: "id"))
  var id: String

  func run() throws {
    let console = Console.current
    let graph = try graphOptions.load().graph
    guard let node = Self.resolve(id, in: graph) else {
      let candidates = graph.nodes.map(\.id.rawValue)
      let hint = Suggestion.hint(for: id, in: candidates)
      console.writeError("error: no claim, source or entity has the id '\(id)'\(hint)\n")
      throw ExitCode(2)
    }
    switch format {
    case .text: console.write(NodeDetails.text(node, in: graph))
    case .json: console.write(NodeDetails.json(node, in: graph).serialized() + "\n")
    }
  }

  /// The node with this id, else the one entity with this name or alias.
  static func resolve(_ text: String, in graph: KnowledgeGraph) -> Node? {
    if let node = graph.node(NodeID(text)) { return node }
    let named = graph.entities(named: text)
    return named.count == 1 ? .entity(named[0]) : nil
  }
}
