extension KnowledgeGraph {
  /// The best paths of claims from one node to another: how X is linked to Y through the
  /// evidence, not only through what the claims are about.
  ///
  /// A step is a claim linking two nodes: two entities it is about (stronger when it
  /// asserts a relation between them, in either direction), or an entity it is about and a
  /// source it cites (so two findings of the same study link their entities). Ends may be
  /// entities or sources. Each step costs more when its claim is uncertain or refuted, or
  /// not cited, and entering a node costs more the more claims it has; paths are listed
  /// cheapest first. Hubs — nodes linked to more claims than the threshold, like
  /// `endorphins` in an article about endorphins — would join almost anything to anything,
  /// so paths avoid them unless no path can; ``EvidencePaths/Options/avoid`` keeps paths
  /// from any node.
  ///
  /// - Complexity: a best-first search guided by exact costs to the end (A*), bounded by
  ///   ``EvidencePaths/Options/maxSteps`` and by 200,000 partial paths.
  public func evidencePaths(
    from start: NodeID, to end: NodeID, options: EvidencePaths.Options = .init()
  ) -> EvidencePaths {
    var search = EvidencePathSearch(graph: self, start: start, end: end, options: options)
    return search.run()
  }
}

/// The search behind ``KnowledgeGraph/evidencePaths(from:to:options:)``.
struct EvidencePathSearch {
  /// A claim linking a node to a neighbour, with what the step costs.
  struct Link {
    let to: NodeID
    let cost: Int
    let step: EvidenceStep
  }

  /// A partial path in the queue.
  private struct State {
    let estimate: Int
    let cost: Int
    let nodes: [NodeID]
    let steps: [EvidenceStep]
  }

  static let maxStates = 200_000

  let graph: KnowledgeGraph
  let start: NodeID
  let end: NodeID
  let options: EvidencePaths.Options
  private var links: [NodeID: [Link]] = [:]
  private var degrees: [NodeID: Int] = [:]
  private var claimNodes: [NodeID: Set<NodeID>] = [:]

  init(graph: KnowledgeGraph, start: NodeID, end: NodeID, options: EvidencePaths.Options) {
    self.graph = graph
    self.start = start
    self.end = end
    self.options = options
  }

  mutating func run() -> EvidencePaths {
    let threshold = options.hubThreshold ?? max(20, graph.claims.count / 5)
    let hubs =
      options.avoidsHubs
      ? (graph.entities.map(\.id) + graph.sources.map(\.id))
        .filter { $0 != start && $0 != end && degree(of: $0) > threshold }
        .sorted { (degree(of: $0), $1.rawValue) > (degree(of: $1), $0.rawValue) }
      : []
    let avoided = options.avoid.subtracting([start, end])
    var paths = search(avoiding: avoided.union(hubs))
    var throughHubs = false
    if paths.isEmpty, !hubs.isEmpty {
      paths = search(avoiding: avoided)
      throughHubs = !paths.isEmpty
    }
    return EvidencePaths(
      from: start, to: end, paths: paths, avoidedHubs: hubs, throughHubs: throughHubs)
  }

  // MARK: - The graph of steps

  /// How many claims a node is linked to: claims about an entity, claims citing a source.
  private mutating func degree(of node: NodeID) -> Int {
    if let known = degrees[node] { return known }
    let count = claimsLinked(to: node).count
    degrees[node] = count
    return count
  }

  /// The claims about an entity, or citing a source (inferred citations aside).
  private func claimsLinked(to node: NodeID) -> [Claim] {
    var seen = Set<NodeID>()
    if graph.source(node) != nil {
      return graph.claims(citing: node).filter { claim in
        claim.citations.contains { $0.source == node && !$0.isInferred }
      }
    }
    return graph.claims(about: node).filter { seen.insert($0.id).inserted }
  }

  /// The nodes a claim links: the entities it is about, then the sources it cites.
  private func nodes(of claim: Claim) -> [NodeID] {
    var seen = Set<NodeID>()
    let entities = graph.edges(from: claim.id, kind: .about).map(\.target)
    let sources = claim.citations.filter { !$0.isInferred && graph.source($0.source) != nil }
      .map(\.source)
    return (entities + sources).filter { seen.insert($0).inserted }
  }

  private mutating func nodes(ofClaim id: NodeID) -> Set<NodeID> {
    if let known = claimNodes[id] { return known }
    let linked = graph.claim(id).map { Set(nodes(of: $0)) } ?? []
    claimNodes[id] = linked
    return linked
  }

