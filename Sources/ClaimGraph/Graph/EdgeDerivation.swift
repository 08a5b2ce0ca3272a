/// Derives a graph's edges from its claims and sources (see ``KnowledgeGraph``).
enum EdgeDerivation {
  static func edges(
    claims: [Claim], sources: [Source], kindOf: (NodeID) -> NodeKind?
  ) -> [Edge] {
    var edges: [Edge] = []
    edges.reserveCapacity(claims.count * 8 + sources.count)
    var ids = Set<String>(minimumCapacity: edges.capacity)
    func add(_ edge: Edge) {
      var edge = edge
      var suffix = 2
      while !ids.insert(edge.id).inserted {
        edge = edge.withID("\(edge.id):\(suffix)")
        suffix += 1
      }
      edges.append(edge)
    }
    func isEntity(_ id: NodeID) -> Bool { kindOf(id)?.isEntity ?? false }
    let methodsBySource = Dictionary(
      sources.map { ($0.id, $0.methods) }, uniquingKeysWith: { first, _ in first })

    for claim in claims {
      let strength = claim.strength
      var aboutTargets: [NodeID] = []
      var seenAbout = Set<NodeID>()
      let named = claim.about + claim.relations.flatMap { [$0.subject, $0.object] }
      for id in named where isEntity(id) && seenAbout.insert(id).inserted {
        aboutTargets.append(id)
      }
      for target in aboutTargets {
        add(
          Edge(
            id: "about:\(claim.id):\(target)", kind: .about, source: claim.id, target: target,
            strength: strength, claim: claim.id))
      }
      var evidence: [NodeID] = []
      var seenEvidence = Set<NodeID>()
      for citation in claim.citations where kindOf(citation.source) == .source {
        let methods =
          citation.methods.isEmpty ? (methodsBySource[citation.source] ?? []) : citation.methods
        add(
          Edge(
            id: "cites:\(claim.id):\(citation.source)", kind: .cites, source: claim.id,
            target: citation.source, strength: strength, claim: claim.id,
            stance: citation.stance, methods: methods, locator: citation.locator))
        if citation.stance == .supports {
          for method in methods
          where kindOf(method) == .method && seenEvidence.insert(method).inserted {
            evidence.append(method)
          }
        }
      }
      for relation in claim.relations where isEntity(relation.subject) && isEntity(relation.object)
      {
        add(
          Edge(
            id: "relation:\(claim.id):\(relation.subject):\(relation.predicate):\(relation.object)",
            kind: .relation, source: relation.subject, target: relation.object,
            strength: strength, claim: claim.id, predicate: relation.predicate))
      }
      for method in evidence {
        add(
          Edge(
            id: "evidence:\(claim.id):\(method)", kind: .evidence, source: claim.id,
            target: method, strength: strength, claim: claim.id, methods: [method]))
      }
    }
    for source in sources {
      var seen = Set<NodeID>()
      for method in source.methods where kindOf(method) == .method && seen.insert(method).inserted {
        add(
          Edge(
            id: "uses-method:\(source.id):\(method)", kind: .usesMethod, source: source.id,
            target: method))
      }
    }
    return edges
  }
}

extension Edge {
  fileprivate func withID(_ id: String) -> Edge {
    Edge(
      id: id, kind: kind, source: source, target: target, strength: strength, claim: claim,
      predicate: predicate, stance: stance, methods: methods, locator: locator)
  }
}
