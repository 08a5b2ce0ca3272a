import ClaimGraph

/// What an export's edges say of the claims that induced them: which claim an edge comes
/// from, which citation a `cites` edge stands for, whether an `about` edge's entity is one
/// the claim names or one only its relations name, and for which claims the edges state
/// `about`, `relations` and `citations` exactly (so the claim's node can leave them off).
///
/// It relies on the order ``KnowledgeGraph/edges`` documents (each claim's edges together,
/// claims in ``KnowledgeGraph/claims`` order) and that a selection's edges keep it; when
/// they do not, every claim keeps its lists on its node, as before.
///
/// The walk reads edges by their number in the graph and answers with offsets, so stepping
/// over an edge copies neither the edge nor its claim: an `about`, `cites` or `evidence`
/// edge starts from its claim, whose node number is its offset in the claims; only a
/// `relation` edge is matched to its claim by id.
struct ClaimEdgeWalk {
  /// One edge as the walk sees it.
  struct Step {
    /// The offset in ``KnowledgeGraph/claims`` of the claim that induced the edge, if the
    /// walk found it.
    var claim: Int?
    /// For a `cites` edge: the offset in its claim's citations of the one it stands for.
    var citation: Int?
    /// For an `about` edge: whether the claim names the entity only in a relation.
    var isImplied = false
  }

  private let graph: KnowledgeGraph
  private let sourceNumbers: [Int32]
  private let kinds: [EdgeKind]
  private var claimIndex = 0
  private var citationCursor = 0
  private var aboutCursor = 0

  init(_ graph: KnowledgeGraph) {
    self.graph = graph
    sourceNumbers = graph.edgeSourceNumbers
    kinds = graph.edgeKindList
  }

  /// The claim's position in ``KnowledgeGraph/claims`` of the last edge stepped over.
  private var position: Int?

  /// The offset of the claim that induced an edge, if any; nil for an edge no claim induced.
  private func inducingClaim(ofEdge number: Int, kind: EdgeKind) -> Int? {
    switch kind {
    case .about, .cites, .evidence, .sameAs, .inArticle: Int(sourceNumbers[number])
    case .usesMethod: nil
    case .relation:
      graph.edges.span[number].claim.flatMap { id in
        // Claims are visited in order: the claim is usually the current one.
        let claims = graph.claims.span
        return (claimIndex..<claims.count).first { claims[$0].id == id }
      } ?? -1
    }
  }

  /// Steps over the next edge of the selection, in order, given by its number in the
  /// graph's ``KnowledgeGraph/edges``.
  private mutating func step(_ number: Int) -> Step {
    let kind = kinds[number]
    guard let found = inducingClaim(ofEdge: number, kind: kind) else {
      position = nil
      return Step()
    }
    // The walk only goes forward: a claim before the current one is not found.
    guard found >= claimIndex && claimIndex < graph.claims.count else {
      position = nil
      return Step()
    }
    if found != claimIndex || position == nil {
      citationCursor = 0
      aboutCursor = 0
    }
    claimIndex = found
    position = found
    var step = Step(claim: found)
    switch kind {
    case .cites:
      let target = graph.edges.span[number].target
      let citations = graph.claims.span[found].citations
      if let cited = citations[citationCursor...].firstIndex(where: { $0.source == target }) {
        step.citation = cited
        citationCursor = cited + 1
      }
    case .about:
      // The claim's own entities come first, in order: most edges need no search.
      let target = graph.edges.span[number].target
      let about = graph.claims.span[found].about
      step.isImplied =
        !(aboutCursor < about.count && about[aboutCursor] == target) && !about.contains(target)
      aboutCursor += 1
    default: break
    }
    return step
  }

  /// What the walk finds over a selection's edges, in one pass: for each of the graph's
  /// claims whether the edges state its lists exactly, and for each edge which citation it
  /// stands for or whether its entity is implied.
  struct Findings {
    /// For each of the graph's claims, in ``KnowledgeGraph/claims`` order, whether the
    /// selection's edges state its `about`, `relations` and `citations` exactly: every
    /// entity it is about has an `about` edge, in order and each once, and every relation
    /// and citation has its edge.
    let claimsStatedByEdges: [Bool]
    /// For each selected edge: a `cites` edge's citation offset (-1 when not found), 1 for
    /// an implied `about` edge, otherwise 0.
    fileprivate let marks: [Int32]

    /// For the `cites` edge at an offset in the selection: the offset in its claim's
    /// citations of the one it stands for (its claim is the node it starts from).
    func citation(ofEdgeAt offset: Int) -> Int? {
      marks[offset] >= 0 ? Int(marks[offset]) : nil
    }

    /// For the `about` edge at an offset in the selection: whether the claim names the
    /// entity only in a relation.
    func isImplied(edgeAt offset: Int) -> Bool { marks[offset] == 1 }
  }

  /// Walks the selection's edges once, in order.
  static func findings(_ selection: GraphSelection) -> Findings {
    let graph = selection.graph
    let claims = graph.claims
    let kinds = graph.edgeKindList
    var about = [Int](repeating: 0, count: claims.count)
    var aboutInOrder = [Bool](repeating: true, count: claims.count)
    var relations = [Int](repeating: 0, count: claims.count)
    var citations = [Int](repeating: 0, count: claims.count)
    var marks = [Int32](repeating: 0, count: selection.edges.count)
    var isInOrder = true
    var walk = ClaimEdgeWalk(graph)
    for offset in selection.edges.indices {
      let number = selection.edgeNumber(at: offset)
      let kind = kinds[number]
      // `in-article` edges come after every claim's others, out of the walk's order.
      guard kind != .usesMethod && kind != .inArticle else { continue }
      let step = walk.step(number)
      switch kind {
      case .cites: marks[offset] = step.citation.map(Int32.init) ?? -1
      case .about: marks[offset] = step.isImplied ? 1 : 0
      default: break
      }
      guard let position = step.claim else {
        isInOrder = false
        continue
      }
      switch kind {
      case .about:
        let offset = about[position]
        let entities = claims.span[position].about
        if offset < entities.count && entities[offset] != graph.edges.span[number].target {
          aboutInOrder[position] = false
        }
        about[position] += 1
      case .relation: relations[position] += 1
      case .cites: if step.citation != nil { citations[position] += 1 }
      default: break
      }
    }
    let stated = claims.indices.map { index in
      let claim = claims.span[index]
      return isInOrder && aboutInOrder[index] && about[index] >= claim.about.count
        && relations[index] == claim.relations.count
        && citations[index] == claim.citations.count
    }
    return Findings(claimsStatedByEdges: stated, marks: marks)
  }
}