  private mutating func neighbours(of node: NodeID) -> [Link] {
    if let known = links[node] { return known }
    let isSource = graph.source(node) != nil
    var candidates: [NodeID: [(cost: Int, claim: Claim, relation: Relation?)]] = [:]
    for claim in claimsLinked(to: node) {
      let cited = graph.isCited(claim)
      for other in nodes(of: claim) where other != node {
        let otherIsSource = graph.source(other) != nil
        if isSource && otherIsSource { continue }
        let relation = claim.relations.first {
          ($0.subject == node && $0.object == other) || ($0.subject == other && $0.object == node)
        }
        let base = relation == nil ? 10 : 6
        let strength =
          switch claim.strength {
          case .established: 0
          case .uncertain: 10
          case .refuted: 20
          }
        candidates[other, default: []].append(
          (base + strength + (cited ? 0 : 6), claim, relation))
      }
    }
    let result = candidates.map { other, options in
      let ranked = options.sorted {
        ($0.cost, $0.claim.id.rawValue) < ($1.cost, $1.claim.id.rawValue)
      }
      let best = ranked[0]
      return Link(
        to: other, cost: best.cost,
        step: EvidenceStep(
          from: node, to: other, claim: best.claim.id, strength: best.claim.strength,
          isCited: graph.isCited(best.claim), relation: best.relation,
          alternatives: ranked.dropFirst().map(\.claim.id)))
    }.sorted { $0.to < $1.to }
    links[node] = result
    return result
  }

  /// What entering a node on the way costs: more the more claims it has.
  private mutating func crowding(_ node: NodeID) -> Int { min(10, degree(of: node) / 4) }

  // MARK: - Searching

  /// The cheapest cost and fewest steps from every node to the end, through allowed nodes.
  private mutating func distancesToEnd(avoiding avoided: Set<NodeID>) -> (
    cost: [NodeID: Int], steps: [NodeID: Int]
  ) {
    var cost: [NodeID: Int] = [end: 0]
    var queue = MinHeap<(Int, NodeID)> { ($0.0, $0.1) < ($1.0, $1.1) }
    queue.push((0, end))
    while let (distance, node) = queue.pop() {
      guard distance == cost[node], node == end || !avoided.contains(node) else { continue }
      for link in neighbours(of: node) where distance + link.cost < cost[link.to] ?? .max {
        cost[link.to] = distance + link.cost
        queue.push((distance + link.cost, link.to))
      }
    }
    var steps: [NodeID: Int] = [end: 0]
    var frontier = [end]
    while !frontier.isEmpty {
      var next: [NodeID] = []
      for node in frontier where node == end || !avoided.contains(node) {
        guard let taken = steps[node] else { continue }
        for link in neighbours(of: node) where steps[link.to] == nil {
          steps[link.to] = taken + 1
          next.append(link.to)
        }
      }
      frontier = next
    }
    return (cost, steps)
  }

  private mutating func search(avoiding avoided: Set<NodeID>) -> [EvidencePath] {
    guard start != end else { return [] }
    let (toEnd, stepsToEnd) = distancesToEnd(avoiding: avoided)
    guard let estimate = toEnd[start], let fewest = stepsToEnd[start],
      fewest <= options.maxSteps
    else { return [] }
    var queue = MinHeap<State> { lhs, rhs in
      if lhs.estimate != rhs.estimate { return lhs.estimate < rhs.estimate }
      if lhs.steps.count != rhs.steps.count { return lhs.steps.count < rhs.steps.count }
      return lhs.nodes.map(\.rawValue).lexicographicallyPrecedes(rhs.nodes.map(\.rawValue))
    }
    queue.push(State(estimate: estimate, cost: 0, nodes: [start], steps: []))
    var paths: [EvidencePath] = []
    var popped = 0
    while paths.count < options.limit, popped < Self.maxStates, let state = queue.pop() {
      popped += 1
      guard let last = state.nodes.last else { continue }
      if last == end {
        paths.append(EvidencePath(steps: state.steps, cost: state.cost))
        continue
      }
      for link in neighbours(of: last) where !state.nodes.contains(link.to) {
        // A claim that also links an earlier node would make a shortcut: the path without
        // the detour says the same, so it is the one listed.
        let linked = nodes(ofClaim: link.step.claim)
        guard !state.nodes.dropLast().contains(where: linked.contains),
          link.to == end || !avoided.contains(link.to),
          let remaining = toEnd[link.to], let fewestLeft = stepsToEnd[link.to],
          state.steps.count + 1 + fewestLeft <= options.maxSteps
        else { continue }
        let cost = state.cost + link.cost + (link.to == end ? 0 : crowding(link.to))
        queue.push(
          State(
            estimate: cost + remaining, cost: cost, nodes: state.nodes + [link.to],
            steps: state.steps + [link.step]))
      }
    }
    return paths
  }
}
