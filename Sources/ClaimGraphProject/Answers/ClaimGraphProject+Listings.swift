import ClaimGraph
import ClaimGraphFormats

/// What `claimgraph list`, `rules`, `lint --explain` and `stats` print.
extension ClaimGraphProject {
  /// What `claimgraph list WHAT --format FORMAT` prints, with its `--kind`, `--section`
  /// and `--article` filters.
  ///
  /// - Throws: ``ProjectError/unresolvedChoice(_:_:)`` when a filter names no kind, type,
  ///   section or article (the message suggests the closest or lists them).
  public static func list(
    _ listing: Listing, in graph: KnowledgeGraph, format: OutputFormat = .text
  ) throws(ProjectError) -> String {
    switch listing {
    case .sections: return sections(graph, format: format)
    case .entities(let kind):
      var entities = graph.entities
      if let kind {
        guard let entityKind = NodeKind(rawValue: kind.lowercased()), entityKind.isEntity else {
          let kinds = NodeKind.entityKinds.map(\.rawValue)
          throw .unresolvedChoice(.kind, "unknown entity kind '\(kind)'" + hint(kind, kinds))
        }
        entities = entities.filter { $0.kind == entityKind }
      }
      return render(
        "entities", entities, format: format, json: { QueryOutput.json($0, in: graph) },
        text: { QueryOutput.text($0, in: graph) })
    case .sources(let kind):
      var sources = graph.sources
      if let kind {
        let key = String(kind.lowercased().map { $0 == "-" ? "_" : $0 })
        guard let type = SourceType(rawValue: key) else {
          let types = SourceType.allCases.map(\.rawValue)
          throw .unresolvedChoice(.kind, "unknown source type '\(kind)'" + hint(key, types))
        }
        sources = sources.filter { $0.type == type }
      }
      return render(
        "sources", sources, format: format, json: { QueryOutput.json($0, in: graph) },
        text: { QueryOutput.text($0, in: graph) })
    case .claims(let section, let article):
      return try claims(graph, section: section, article: article, format: format)
    }
  }

  /// ``list(_:in:format:)`` over this session's graph.
  ///
  /// - Throws: ``ProjectError`` when the graph cannot be loaded or a filter names nothing.
  public func list(_ listing: Listing, format: OutputFormat = .text) throws(ProjectError)
    -> String
  {
    try Self.list(listing, in: load().graph, format: format)
  }

  /// The claims, of one section or article when asked: `id [strength]` and the statement.
  private static func claims(
    _ graph: KnowledgeGraph, section: String?, article: String?, format: OutputFormat
  ) throws(ProjectError) -> String {
    var claims = graph.claims
    if let section {
      let ids = graph.sections.map(\.id)
      guard ids.contains(section) || claims.contains(where: { $0.section == section }) else {
        throw .unresolvedChoice(
          .section, "no section has the id '\(section)'" + hint(section, ids))
      }
      claims = claims.filter { $0.section == section }
    }
    if let article {
      let ids = graph.articles.map(\.id)
      guard ids.contains(article) else {
        throw .unresolvedChoice(
          .articleID, "no article has the id '\(article)'" + hint(article, ids))
      }
      claims = claims.filter { graph.articleID(of: $0) == article }
    }
    return render(
      "claims", claims, format: format, json: { ClaimRendering.json($0, in: graph) },
      text: { "\(ClaimRendering.heading($0, in: graph))\n  \($0.statement)\n" })
  }

  /// `{"key": [...]}` in JSON, else each item's line.
  private static func render<Item>(
    _ key: String, _ items: [Item], format: OutputFormat, json: (Item) -> JSONValue,
    text: (Item) -> String
  ) -> String {
    guard format == .json else { return items.map(text).joined() }
    return JSONValue.object([(key, .array(items.map(json)))]).serialized() + "\n"
  }

  private static func sections(_ graph: KnowledgeGraph, format: OutputFormat) -> String {
    let counts = Dictionary(grouping: graph.claims.compactMap(\.section)) { $0 }.mapValues(\.count)
    return render(
      "sections", graph.sections, format: format,
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
  private static func hint(_ text: String, _ allowed: [String]) -> String {
    let hint = Suggestion.hint(for: text, in: allowed)
    return hint.isEmpty ? "; expected one of: \(allowed.joined(separator: ", "))" : hint
  }

  // MARK: - Rules

  /// What `claimgraph rules --format FORMAT` prints: every rule with its id, default
  /// severity and summary (and, in JSON, its options).
  public static func rules(
    _ registry: RuleRegistry = .standard, format: OutputFormat = .text
  ) -> String {
    switch format {
    case .text:
      let rules = registry.descriptors
      let width = rules.map(\.id.count).max() ?? 0
      return rules.map { rule in
        let id = rule.id.padding(to: width + 2)
        let severity = rule.defaultSeverity.rawValue.padding(to: 9)
        return "\(id)\(severity)\(rule.summary)\n"
      }.joined()
    case .json:
      let rules = registry.descriptors.map { rule in
        JSONValue.object([
          ("id", .string(rule.id)),
          ("severity", .string(rule.defaultSeverity.rawValue)),
          ("summary", .string(rule.summary)),
          (
            "options",
            .array(
              registry.options(for: rule.id).map { option in
                .object([
                  ("name", .string(option.name)), ("default", .int(option.defaultValue)),
                  ("summary", .string(option.summary)),
                ])
              })
          ),
        ])
      }
      return JSONValue.object([("rules", .array(rules))]).serialized() + "\n"
    }
  }

  /// What `claimgraph lint --explain RULE` prints: the rule in full, its options and how
  /// to silence it for one node.
  ///
  /// - Throws: ``ProjectError/unknownRule(_:hint:)`` when no rule has that id.
  public static func explain(_ id: String, registry: RuleRegistry = .standard)
    throws(ProjectError) -> String
  {
    guard let rule = registry.descriptor(for: id) else {
      throw .unknownRule(id, hint: registry.hint(for: id))
    }
    var text = """
      \(rule.id): \(rule.summary)
      Default severity: \(rule.defaultSeverity.rawValue)

      \(rule.explanation)

      """
    let options = registry.options(for: id)
    if !options.isEmpty {
      text += "\nOptions (in .claimgraph.yml under rules: \(id):):\n"
      for option in options {
        text += "  \(option.name): \(option.defaultValue) (default) — \(option.summary)\n"
      }
    }
    text += "\nSilence it for one node with: suppress: [{rule: \(id), reason: \"…\"}]\n"
    return text
  }

  // MARK: - Stats

  /// What `claimgraph stats --format FORMAT` prints: nodes by kind, edges by kind and
  /// strength, claims and sources (the JSON is a public contract).
  public static func stats(of graph: KnowledgeGraph, format: OutputFormat = .text) -> String {
    let statistics = GraphStatistics(graph)
    switch format {
    case .text: return statistics.text
    case .json: return statistics.json.serialized() + "\n"
    }
  }

  /// ``stats(of:format:)`` over this session's graph.
  ///
  /// - Throws: ``ProjectError`` when the graph cannot be loaded.
  public func stats(format: OutputFormat = .text) throws(ProjectError) -> String {
    Self.stats(of: try load().graph, format: format)
  }
}

extension String {
  /// The text followed by spaces up to `width` characters (at least one space).
  fileprivate func padding(to width: Int) -> String {
    self + String(repeating: " ", count: max(1, width - count))
  }
}
