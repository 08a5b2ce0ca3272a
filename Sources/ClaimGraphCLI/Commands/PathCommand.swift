import ArgumentParser
import ClaimGraph
import ClaimGraphRendering

/// `claimgraph path FROM TO`: the shortest evidence chains between two entities.
struct PathCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "path",
    abstract: "Find the shortest evidence chains between two entities through claims.",
    discussion: """
      A chain runs entity —claim— entity —claim— … entity, each claim being about the \
      entities beside it, and is only as strong as its weakest claim. Shorter chains win; \
      among equally short ones, established chains come before uncertain, then refuted. \
      Entities are given by id, name or alias.
      """)

  @OptionGroup var graphOptions: GraphOptions

  @Option(help: "Output format.")
  var format: OutputFormat = .text

  @Option(name: .long, help: "The most chains to list.")
  var max: Int = 10

  @Argument(help: ArgumentHelp("The entity to start from.", valueName: "from"))
  var from: String

  @Argument(help: ArgumentHelp("The entity to reach.", valueName: "to"))
  var to: String

  func validate() throws {
    guard max > 0 else { throw ValidationError("--max must be at least 1") }
  }

  func run() throws {
    let console = Console.current
    let graph = try graphOptions.load().graph
    let start = try Self.entity(from, in: graph)
    let end = try Self.entity(to, in: graph)
    guard start.id != end.id else {
      console.writeError("error: '\(from)' and '\(to)' are the same entity (\(start.id))\n")
      throw ExitCode(2)
    }
    let result = graph.evidenceChains(from: start.id, to: end.id, limit: max)
    switch format {
    case .text: console.write(PathOutput.text(result, in: graph))
    case .json: console.write(PathOutput.json(result, in: graph).serialized() + "\n")
    }
  }

  /// The one entity a person means, or exit 2 with what went wrong.
  static func entity(_ name: String, in graph: KnowledgeGraph) throws -> Entity {
    let matches = graph.entities(named: name)
    let console = Console.current
    switch matches.count {
    case 1:
      return matches[0]
    case 0:
      let candidates = graph.entities.flatMap { [$0.id.rawValue, $0.name] + $0.aliases }
      let hint = Suggestion.hint(for: name, in: candidates)
      console.writeError("error: no entity is named '\(name)'\(hint)\n")
    default:
      let list = matches.map { "\($0.id) (\($0.kind.rawValue))" }.joined(separator: ", ")
      console.writeError("error: '\(name)' names several entities: \(list); give an id\n")
    }
    throw ExitCode(2)
  }
}
