import ClaimGraph

/// The part of a graph an export shows: some of its nodes and the edges between them.
///
/// Every format applies the same filters, so `--kinds` and `--strength` mean the same thing
/// in GraphML as in Mermaid. Start from the whole graph and narrow it:
///
/// ```swift
/// let selection = GraphSelection(graph)
///   .restricted(toStrengths: [.established])   // established claims and what they touch
///   .restricted(toKinds: [.claim, .source])    // …then only claims and sources
/// ```
///
/// A query engine plugs in through ``restricted(toClaims:)``: the claims a query matches,
/// and what they touch.
public struct GraphSelection: Sendable {
  /// The whole graph the selection is taken from.
  public let graph: KnowledgeGraph
  /// The selected nodes, in the graph's canonical order.
  ///
  /// - Complexity: O(1): the graph's own `KnowledgeGraph.nodes` for the whole graph, the
  ///   nodes kept for a part of it.
  public var nodes: Nodes {
    Nodes(whole: selectedNodes == nil ? graph.nodes : nil, part: selectedNodes ?? [])
  }

  /// The nodes of a selection: a view of the whole graph's nodes, or the nodes selected.
  public struct Nodes: RandomAccessCollection, Sendable {
    private let whole: KnowledgeGraph.Nodes?
    private let part: [Node]

    init(whole: KnowledgeGraph.Nodes?, part: [Node]) {
      self.whole = whole
      self.part = part
    }

    /// The first position: 0.
    public var startIndex: Int { 0 }
    /// One past the last position: the number of nodes selected.
    public var endIndex: Int { whole?.count ?? part.count }
    /// The node at `position`.
    ///
    /// - Complexity: O(1).
    public subscript(position: Int) -> Node { whole?[position] ?? part[position] }
  }
  /// The selected edges, in the graph's canonical order; both ends are selected nodes.
  public let edges: [Edge]
  /// The selected nodes when part of the graph is selected; nil for the whole graph.
  private let selectedNodes: [Node]?
  /// The position of each selected edge in the graph's ``KnowledgeGraph/edges``; nil when
  /// every edge of the graph is selected, in order.
  private let edgeNumbers: [Int32]?
  /// The selected ids; nil when the whole graph is selected (then the graph's own index
  /// answers, and an export of the whole graph hashes no id).
  private let members: Set<NodeID>?

  /// Selects the whole graph.
  public init(_ graph: KnowledgeGraph) {
    self.graph = graph
    self.selectedNodes = nil
    self.edges = graph.edges
    self.edgeNumbers = nil
    self.members = nil
  }

  private init(
    graph: KnowledgeGraph, members: Set<NodeID>, edges: (edges: [Edge], numbers: [Int32]?)
  ) {
    self.graph = graph
    self.members = members
    self.selectedNodes = graph.nodes.filter { members.contains($0.id) }
    self.edges = edges.edges
    self.edgeNumbers = edges.numbers
  }

  /// Whether every node of the graph is selected.
  public var isWholeGraph: Bool { selectedNodes.map { $0.count == graph.nodeCount } ?? true }

  /// How many nodes are selected.
  var nodeCount: Int { selectedNodes?.count ?? graph.nodeCount }

  /// Calls `body` with every selected node, in canonical order, without building
  /// ``nodes`` for the whole graph.
  func forEachNode(_ body: (Node) throws -> Void) rethrows {
    if let selectedNodes {
      for node in selectedNodes { try body(node) }
      return
    }
    for claim in graph.claims { try body(.claim(claim)) }
    for source in graph.sources { try body(.source(source)) }
    for entity in graph.entities { try body(.entity(entity)) }
    for article in graph.articles { try body(.article(article)) }
  }

  /// The ids of the selected nodes, in canonical order.
  var nodeIDs: [NodeID] {
    if let selectedNodes { return selectedNodes.map(\.id) }
    return graph.claims.map(\.id) + graph.sources.map(\.id) + graph.entities.map(\.id)
      + graph.articles.map(\.nodeID)
  }

  /// The selected nodes of one kind, in canonical order.
  func nodes(of kind: NodeKind) -> [Node] {
    if let selectedNodes { return selectedNodes.filter { $0.kind == kind } }
    switch kind {
    case .claim: return graph.claims.map(Node.claim)
    case .source: return graph.sources.map(Node.source)
    case .article: return graph.articles.map(Node.article)
    default: return graph.entities.lazy.filter { $0.kind == kind }.map(Node.entity)
    }
  }

  /// The position in the graph's ``KnowledgeGraph/edges`` of the selected edge at
  /// `offset` in ``edges``.
  @inline(__always)
  func edgeNumber(at offset: Int) -> Int {
    if let edgeNumbers { Int(edgeNumbers[offset]) } else { offset }
  }

