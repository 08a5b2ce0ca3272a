/// Evaluates queries over sources or entities instead of claims.
///
/// A term about the node itself is answered by the node: for a source its id, title and
/// authors, type, listing, year and methods (`listed:no`, `year:<2000`, `method:pet`), and
/// `cited:` (whether a claim's backing citation names it); for an entity its id, name and
/// aliases and its kind (`region:*`, `about:PAG`, `method:pet`). Any other term is
/// answered through the node's claims: a source matches when a claim citing it (not an
/// inferred citation) matches, an entity when a claim about it matches
/// (`strength:uncertain`, `section:faq`).
struct NodeQueryEvaluator {
  let graph: KnowledgeGraph
  let nodes: QueryNodes
  private let claimEvaluator: QueryEvaluator
  private let lookup: NodeLookup
  /// For each node (by offset), the offsets of its claims.
  private let linkedClaims: [[Int]]

  init(graph: KnowledgeGraph, nodes: QueryNodes) {
    precondition(nodes != .claims, "claims are evaluated by QueryEvaluator")
    self.graph = graph
    self.nodes = nodes
    claimEvaluator = QueryEvaluator(graph: graph)
    lookup = NodeLookup(graph: graph)
    var offsets: [NodeID: Int] = [:]
    for (offset, claim) in graph.claims.enumerated() { offsets[claim.id] = offset }
    switch nodes {
    case .sources:
      var citing: [NodeID: [Int]] = [:]
      for (offset, claim) in graph.claims.enumerated() {
        for source in Set(claim.citations.filter { !$0.isInferred }.map(\.source)) {
          citing[source, default: []].append(offset)
        }
      }
      linkedClaims = graph.sources.map { citing[$0.id] ?? [] }
    case .entities, .claims:
      linkedClaims = graph.entities.map { entity in
        graph.edges(to: entity.id, kind: .about).compactMap { offsets[$0.source] }
      }
    }
  }

  private var count: Int { linkedClaims.count }

  /// The offsets (into `graph.sources` or `graph.entities`) of the nodes that match.
  func offsets(matching query: Query) -> [Int] { evaluate(query).offsets }

  private func evaluate(_ query: Query) -> ClaimSet {
    switch query {
    case .term(let term): return own(term) ?? lifted(term)
    case .not(let inner):
      var set = evaluate(inner)
      set.invert()
      return set
    case .and(let queries):
      var set = ClaimSet(count: count, full: true)
      for inner in queries where !set.isEmpty { set.formIntersection(evaluate(inner)) }
      return set
    case .or(let queries):
      var set = ClaimSet(count: count)
      for inner in queries { set.formUnion(evaluate(inner)) }
      return set
    }
  }

  /// The nodes some of whose claims match the term.
  private func lifted(_ term: QueryTerm) -> ClaimSet {
    let claims = claimEvaluator.evaluate(.term(term))
    return select { offset in linkedClaims[offset].contains(where: claims.contains) }
  }

  private func select(_ predicate: (Int) -> Bool) -> ClaimSet {
    var set = ClaimSet(count: count)
    for offset in 0..<count where predicate(offset) { set.insert(offset) }
    return set
  }

  private func select(ids: [NodeID]) -> ClaimSet {
    let wanted = Set(ids)
    switch nodes {
    case .sources: return select { wanted.contains(graph.sources[$0].id) }
    case .entities, .claims: return select { wanted.contains(graph.entities[$0].id) }
    }
  }

  /// The term answered by the node itself, or nil when it is about claims.
  private func own(_ term: QueryTerm) -> ClaimSet? {
    switch nodes {
    case .sources: ownBySource(term)
    case .entities, .claims: ownByEntity(term)
    }
  }

  private func ownBySource(_ term: QueryTerm) -> ClaimSet? {
    let sources = graph.sources
    switch term {
    case .text(let text):
      let needle = text.hasSuffix("*") ? String(text.dropLast()) : text
      let matcher = TextMatcher(needle)
      return select { offset in
        let source = sources[offset]
        return needle.isEmpty
          || ([source.title, source.shortLabel] + [source.mentionedAs].compactMap { $0 }
            + source.authorFamilyNames).contains(where: matcher.matches)
      }
    case .id(let name), .source(let name):
      return select(ids: lookup.resolve(name, in: .sources).nodeIDs)
    case .author(let name): return select(ids: lookup.sources(byAuthor: name))
    case .sourceType(let type): return select { sources[$0].type == type }
    case .listed(let listed): return select { graph.isListed(sourceAt: $0) == listed }
    case .year(let constraint): return select { sources[$0].year.map(constraint.contains) ?? false }
    case .method(let name):
      let methods = Set(lookup.resolve(name, in: .kind(.method)).nodeIDs)
      return select { sources[$0].methods.contains(where: methods.contains) }
    case .onlyMethod(let name):
      let methods = Set(lookup.resolve(name, in: .kind(.method)).nodeIDs)
      return select {
        !sources[$0].methods.isEmpty && sources[$0].methods.allSatisfy(methods.contains)
      }
    case .cited(let cited):
      var backed = Set<NodeID>()
      for claim in graph.claims {
        for citation in graph.backingCitations(of: claim) { backed.insert(citation.element.source) }
      }
      return select { backed.contains(sources[$0].id) == cited }
    case .strength, .about, .entity, .section, .article, .stance: return nil
    }
  }

  private func ownByEntity(_ term: QueryTerm) -> ClaimSet? {
    let entities = graph.entities
    switch term {
    case .text(let text):
      let needle = text.hasSuffix("*") ? String(text.dropLast()) : text
      let matcher = TextMatcher(needle)
      return select { offset in
        let entity = entities[offset]
        return needle.isEmpty
          || ([entity.name, entity.description ?? ""] + entity.aliases).contains(
            where: matcher.matches)
      }
    case .id(let name), .about(let name):
      return select(ids: lookup.resolve(name, in: .entities).nodeIDs)
    case .entity(let kind, let name):
      return select(ids: lookup.resolve(name, in: .kind(kind)).nodeIDs)
    case .method(let name), .onlyMethod(let name):
      return select(ids: lookup.resolve(name, in: .kind(.method)).nodeIDs)
    case .strength, .source, .author, .sourceType, .section, .article, .stance, .cited, .listed,
      .year:
      return nil
    }
  }
}

extension KnowledgeGraph {
  /// The sources that match a query, in canonical (id) order (see ``QueryNodes``): terms
  /// about a source itself (`listed:no`, `year:<2000`, `author:boecker`, `method:pet`,
  /// `cited:no`) are answered by the source, the others by the claims that cite it.
  public func sources(matching query: Query) -> [Source] {
    NodeQueryEvaluator(graph: self, nodes: .sources).offsets(matching: query).map { sources[$0] }
  }

  /// The entities that match a query, in canonical (kind, id) order: terms that name
  /// entities (`region:*`, `about:PAG`, `id:…`) are answered by the entity, the others by
  /// the claims about it (`section:faq`, `strength:uncertain`).
  public func entities(matching query: Query) -> [Entity] {
    NodeQueryEvaluator(graph: self, nodes: .entities).offsets(matching: query).map {
      entities[$0]
    }
  }
}
