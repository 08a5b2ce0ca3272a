import ClaimGraph
import ClaimGraphFormats

/// What `claimgraph query`, `show` and `path` print, as text a program can compare with the
/// command's output byte for byte.
///
/// Each answer comes in two forms: a static function over a graph the caller has loaded,
/// and an instance method that loads this session's graph first (and so throws
/// ``ProjectError/invalidGraph(_:)`` for a graph the command would refuse).
extension ClaimGraphProject {
  /// What `claimgraph query EXPRESSION --nodes NODES --format FORMAT [--limit N]` prints.
  ///
  /// - Throws: `QueryError` when the expression does not parse or names nothing in the
  ///   graph (the command prints it with a caret under its column and exits with 2).
  public static func query(
    _ expression: String, in graph: KnowledgeGraph, nodes: QueryNodes = .claims,
    format: QueryFormat = .text, limit: Int? = nil
  ) throws(QueryError) -> String {
    let parsed = try ParsedQuery(parsing: expression)
    try graph.check(parsed, selecting: nodes)
    return answer(parsed, in: graph, nodes: nodes, format: format, shape: .full(limit: limit))
      .output
  }

  /// ``query(_:in:nodes:format:limit:)`` over this session's graph.
  ///
  /// - Throws: ``ProjectError`` when the graph cannot be loaded, `QueryError` when the
  ///   expression is wrong.
  public func query(
    _ expression: String, nodes: QueryNodes = .claims, format: QueryFormat = .text,
    limit: Int? = nil
  ) throws -> String {
    try Self.query(expression, in: load().graph, nodes: nodes, format: format, limit: limit)
  }

  /// The search expression parsed, before any graph is read (so a typo costs no load).
  ///
  /// - Throws: ``ProjectError/invalidQuery(_:expression:)`` with the column of the problem.
  public static func parseQuery(_ expression: String) throws(ProjectError) -> ParsedQuery {
    do {
      return try ParsedQuery(parsing: expression)
    } catch {
      throw .invalidQuery(error, expression: expression)
    }
  }

  /// What `claimgraph query` prints in each of its shapes (`--count`, `--ids-only`, the full
  /// listing with an optional limit), and how many nodes match.
  ///
  /// - Throws: ``ProjectError/invalidQuery(_:expression:)`` when the query names something
  ///   the graph lacks (the message suggests the closest name).
  public static func query(
    _ query: ParsedQuery, in graph: KnowledgeGraph, nodes: QueryNodes = .claims,
    format: QueryFormat = .text, shape: QueryShape
  ) throws(ProjectError) -> QueryAnswer {
    do {
      try graph.check(query, selecting: nodes)
    } catch {
      throw .invalidQuery(error, expression: query.text)
    }
    return answer(query, in: graph, nodes: nodes, format: format, shape: shape)
  }

  private static func answer(
    _ query: ParsedQuery, in graph: KnowledgeGraph, nodes: QueryNodes, format: QueryFormat,
    shape: QueryShape
  ) -> QueryAnswer {
    let matches = QueryOutput.Matches(query.query, selecting: nodes, in: graph)
    let rendered: QueryOutput.Shape =
      switch shape {
      case .full(let limit): .full(limit: limit)
      case .count: .count
      case .idsOnly: .idsOnly
      }
    return QueryAnswer(
      output: QueryOutput.render(matches, in: graph, as: format, shape: rendered),
      matchCount: matches.ids.count)
  }

  /// What `claimgraph show NAME --format FORMAT` prints: one claim, source, entity or
  /// section, named by id, an entity's name or alias, a source's label or its authors and
  /// year, or a section's title.
  ///
  /// - Throws: ``ProjectError/unresolvedName(_:)`` when the name means nothing (the message
  ///   suggests the closest name) or several things (the message lists them).
  public static func show(
    _ name: String, in graph: KnowledgeGraph, format: OutputFormat = .text
  ) throws(ProjectError) -> String {
    let lookup = NodeLookup(graph: graph)
    let (value, scope) = showScope(of: name)
    let resolution = lookup.resolve(value, in: scope)
    guard resolution.targets.count == 1 else {
      throw .unresolvedName(unresolved(value, resolution, lookup: lookup, scope: scope))
    }
    switch (resolution.targets[0], format) {
    case (.node(let id), .text): return graph.node(id).map { NodeDetails.text($0, in: graph) } ?? ""
    case (.node(let id), .json):
      return graph.node(id).map { NodeDetails.json($0, in: graph).serialized() + "\n" } ?? ""
    case (.section(let id), .text):
      return graph.section(id).map { NodeDetails.text($0, in: graph) } ?? ""
    case (.section(let id), .json):
      return graph.section(id).map { NodeDetails.json($0, in: graph).serialized() + "\n" } ?? ""
    }
  }

