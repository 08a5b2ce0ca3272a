/// Evaluates queries over one graph: names in terms are resolved once per term, then
/// each term becomes a ``ClaimSet`` (from the graph's edge index for entities and methods,
/// else one scan that reads claims in place, with no per-claim allocation), and the sets
/// are combined with bit operations.
struct QueryEvaluator {
  let graph: KnowledgeGraph
  let lookup: NodeLookup

  init(graph: KnowledgeGraph) {
    self.graph = graph
    lookup = NodeLookup(graph: graph)
  }

  func claims(matching query: Query) -> QueryMatches {
    QueryMatches(claims: graph.claims, offsets: evaluate(query).offsets)
  }

  func evaluate(_ query: Query) -> ClaimSet {
    switch query {
    case .term(let term):
      return evaluate(term)
    case .not(let inner):
      var set = evaluate(inner)
      set.invert()
      return set
    case .and(let queries):
      var set = ClaimSet(count: graph.claims.count, full: true)
      for inner in queries where !set.isEmpty { set.formIntersection(evaluate(inner)) }
      return set
    case .or(let queries):
      var set = ClaimSet(count: graph.claims.count)
      for inner in queries { set.formUnion(evaluate(inner)) }
      return set
    }
  }

  private func evaluate(_ term: QueryTerm) -> ClaimSet {
    switch term {
    case .text(let text):
      let needle = text.hasSuffix("*") ? String(text.dropLast()) : text
      guard !needle.isEmpty else { return ClaimSet(count: graph.claims.count, full: true) }
      let matcher = TextMatcher(needle)
      return scan { matcher.matches($0.statement) }
    case .id(let name):
      var set = ClaimSet(count: graph.claims.count)
      for id in lookup.resolve(name, in: .claims).nodeIDs {
        if let offset = graph.claimOffset(of: id) { set.insert(offset) }
      }
      return set
    case .author(let name):
      return claims(citingAny: lookup.sources(byAuthor: name))
    case .strength(let strength):
      return scan { $0.strength == strength }
    case .method(let name):
      return claims(reaching: entities(named: name, kinds: [.method]), by: .evidence)
    case .onlyMethod(let name):
      let methods = Set(entities(named: name, kinds: [.method]))
      return scan { claim in
        var supported = false
        for citation in claim.citations
        where graph.isEvidence(citation, for: claim) {
          guard graph.methods(of: citation).contains(where: methods.contains) else { return false }
          supported = true
        }
        for stated in claim.evidence where stated.isAnchored {
          guard methods.contains(stated.method) else { return false }
          supported = true
        }
        return supported
      }
    case .source(let name):
      return claims(citingAny: lookup.resolve(name, in: .sources).nodeIDs)
    case .sourceType(let type):
      return claims(citingAny: graph.sources.filter { $0.type == type }.map(\.id))
    case .about(let name):
      return claims(reaching: entities(named: name, kinds: NodeKind.entityKinds), by: .about)
    case .entity(let kind, let name):
      return claims(reaching: entities(named: name, kinds: [kind]), by: .about)
    case .section(let name):
      let sections = sectionIDs(named: name)
      return scan { claim in claim.section.map(sections.contains) ?? false }
    case .article(let name):
      let articles = Set(graph.articles(named: name).map(\.id))
      return scan { claim in claim.article.map(articles.contains) ?? false }
    case .stance(let stance):
      return scan { claim in
        claim.citations.contains { !$0.isInferred && $0.stance == stance }
      }
    case .cited(let cited):
      return backed { ($0 != .none) == cited }
    case .listed(let listed):
      return backed { ($0 == .listed) == listed }
    case .year(let constraint):
      let sources = graph.sources.filter { $0.year.map(constraint.contains) ?? false }
      return claims(citingAny: sources.map(\.id))
    }
  }

  // MARK: - Building sets

  /// The claims that satisfy a predicate.
  ///
  /// The predicate borrows each claim in place from the graph's storage, so no claim is
  /// copied (copying retains every string and array inside it, which dominates a scan of a
  /// large graph).
  private func scan(_ predicate: (borrowing Claim) -> Bool) -> ClaimSet {
    var set = ClaimSet(count: graph.claims.count)
    let claims = graph.claims.span
    for offset in claims.indices where predicate(claims[offset]) { set.insert(offset) }
    return set
  }

  /// The claims whose backing (``KnowledgeGraph/backing(of:)``) satisfies a predicate.
  private func backed(_ predicate: (ClaimBacking) -> Bool) -> ClaimSet {
    var set = ClaimSet(count: graph.claims.count)
    for (offset, backing) in graph.citationIndex.backings.enumerated() where predicate(backing) {
      set.insert(offset)
    }
    return set
  }

  /// The claims with an edge of `kind` to any of `targets` (a few resolved entities),
  /// read from the graph's edge index by node number.
  private func claims(reaching targets: [NodeID], by kind: EdgeKind) -> ClaimSet {
    var set = ClaimSet(count: graph.claims.count)
    for target in targets {
      for offset in graph.claimOffsets(reaching: target, by: kind) { set.insert(offset) }
    }
    return set
  }

  /// The claims with a citation (of any stance) of any of the sources that the article
  /// makes: inferred citations are the encoder's, not the article's, and do not count.
  private func claims(citingAny sources: [NodeID]) -> ClaimSet {
    var set = ClaimSet(count: graph.claims.count)
    var isTarget = [Bool](repeating: false, count: graph.sources.count)
    for id in sources {
      if let offset = graph.sourceOffset(of: id) { isTarget[offset] = true }
    }
    guard isTarget.contains(true) else { return set }
    let index = graph.citationIndex
    for offset in graph.claims.indices {
      let cites = index.citations(ofClaimAt: offset).contains { citation in
        let source = Int(index.sources[citation])
        return source >= 0 && isTarget[source] && !index.roles[citation].contains(.inferred)
      }
      if cites { set.insert(offset) }
    }
    return set
  }

  // MARK: - Resolving names

  /// The entities of the given kinds a name resolves to (see ``NodeLookup``).
  func entities(named name: String, kinds: [NodeKind]) -> [NodeID] {
    lookup.resolve(name, in: NodeLookup.Scope(kinds: Set(kinds))).nodeIDs
  }

  /// The section ids a name resolves to, plus the name itself (claims may name sections a
  /// graph does not declare).
  func sectionIDs(named name: String) -> Set<String> {
    var ids: Set<String> = [name]
    for target in lookup.resolve(name, in: .sections).targets {
      if case .section(let id) = target { ids.insert(id) }
    }
    return ids
  }
}

extension KnowledgeGraph {
  /// The claims that match a query, in canonical (id) order.
  ///
  /// - Complexity: O(*t* · (*n* / 64 + *w*)) for *t* terms, *n* claims and *w* the work
  ///   of one term (an index lookup or one scan over the claims).
  public func claims(matching query: Query) -> QueryMatches {
    QueryEvaluator(graph: self).claims(matching: query)
  }
}
