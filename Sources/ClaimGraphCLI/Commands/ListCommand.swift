import ArgumentParser
import ClaimGraph
import ClaimGraphFormats

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
    let console = Console.current
    let graph = try graphArgument.applied(to: graphOptions).load().graph
    if what != .claims, section != nil || article != nil {
      try fail("--section and --article apply to claims, not \(what.rawValue)")
    }
    switch what {
    case .sections:
      if kind != nil { try fail("--kind applies to entities and sources, not sections") }
      console.write(sections(graph))
    case .entities:
      var entities = graph.entities
      if let kind {
        guard let entityKind = NodeKind(rawValue: kind.lowercased()), entityKind.isEntity else {
          let kinds = NodeKind.entityKinds.map(\.rawValue)
          try fail("unknown entity kind '\(kind)'" + Self.hint(for: kind, in: kinds))
        }
        entities = entities.filter { $0.kind == entityKind }
      }
      console.write(
        render(
          "entities", entities, json: { QueryOutput.json($0, in: graph) },
          text: { QueryOutput.text($0, in: graph) }))
    case .sources:
      var sources = graph.sources
      if let kind {
        let key = String(kind.lowercased().map { $0 == "-" ? "_" : $0 })
        guard let type = SourceType(rawValue: key) else {
          let types = SourceType.allCases.map(\.rawValue)
          try fail("unknown source type '\(kind)'" + Self.hint(for: key, in: types))
        }
        sources = sources.filter { $0.type == type }
      }
      console.write(
        render(
          "sources", sources, json: { QueryOutput.json($0, in: graph) },
          text: { QueryOutput.text($0, in: graph) }))
    case .claims:
      if kind != nil { try fail("--kind applies to entities and sources, not claims") }
      console.write(try claims(graph))
    }
  }

  /// The claims, of one section or article when asked: `id [strength]` and the statement.
  private func claims(_ graph: KnowledgeGraph) throws -> String {
    var claims = graph.claims
    if let section {
      let ids = graph.sections.map(\.id)
      guard ids.contains(section) || claims.contains(where: { $0.section == section }) else {
        try fail("no section has the id '\(section)'" + Self.hint(for: section, in: ids))
      }
      claims = claims.filter { $0.section == section }
    }
    if let article {
      let ids = graph.articles.map(\.id)
      guard ids.contains(article) else {
        try fail("no article has the id '\(article)'" + Self.hint(for: article, in: ids))
      }
      claims = claims.filter { graph.articleID(of: $0) == article }
    }
    return render(
      "claims", claims, json: { ClaimRendering.json($0, in: graph) },
      text: { "\(ClaimRendering.heading($0, in: graph))\n  \($0.statement)\n" })
  }

  /// `{"key": [...]}` in JSON, else each item's line.
  private func render<Item>(
    _ key: String, _ items: [Item], json: (Item) -> JSONValue, text: (Item) -> String
  ) -> String {
    guard format == .json else { return items.map(text).joined() }
    return JSONValue.object([(key, .array(items.map(json)))]).serialized() + "\n"
  }

  private func sections(_ graph: KnowledgeGraph) -> String {
    let counts = Dictionary(grouping: graph.claims.compactMap(\.section)) { $0 }.mapValues(\.count)
    return render(
      "sections", graph.sections,
      json: { section in
        .object([
          ("id", .string(section.id)), ("title", .string(section.title)),
          ("claims", .int(counts[section.id] ?? 0)),
        ])
      },
      text: { section in
        let count = counts[section.id] ?? 0
        return "\(section.id) \(section.title), \(count) \(count == 1 ? "claim" : "claims")\n"
      })
  }

  /// A did-you-mean, or the list of what is allowed.
  private static func hint(for text: String, in allowed: [String]) -> String {
    let hint = Suggestion.hint(for: text, in: allowed)
    return hint.isEmpty ? "; expected one of: \(allowed.joined(separator: ", "))" : hint
  }

  private func fail(_ message: String) throws -> Never {
    Console.current.writeError("error: \(message)\n")
    throw ExitCode(2)
  }
}
