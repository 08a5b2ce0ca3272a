/// Resolves every reference of a graph's claims and sources once, in parallel: the
/// references that resolve induce the edges, the others are kept as unresolved
/// ``Reference``s (see ``KnowledgeGraph``).
///
/// Claims are independent of each other, so they are resolved in chunks on every core and
/// the chunks joined in claim order. Edge ids are unique: an id repeats only within one
/// claim (a source cited twice), where it gets a `:2`, `:3`… suffix. Only when some claim or
/// source id contains a colon could ids of different claims meet; then the suffixes are
/// assigned over the whole list instead, with the same result as doing so always.
struct ReferenceResolution: Sendable {
  /// Where an identifier leads: its node number and kind; nil when no node has it.
  typealias Lookup = @Sendable (NodeID) -> (node: Int32, kind: NodeKind)?

  /// Every edge, in canonical order: per claim its `about`, `same-as`, `cites`, `relation`
  /// and `evidence` edges, then per source its `uses-method` edges (then, once added, per
  /// claim its `in-article` edge).
  private(set) var edges: [Edge] = []
  /// The node number each edge starts from and points to.
  private(set) var edgeSources: [Int32] = []
  private(set) var edgeTargets: [Int32] = []
  /// Each edge's kind, and the strength it carries, for counting without reading edges.
  private(set) var edgeKinds: [EdgeKind] = []
  private(set) var edgeStrengths: [EvidenceStrength?] = []
  /// Every claim's citations, resolved.
  private(set) var citations = CitationIndex()
  /// The references that do not resolve, in node order.
  private(set) var unresolved: [Reference] = []

  /// Resolves the references of claims and sources, given in canonical order and numbered
  /// from 0 (claims, then sources).
  ///
  /// - Parameters:
  ///   - hasSection: whether the article of the claim at an offset declares a section.
  ///   - isListed: whether the article of the claim at an offset (the second argument)
  ///     lists the source at an offset (the first).
  init(
    claims: [Claim], sources: [Source], hasSection: @Sendable (String, Int) -> Bool,
    isListed: @Sendable (Int32, Int) -> Bool, lookup: Lookup
  ) {
    let colon = UInt8(ascii: ":")
    let idsMayMeet = (claims.lazy.map(\.id) + sources.lazy.map(\.id)).contains {
      $0.rawValue.utf8.contains(colon)
    }
    // The methods of each source that name method entities (for `evidence` edges).
    let sourceMethods = sources.map { source in
      source.methods.compactMap { method -> (id: NodeID, node: Int32)? in
        guard let found = lookup(method), found.kind == .method else { return nil }
        return (method, found.node)
      }
    }
    var parts = ParallelMap.mapChunks(of: claims.count) { range in
      var part = ReferenceResolution()
      for offset in range {
        part.resolve(
          claims[offset], node: Int32(offset), sources: sources,
          firstSourceNode: Int32(claims.count), sourceMethods: sourceMethods,
          hasSection: { hasSection($0, offset) }, isListed: { isListed($0, offset) },
          lookup: lookup, uniqueIDs: !idsMayMeet)
      }
      return part
    }
    parts += ParallelMap.mapChunks(of: sources.count) { range in
      var part = ReferenceResolution()
      for offset in range {
        part.resolve(sources[offset], node: Int32(claims.count + offset), lookup: lookup)
      }
      return part
    }
    edges.reserveCapacity(parts.reduce(0) { $0 + $1.edges.count })
    edgeSources.reserveCapacity(edges.capacity)
    edgeTargets.reserveCapacity(edges.capacity)
    edgeKinds.reserveCapacity(edges.capacity)
    edgeStrengths.reserveCapacity(edges.capacity)
    // Each part is freed once joined, so the edges are not held twice at the peak.
    parts.reverse()
    while let part = parts.popLast() {
      edges += part.edges
      edgeSources += part.edgeSources
      edgeTargets += part.edgeTargets
      edgeKinds += part.edgeKinds
      edgeStrengths += part.edgeStrengths
      citations.append(contentsOf: part.citations)
      unresolved += part.unresolved
    }
    if idsMayMeet {
      var seen = Set<String>(minimumCapacity: edges.count)
      Self.makeIDsUnique(&edges[...], seen: &seen)
    }
  }

  private init() {}