  /// The selected edges that `keep` accepts, with their positions in the graph.
  private func selectedEdges(keptBy keep: (Edge) -> Bool) -> (edges: [Edge], numbers: [Int32]?) {
    var kept: [Edge] = []
    var numbers: [Int32] = []
    for (offset, edge) in edges.enumerated() where keep(edge) {
      kept.append(edge)
      numbers.append(Int32(edgeNumber(at: offset)))
    }
    return (kept, numbers)
  }

  /// Every selected edge, with their positions in the graph.
  private var allEdges: (edges: [Edge], numbers: [Int32]?) { (edges, edgeNumbers) }

  /// Whether a node is selected.
  public func contains(_ id: NodeID) -> Bool {
    if let members { members.contains(id) } else { graph.kind(of: id) != nil }
  }

  /// Keeps only nodes of these kinds, and the edges between them.
  public func restricted(toKinds kinds: Set<NodeKind>) -> GraphSelection {
    let kept = Set(nodes.lazy.filter { kinds.contains($0.kind) }.map(\.id))
    return GraphSelection(
      graph: graph, members: kept,
      edges: selectedEdges { kept.contains($0.source) && kept.contains($0.target) })
  }

  /// Keeps only the nodes some selected edge touches, and every selected edge.
  public func restrictedToLinkedNodes() -> GraphSelection {
    var kept = Set<NodeID>()
    for edge in edges {
      kept.insert(edge.source)
      kept.insert(edge.target)
    }
    return GraphSelection(graph: graph, members: kept, edges: allEdges)
  }

  /// Keeps claims of these strengths, the nodes their edges touch, and the edges between
  /// those nodes that either a kept claim induced or a kept source's methods give.
  public func restricted(toStrengths strengths: Set<EvidenceStrength>) -> GraphSelection {
    let claims = nodes.compactMap { node -> NodeID? in
      guard case .claim(let claim) = node, strengths.contains(claim.strength) else { return nil }
      return claim.id
    }
    return restricted(toClaims: Set(claims))
  }

  /// Keeps these claims (those that are selected), the nodes their edges touch, and the
  /// edges between those nodes that a kept claim induced or a kept source's methods give.
  ///
  /// This is the seam for queries: a query's matching claims become a selection.
  public func restricted(toClaims claims: Set<NodeID>) -> GraphSelection {
    let claims = claims.filter { contains($0) && graph.claim($0) != nil }
    var kept = claims
    let induced = edges.filter { edge in edge.claim.map(claims.contains) ?? false }
    for edge in induced {
      kept.insert(edge.source)
      kept.insert(edge.target)
    }
    let keptEdges = selectedEdges { edge in
      guard kept.contains(edge.source) && kept.contains(edge.target) else { return false }
      return edge.claim.map(claims.contains) ?? true
    }
    return GraphSelection(graph: graph, members: kept, edges: keptEdges)
  }

  /// Keeps the nodes within `depth` links of a node, whichever way the links point, and
  /// the edges between them that no claim induced or that a kept claim induced.
  ///
  /// Depth 1 of an entity is the claims about it (and the entities it relates to); depth 2
  /// adds what those claims are about and cite, and their article. An article is reached
  /// from its claims but not gone through (its claims are not each other's neighbours),
  /// unless it is the centre. A node that is not selected gives an empty selection.
  public func around(_ center: NodeID, depth: Int) -> GraphSelection {
    guard contains(center) else {
      return GraphSelection(graph: graph, members: [], edges: ([], []))
    }
    var neighbours: [NodeID: [NodeID]] = [:]
    for edge in edges {
      neighbours[edge.source, default: []].append(edge.target)
      neighbours[edge.target, default: []].append(edge.source)
    }
    var kept: Set<NodeID> = [center]
    var frontier = [center]
    for _ in 0..<max(0, depth) where !frontier.isEmpty {
      var next: [NodeID] = []
      for node in frontier where node == center || graph.kind(of: node) != .article {
        for neighbour in neighbours[node] ?? [] where kept.insert(neighbour).inserted {
          next.append(neighbour)
        }
      }
      frontier = next
    }
    let keptEdges = selectedEdges { edge in
      kept.contains(edge.source) && kept.contains(edge.target)
        && (edge.claim.map(kept.contains) ?? true)
    }
    return GraphSelection(graph: graph, members: kept, edges: keptEdges)
  }

  /// The selected nodes no selected edge touches, in canonical order.
  public var isolatedNodes: [Node] {
    let linked = linkedNodes
    return nodes.filter { !linked.contains($0.id) }
  }

  /// The selection without its isolated nodes (those no selected edge touches).
  public func withoutIsolatedNodes() -> GraphSelection {
    GraphSelection(graph: graph, members: linkedNodes, edges: allEdges)
  }

  /// The entity map: the entities of the selection and the relations claims assert
  /// between them, without entities that relate to no other.
  public func entityMap() -> GraphSelection {
    restricted(toKinds: Set(NodeKind.entityKinds)).withoutIsolatedNodes()
  }

  private var linkedNodes: Set<NodeID> {
    var linked = Set<NodeID>()
    for edge in edges {
      linked.insert(edge.source)
      linked.insert(edge.target)
    }
    return linked
  }
}