  /// The name `show` looks up and where: a name with one of `query`'s prefixes
  /// (`method:pet`, `source:boecker`, `region:pag`, `section:faq`, `id:…`) is looked up
  /// among what the prefix names; any other name everywhere.
  static func showScope(of name: String) -> (String, NodeLookup.Scope) {
    guard let colon = name.firstIndex(of: ":") else { return (name, .everything) }
    var value = String(name[name.index(after: colon)...])
    if value.count >= 2, value.first == "\"", value.last == "\"" {
      value = String(value.dropFirst().dropLast())
    }
    let scope: NodeLookup.Scope? =
      switch QueryField(rawValue: name[..<colon].lowercased()) {
      case .id: .everything
      case .source, .author: .sources
      case .method, .onlyMethod: .kind(.method)
      case .about: .entities
      case .region: .kind(.region)
      case .receptor: .kind(.receptor)
      case .condition: .kind(.condition)
      case .molecule: .kind(.molecule)
      case .intervention: .kind(.intervention)
      case .structure: .kind(.structure)
      case .section: .sections
      default: nil
      }
    guard let scope, !value.isEmpty else { return (name, .everything) }
    return (value, scope)
  }

  /// ``show(_:in:format:)`` over this session's graph.
  ///
  /// - Throws: ``ProjectError`` when the graph cannot be loaded or the name is unresolved.
  public func show(_ name: String, format: OutputFormat = .text) throws(ProjectError) -> String {
    try Self.show(name, in: load().graph, format: format)
  }

  /// Where `claimgraph path` starts, ends and may not pass: entities and sources.
  public static let pathEnds = NodeLookup.Scope(kinds: Set(NodeKind.entityKinds).union([.source]))

  /// What `claimgraph path FROM TO --format FORMAT` prints: the strongest evidence paths
  /// between two entities or sources, named as `show` names them.
  ///
  /// - Parameters:
  ///   - start: where the paths start: an entity or a source, by any name `show` takes.
  ///   - end: where they end, named the same way.
  ///   - graph: the loaded graph.
  ///   - avoid: names of nodes no path may pass through (`--avoid`); a name may mean
  ///     several nodes (all are avoided).
  ///   - options: the path search's limits; its `avoid` set is joined with `avoid`'s nodes.
  ///   - format: text for people or the JSON object programs read.
  /// - Throws: ``ProjectError/unresolvedName(_:)`` when an end means no node or several,
  ///   or when both ends are the same node; ``ProjectError/unresolvedChoice(_:_:)`` when an
  ///   `avoid` name means nothing.
  public static func path(
    from start: String, to end: String, in graph: KnowledgeGraph, avoid: [String] = [],
    options: EvidencePaths.Options = .init(), format: OutputFormat = .text
  ) throws(ProjectError) -> String {
    let lookup = NodeLookup(graph: graph)
    let from = try one(start, lookup: lookup)
    let to = try one(end, lookup: lookup)
    guard from != to else {
      throw .unresolvedName("'\(start)' and '\(end)' are the same node (\(from))")
    }
    var options = options
    for name in avoid {
      let resolution = lookup.resolve(name, in: pathEnds)
      guard !resolution.targets.isEmpty else {
        throw .unresolvedChoice(.avoid, lookup.problem(resolution, in: pathEnds))
      }
      options.avoid.formUnion(resolution.nodeIDs)
    }
    let result = graph.evidencePaths(from: from, to: to, options: options)
    switch format {
    case .text: return PathOutput.text(result, in: graph, maxSteps: options.maxSteps)
    case .json: return PathOutput.json(result, in: graph).serialized() + "\n"
    }
  }

  /// ``path(from:to:in:avoid:options:format:)`` over this session's graph.
  ///
  /// - Throws: ``ProjectError`` when the graph cannot be loaded or a name is unresolved.
  public func path(
    from start: String, to end: String, avoid: [String] = [],
    options: EvidencePaths.Options = .init(), format: OutputFormat = .text
  ) throws(ProjectError) -> String {
    try Self.path(
      from: start, to: end, in: load().graph, avoid: avoid, options: options, format: format)
  }

  private static func one(_ name: String, lookup: NodeLookup) throws(ProjectError) -> NodeID {
    let resolution = lookup.resolve(name, in: pathEnds)
    guard resolution.nodeIDs.count == 1 else {
      throw .unresolvedName(unresolved(name, resolution, lookup: lookup, scope: pathEnds))
    }
    return resolution.nodeIDs[0]
  }

  /// Why a name is not one thing: nothing by that name (with the closest), or several.
  static func unresolved(
    _ name: String, _ resolution: NodeLookup.Resolution, lookup: NodeLookup,
    scope: NodeLookup.Scope
  ) -> String {
    resolution.targets.isEmpty
      ? lookup.problem(resolution, in: scope)
      : "'\(name)' names several things: "
        + LookupListing.list(resolution.targets, in: lookup.graph) + "; give an id"
  }
}
