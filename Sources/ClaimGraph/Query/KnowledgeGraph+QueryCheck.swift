extension KnowledgeGraph {
  /// Checks that every name in a query names something in this graph: a misspelt method,
  /// entity, source, author, section or id is an error pointing at its column, with a
  /// did-you-mean where one is close, instead of a query that silently matches nothing.
  ///
  /// - Parameters:
  ///   - query: the parsed query.
  ///   - nodes: what the query selects, which decides what `id:` names.
  /// - Throws: ``QueryError`` for the first name that matches nothing.
  public func check(_ query: ParsedQuery, selecting nodes: QueryNodes = .claims)
    throws(QueryError)
  {
    if let first = problems(in: query, selecting: nodes).first { throw first }
  }

  /// Every name in a query that matches nothing, in the order they are written.
  public func problems(in query: ParsedQuery, selecting nodes: QueryNodes = .claims)
    -> [QueryError]
  {
    let lookup = NodeLookup(graph: self)
    let names = query.terms.compactMap { located in
      problem(with: located.term, lookup: lookup, nodes: nodes).map {
        QueryError(column: located.valueColumn, message: $0)
      }
    }
    return names + (nodes == .entities ? kindConflicts(in: query) : [])
  }

  /// Over entities, terms joined by AND that ask for different kinds of entity
  /// (`region:* method:pet`): an entity has one kind, so they can never all hold.
  private func kindConflicts(in parsed: ParsedQuery) -> [QueryError] {
    func kind(_ query: Query) -> (NodeKind, QueryTerm)? {
      switch query {
      case .term(let term):
        switch term {
        case .entity(let kind, _): (kind, term)
        case .method, .onlyMethod: (.method, term)
        default: nil
        }
      default: nil
      }
    }
    func conflicts(_ query: Query) -> [QueryError] {
      switch query {
      case .term: return []
      case .not(let inner): return conflicts(inner)
      case .or(let queries): return queries.flatMap(conflicts)
      case .and(let queries):
        let kinds = queries.compactMap(kind)
        var found = queries.flatMap(conflicts)
        if let first = kinds.first, let other = kinds.first(where: { $0.0 != first.0 }),
          let located = parsed.terms.first(where: { $0.term == other.1 })
        {
          found.append(
            QueryError(
              column: located.column,
              message: "an entity has one kind, so no entity is both a \(first.0.rawValue) and a "
                + "\(other.0.rawValue); join them with OR, or select claims rather than entities "
                + "to find the claims about both"))
        }
        return found
      }
    }
    return conflicts(parsed.query)
  }

  /// Notes on a query's names that match nothing in this graph, with a did-you-mean
  /// where one is close: `no method is named 'pte'; did you mean 'pet'?`.
  public func notes(for query: Query) -> [String] {
    let lookup = NodeLookup(graph: self)
    var seen = Set<String>()
    return terms(of: query).compactMap { problem(with: $0, lookup: lookup, nodes: .claims) }
      .filter { seen.insert($0).inserted }
  }

  private func terms(of query: Query) -> [QueryTerm] {
    switch query {
    case .term(let term): [term]
    case .not(let inner): terms(of: inner)
    case .and(let queries), .or(let queries): queries.flatMap(terms(of:))
    }
  }

  private func problem(with term: QueryTerm, lookup: NodeLookup, nodes: QueryNodes) -> String? {
    func missing(_ name: String, in scope: NodeLookup.Scope) -> String? {
      let resolution = lookup.resolve(name, in: scope)
      return resolution.targets.isEmpty ? lookup.problem(resolution, in: scope) : nil
    }
    switch term {
    case .method(let name), .onlyMethod(let name): return missing(name, in: .kind(.method))
    case .about(let name): return missing(name, in: .entities)
    case .entity(let kind, let name): return missing(name, in: .kind(kind))
    case .source(let name): return missing(name, in: .sources)
    case .id(let name):
      let scope: NodeLookup.Scope =
        switch nodes {
        case .claims: .claims
        case .sources: .sources
        case .entities: .entities
        }
      return missing(name, in: scope)
    case .section(let name):
      guard !claims.contains(where: { $0.section == name }) else { return nil }
      return missing(name, in: .sections)
    case .article(let name):
      guard articles(named: name).isEmpty else { return nil }
      return "no article has the id or a title with the words '\(name)'"
        + Suggestion.hint(for: name, in: articles.map(\.id))
    case .author(let name):
      guard lookup.sources(byAuthor: name).isEmpty else { return nil }
      let authors = sources.flatMap(\.authorFamilyNames)
      return "no source has an author named '\(name)'"
        + Suggestion.hint(for: name, in: authors)
    case .text, .strength, .sourceType, .stance, .cited, .listed, .year:
      return nil
    }
  }
}
