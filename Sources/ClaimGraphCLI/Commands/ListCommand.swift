import ArgumentParser
import ClaimGraphFormats
import ClaimGraphProject

/// `claimgraph list sections|entities|sources|claims`: what there is to name.
struct ListCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "list",
    abstract: "List the graph's sections, entities, sources or claims, with their ids.",
    discussion: """
      Every id listed can be given to show, path and query. --kind narrows entities to one \
      kind (region, receptor, condition, molecule, intervention, method, structure) and \
      sources to one type (primary_research, review_article, meta_analysis, …); --section \
      and --article narrow claims to one section or one article of the library.

      Examples:
        claimgraph list sections
        claimgraph list entities --kind method
        claimgraph list sources --format json
        claimgraph list claims --section faq
      """)

  /// What can be listed.
  enum What: String, ExpressibleByArgument, CaseIterable {
    case sections
    case entities
    case sources
    case claims
  }

  @OptionGroup var graphOptions: GraphOptions

  @Option(name: [.short, .long], help: "Output format.")
  var format: OutputFormat = .text

  @Option(
    help: ArgumentHelp("Only entities of this kind, or sources of this type.", valueName: "kind"))
  var kind: String?

  @Option(help: ArgumentHelp("Only the claims of this section (its id).", valueName: "id"))
  var section: String?

  @Option(
    help: ArgumentHelp("Only the claims of this article of the library (its id).", valueName: "id"))
  var article: String?

  @Argument(help: ArgumentHelp("sections, entities, sources or claims.", valueName: "what"))
  var what: What

  @OptionGroup var graphArgument: GraphArgument

  func run() throws {
    let graph = try graphArgument.applied(to: graphOptions).load().graph
    Console.current.write(try ClaimGraphProject.list(try listing(), in: graph, format: format))
  }

  /// What the arguments ask to list; a filter that does not apply to it is a usage error.
  private func listing() throws -> Listing {
    if what != .claims, section != nil || article != nil {
      throw UsageError(message: "--section and --article apply to claims, not \(what.rawValue)")
    }
    if what == .sections || what == .claims, kind != nil {
      throw UsageError(
        message: "--kind applies to entities and sources, not \(what.rawValue)")
    }
    switch what {
    case .sections: return .sections
    case .entities: return .entities(kind: kind)
    case .sources: return .sources(type: kind)
    case .claims: return .claims(section: section, article: article)
    }
  }
}
