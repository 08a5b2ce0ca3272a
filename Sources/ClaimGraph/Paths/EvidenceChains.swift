/// The shortest evidence chains between two entities (see
/// ``KnowledgeGraph/evidenceChains(from:to:limit:)``).
public struct EvidenceChains: Hashable, Sendable {
  /// The entity the chains start from.
  public let from: NodeID
  /// The entity the chains end at.
  public let to: NodeID
  /// The number of claims in each shortest chain; `nil` when no chain connects them.
  public let length: Int?
  /// How many shortest chains exist in all (saturating at `Int.max`).
  public let total: Int
  /// The strongest chains first (by weakest link: established, uncertain, refuted), then
  /// in order of their ids; at most the limit asked for.
  public let chains: [EvidenceChain]

  /// Creates a result.
  public init(from: NodeID, to: NodeID, length: Int?, total: Int, chains: [EvidenceChain]) {
    self.from = from
    self.to = to
    self.length = length
    self.total = total
    self.chains = chains
  }
}

extension KnowledgeGraph {
  /// The shortest chains `from —claim— entity —claim— … to` through claims' `about`
  /// edges (which include the entities a claim's relations name).
  ///
  /// Shorter chains win; among chains of the shortest length, one whose weakest claim is
  /// established comes before one whose weakest claim is uncertain, then refuted; ties are
  /// broken by the ids along the chain. At most `limit` chains are returned; ``EvidenceChains/total``
  /// says how many there are.
  ///
  /// - Complexity: O(*V* + *E*) for the breadth-first searches over entities and claims,
  ///   plus the chains listed.
  public func evidenceChains(from start: NodeID, to end: NodeID, limit: Int = 10) -> EvidenceChains
  {
    EvidenceChainSearch(graph: self, start: start, end: end).run(limit: limit)
  }
}

/// Breadth-first searches from both ends, then a depth-first listing of the chains that
/// lie on shortest paths, strongest first.
private struct EvidenceChainSearch {
  let graph: KnowledgeGraph
  let start: NodeID
  let end: NodeID

  func run(limit: Int) -> EvidenceChains {
    guard start != end, graph.entity(start) != nil, graph.entity(end) != nil else {
      return EvidenceChains(from: start, to: end, length: nil, total: 0, chains: [])
    }
    let fromStart = distances(from: start, until: end)
    guard let length = fromStart[end] else {
      return EvidenceChains(from: start, to: end, length: nil, total: 0, chains: [])
    }
    let fromEnd = distances(from: end, until: start)
    var counts: [NodeID: Int] = [:]
    let total = count(from: start, length: length, fromEnd: fromEnd, memo: &counts)
    var chains: [EvidenceChain] = []
    for strength in EvidenceStrength.allCases.sorted(by: >) where chains.count < limit {
      var entities = [start]
      var claims: [NodeID] = []
      list(
        at: start, remaining: length, minimum: strength, weakest: .established,
        fromEnd: fromEnd, entities: &entities, claims: &claims, into: &chains, limit: limit)
    }
    return EvidenceChains(from: start, to: end, length: length, total: total, chains: chains)
  }

  private func claims(about entity: NodeID) -> [Claim] {
    graph.edges(to: entity, kind: .about).compactMap { graph.claim($0.source) }
  }

  private func entities(of claim: Claim) -> [NodeID] {
    graph.edges(from: claim.id, kind: .about).map(\.target).sorted()
  }

  /// Distances (in claims) from `origin` to every entity up to the level where `target`
  /// is reached.
  private func distances(from origin: NodeID, until target: NodeID) -> [NodeID: Int] {
    var distance: [NodeID: Int] = [origin: 0]
    var seenClaims = Set<NodeID>()
    var frontier = [origin]
    var level = 0
    while !frontier.isEmpty, distance[target] == nil {
      level += 1
      var next: [NodeID] = []
      for entity in frontier {
        for claim in claims(about: entity) where seenClaims.insert(claim.id).inserted {
          for neighbour in entities(of: claim) where distance[neighbour] == nil {
            distance[neighbour] = level
            next.append(neighbour)
          }
        }
      }
      frontier = next
    }
    return distance
  }

  /// The claims of `entity` and the neighbours through each that are one step closer to
  /// the end.
  private func steps(
    from entity: NodeID, remaining: Int, fromEnd: [NodeID: Int]
  ) -> [(claim: Claim, next: NodeID)] {
    claims(about: entity).flatMap { claim in
      entities(of: claim).filter { $0 != entity && fromEnd[$0] == remaining - 1 }.map {
        (claim, $0)
      }
    }
  }

  private func count(
    from entity: NodeID, length remaining: Int, fromEnd: [NodeID: Int], memo: inout [NodeID: Int]
  ) -> Int {
    if remaining == 0 { return entity == end ? 1 : 0 }
    if let known = memo[entity] { return known }
    var total = 0
    for step in steps(from: entity, remaining: remaining, fromEnd: fromEnd) {
      let (sum, overflow) = total.addingReportingOverflow(
        count(from: step.next, length: remaining - 1, fromEnd: fromEnd, memo: &memo))
      total = overflow ? .max : sum
    }
    memo[entity] = total
    return total
  }

  /// Lists, in id order, the chains whose claims are all at least `minimum` and whose
  /// weakest claim is exactly `minimum` (stronger ones were listed by an earlier pass).
  private func list(
    at entity: NodeID, remaining: Int, minimum: EvidenceStrength, weakest: EvidenceStrength,
    fromEnd: [NodeID: Int], entities: inout [NodeID], claims: inout [NodeID],
    into chains: inout [EvidenceChain], limit: Int
  ) {
    if remaining == 0 {
      if weakest == minimum {
        chains.append(EvidenceChain(entities: entities, claims: claims, weakest: weakest))
      }
      return
    }
    for step in steps(from: entity, remaining: remaining, fromEnd: fromEnd)
    where step.claim.strength >= minimum {
      guard chains.count < limit else { return }
      entities.append(step.next)
      claims.append(step.claim.id)
      list(
        at: step.next, remaining: remaining - 1, minimum: minimum,
        weakest: min(weakest, step.claim.strength), fromEnd: fromEnd, entities: &entities,
        claims: &claims, into: &chains, limit: limit)
      entities.removeLast()
      claims.removeLast()
    }
  }
}