  /// Appends each claim's `in-article` edge, after every other edge: from the claim at an
  /// offset to the node `article` gives for it (its id and number), if any.
  mutating func addArticleEdges(
    claims: [Claim], article: (Int) -> (id: NodeID, node: Int32)?
  ) {
    for offset in claims.indices {
      guard let (target, node) = article(offset) else { continue }
      let claim = claims[offset]
      add(
        Edge(
          kind: .inArticle, source: claim.id, target: target, strength: claim.strength,
          claim: claim.id),
        from: Int32(offset), to: node)
    }
  }

  private mutating func add(_ edge: consuming Edge, from source: Int32, to target: Int32) {
    edgeSources.append(source)
    edgeTargets.append(target)
    edgeKinds.append(edge.kind)
    edgeStrengths.append(edge.strength)
    edges.append(edge)
  }

  private mutating func unresolvedReference(
    from: NodeID, _ id: String, _ expected: Reference.Target, field: String
  ) {
    unresolved.append(Reference(from: from, field: field, id: id, expected: expected))
  }

  // MARK: - Claims

  private mutating func resolve(
    _ claim: Claim, node: Int32, sources: [Source], firstSourceNode: Int32,
    sourceMethods: [[(id: NodeID, node: Int32)]],
    hasSection: (String) -> Bool, isListed: (Int32) -> Bool, lookup: Lookup, uniqueIDs: Bool
  ) {
    let id = claim.id
    let strength = claim.strength
    let first = edges.count
    func entity(_ target: NodeID) -> Int32? {
      guard let found = lookup(target), found.kind.isEntity else { return nil }
      return found.node
    }
    if let section = claim.section, !hasSection(section) {
      unresolvedReference(from: id, section, .section, field: "section")
    }

    // `about` edges go to the entities the claim names, then those its relations name.
    var about: [(id: NodeID, node: Int32)] = []
    func mention(_ target: NodeID, _ node: Int32) {
      if !about.contains(where: { $0.id == target }) { about.append((target, node)) }
    }
    for (offset, target) in claim.about.enumerated() {
      if let node = entity(target) {
        mention(target, node)
      } else {
        unresolvedReference(from: id, target.rawValue, .entity, field: "about[\(offset)]")
      }
    }
    var relations: [(Relation, subject: Int32, object: Int32)] = []
    for (offset, relation) in claim.relations.enumerated() {
      let subject = entity(relation.subject)
      let object = entity(relation.object)
      if let subject { mention(relation.subject, subject) }
      if let object { mention(relation.object, object) }
      if subject == nil {
        unresolvedReference(
          from: id, relation.subject.rawValue, .entity, field: "relations[\(offset)].subject")
      }
      if object == nil {
        unresolvedReference(
          from: id, relation.object.rawValue, .entity, field: "relations[\(offset)].object")
      }
      if let subject, let object { relations.append((relation, subject, object)) }
    }
    for target in about {
      add(
        Edge(kind: .about, source: id, target: target.id, strength: strength, claim: id),
        from: node, to: target.node)
    }
    for (offset, other) in claim.sameAs.enumerated() where other != id {
      guard let found = lookup(other), found.kind == .claim else {
        unresolvedReference(from: id, other.rawValue, .claim, field: "same_as[\(offset)]")
        continue
      }
      add(
        Edge(kind: .sameAs, source: id, target: other, strength: strength, claim: id),
        from: node, to: found.node)
    }

    // `evidence` edges go to the methods of the citations that count as evidence (see
    // `KnowledgeGraph.isEvidence`), then to those the claim's own sentence describes, each
    // method once (marked stated when its sentence describes it).
    var evidence: [(id: NodeID, node: Int32, stated: Bool)] = []
    func support(_ method: NodeID, _ node: Int32, stated: Bool = false) {
      if let index = evidence.firstIndex(where: { $0.id == method }) {
        evidence[index].stated = evidence[index].stated || stated
      } else {
        evidence.append((method, node, stated))
      }
    }
    var roles: [(source: Int32?, role: CitationIndex.Role)] = []
    roles.reserveCapacity(claim.citations.count)
    for (offset, citation) in claim.citations.enumerated() {
      var cited = lookup(citation.source)
      if cited?.kind != .source {
        cited = nil
        unresolvedReference(
          from: id, citation.source.rawValue, .source, field: "citations[\(offset)].source")
      }
      var ownMethods: [(id: NodeID, node: Int32)] = []
      for (index, method) in (citation.methods ?? []).enumerated() {
        if let found = lookup(method), found.kind == .method {
          ownMethods.append((method, found.node))
        } else {
          unresolvedReference(
            from: id, method.rawValue, .method, field: "citations[\(offset)].methods[\(index)]")
        }
      }
      let sourceOffset = cited.map { Int($0.node - firstSourceNode) }
      // Only a claim that quotes something and a citation that quotes nothing need the
      // source (whose author names the claim's quote may give).
      let anchored =
        if let sourceOffset, !citation.isInferred, !claim.quotes.isEmpty, citation.quotes.isEmpty {
          citation.isAnchored(for: claim, source: sources[sourceOffset])
        } else {
          citation.isAnchored(for: claim, source: nil)
        }
      var role: CitationIndex.Role = []
      if citation.stance == .supports, anchored { role.insert(.evidence) }
      if KnowledgeGraph.backs(citation, claim, anchored: anchored) { role.insert(.backing) }
      if citation.isInferred { role.insert(.inferred) }
      roles.append((sourceOffset.map(Int32.init), role))
      guard let cited, let sourceOffset else { continue }
      add(
        Edge(
          kind: .cites, source: id, target: citation.source, strength: strength, claim: id,
          stance: citation.stance, methods: citation.methods ?? sources[sourceOffset].methods,
          locator: citation.locator,
          isInferred: citation.isInferred,
          isBacking: role.contains(.backing)),
        from: node, to: cited.node)
      guard role.contains(.evidence) else { continue }
      // A citation that does not say its methods relies on its source's.
      for method in citation.methods == nil ? sourceMethods[sourceOffset] : ownMethods {
        support(method.id, method.node)
      }
    }
    citations.append(roles, isListed: isListed)
    for (offset, stated) in claim.evidence.enumerated() {
      guard let found = lookup(stated.method), found.kind == .method else {
        unresolvedReference(
          from: id, stated.method.rawValue, .method, field: "evidence[\(offset)].method")
        continue
      }
      if stated.isAnchored { support(stated.method, found.node, stated: true) }
    }
    for (relation, subject, object) in relations {
      add(
        Edge(
          kind: .relation, source: relation.subject, target: relation.object,
          strength: strength, claim: id, predicate: relation.predicate),
        from: subject, to: object)
    }
    for method in evidence {
      add(
        Edge(
          kind: .evidence, source: id, target: method.id, strength: strength, claim: id,
          methods: [method.id], isStated: method.stated),
        from: node, to: method.node)
    }
    if uniqueIDs, Self.repeatsAnID(edges[first...]) {
      var seen = Set<String>()
      Self.makeIDsUnique(&edges[first...], seen: &seen)
    }
  }

