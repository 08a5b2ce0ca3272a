extension KnowledgeGraph {
  /// Every node: claims, then sources, then entities, then articles, each in canonical
  /// order.
  ///
  /// - Complexity: O(1): a view of the graph's lists; each node is made as it is read.
  public var nodes: Nodes { Nodes(graph: self) }

  /// Every node of a graph, as a view of its lists of claims, sources, entities and
  /// articles (in that order): no array of nodes is built.
  public struct Nodes: RandomAccessCollection, Sendable {
    private let graph: KnowledgeGraph

    init(graph: KnowledgeGraph) { self.graph = graph }

    /// The first position: 0.
    public var startIndex: Int { 0 }

    /// One past the last position: the number of nodes.
    public var endIndex: Int {
      graph.claims.count + graph.sources.count + graph.entities.count + graph.articles.count
    }

    /// The node at `position`.
    ///
    /// - Complexity: O(1).
    public subscript(position: Int) -> Node {
      var offset = position
      if offset < graph.claims.count { return .claim(graph.claims[offset]) }
      offset -= graph.claims.count
      if offset < graph.sources.count { return .source(graph.sources[offset]) }
      offset -= graph.sources.count
      if offset < graph.entities.count { return .entity(graph.entities[offset]) }
      return .article(graph.articles[offset - graph.entities.count])
    }
  }
}
