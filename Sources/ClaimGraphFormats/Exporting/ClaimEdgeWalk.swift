import ClaimGraph

/// What an export's edges say of the claims that induced them: which claim an edge comes
/// from, which citation a `cites` edge stands for, whether an `about` edge's entity is one
/// the claim names or one only its relations name, and for which claims the edges state
/// `about`, `relations` and `citations` exactly (so the claim's node can leave them off).
///
/// It relies on the order ``KnowledgeGraph/edges`` documents (each claim's edges together,
/// claims in ``KnowledgeGraph/claims`` order) and that a selection's edges keep it; when
/// they do not, every claim keeps its lists on its node, as before.
struct ClaimEdgeWalk {
  /// One edge as the walk sees it.
  struct Step {
    /// The claim that induced the edge, if the walk found it.
    var claim: Claim?
    /// For a `cites` edge: the citation it stands for, and its place in the claim's list.
    var citation: (offset: Int, element: Citation)?
    /// For an `about` edge: whether the claim names the entity only in a relation.
    var isImplied = false
  }

  private let claims: [Claim]
  private var claimIndex = 0
  private var citationCursor = 0
  private var aboutCursor = 0

  init(_ graph: KnowledgeGraph) { claims = graph.claims }

  /// The claim's position in ``KnowledgeGraph/claims`` of the last edge stepped over.
  private(set) var position: Int?

  /// Steps over the next edge of the selection, in order.
  mutating func step(_ edge: Edge) -> Step {
    guard let id = edge.claim else {
      position = nil
      return Step()
    }
    let start = claimIndex
    while claimIndex < claims.count && claims[claimIndex].id != id { claimIndex += 1 }
    guard claimIndex < claims.count else {
      claimIndex = start
      position = nil
      return Step()
    }
    if claimIndex != start || position == nil {
      citationCursor = 0
      aboutCursor = 0
    }
    position = claimIndex
    let claim = claims[claimIndex]
    var step = Step(claim: claim)
    switch edge.kind {
    case .cites:
      let citations = claim.citations
      if let found = citations[citationCursor...].firstIndex(where: { $0.source == edge.target }) {
        step.citation = (found, citations[found])
        citationCursor = found + 1
      }
    case .about:
      // The claim's own entities come first, in order: most edges need no search.
      step.isImplied =
        !(aboutCursor < claim.about.count && claim.about[aboutCursor] == edge.target)
        && !claim.about.contains(edge.target)
      aboutCursor += 1
    default: break
    }
    return step
  }

  /// For each of the graph's claims, in ``KnowledgeGraph/claims`` order, whether the
  /// selection's edges state its `about`, `relations` and `citations` exactly: every
  /// entity it is about has an `about` edge, in order and each once, and every relation and
  /// citation has its edge.
  static func claimsStatedByEdges(_ graph: KnowledgeGraph, edges: [Edge]) -> [Bool] {
    let claims = graph.claims
    var about = [Int](repeating: 0, count: claims.count)
    var aboutInOrder = [Bool](repeating: true, count: claims.count)
    var relations = [Int](repeating: 0, count: claims.count)
    var citations = [Int](repeating: 0, count: claims.count)
    var walk = ClaimEdgeWalk(graph)
    for edge in edges {
      guard edge.claim != nil else { continue }
      let step = walk.step(edge)
      guard let position = walk.position, let claim = step.claim else {
        return [Bool](repeating: false, count: claims.count)
      }
      switch edge.kind {
      case .about:
        let offset = about[position]
        if offset < claim.about.count && claim.about[offset] != edge.target {
          aboutInOrder[position] = false
        }
        about[position] += 1
      case .relation: relations[position] += 1
      case .cites: if step.citation != nil { citations[position] += 1 }
      default: break
      }
    }
    return claims.indices.map { index in
      let claim = claims[index]
      return aboutInOrder[index] && about[index] >= claim.about.count
        && relations[index] == claim.relations.count
        && citations[index] == claim.citations.count
    }
  }
}
