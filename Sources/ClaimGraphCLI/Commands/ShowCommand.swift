import ArgumentParser
import ClaimGraphFormats
import ClaimGraphProject

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
    let graph = try graphArgument.applied(to: graphOptions).load().graph
    Console.current.write(try ClaimGraphProject.show(id, in: graph, format: format))
  }
}