  // MARK: - Sources

  private mutating func resolve(_ source: Source, node: Int32, lookup: Lookup) {
    var used: [NodeID] = []
    for (offset, method) in source.methods.enumerated() {
      guard let found = lookup(method), found.kind == .method else {
        unresolvedReference(from: source.id, method.rawValue, .method, field: "methods[\(offset)]")
        continue
      }
      guard !used.contains(method) else { continue }
      used.append(method)
      add(
        Edge(kind: .usesMethod, source: source.id, target: method),
        from: node, to: found.node)
    }
  }

  // MARK: - Unique ids

  /// Whether two of a claim's few edges share an id.
  ///
  /// It is told from their kinds and ends, without copying an edge or spelling an id out:
  /// ids of different kinds differ, and a claim's `about` and `evidence` edges go to
  /// distinct targets already, so only two citations of one source, or two relations, can
  /// share an id.
  private static func repeatsAnID(_ edges: ArraySlice<Edge>) -> Bool {
    for index in edges.indices where edges[index].kind == .cites || edges[index].kind == .relation {
      for other in (index + 1)..<edges.endIndex where edges[other].kind == edges[index].kind {
        if edges[other].hasSameDerivedID(asSibling: edges[index]) { return true }
      }
    }
    return false
  }

  /// Gives every edge an id that no edge before it has (nor `seen` holds): a repeated id
  /// gets `:2` appended, then `:3` after that (`x:2:3`), until it is new.
  private static func makeIDsUnique(_ edges: inout ArraySlice<Edge>, seen: inout Set<String>) {
    for index in edges.indices {
      var id = edges[index].id
      var suffix = 2
      while !seen.insert(id).inserted {
        id += ":\(suffix)"
        suffix += 1
      }
      if id != edges[index].id { edges[index] = edges[index].withID(id) }
    }
  }
}
