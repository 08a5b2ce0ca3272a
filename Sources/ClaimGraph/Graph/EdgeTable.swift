/// The graph's edges as numbers, for the exporters of the formats module: they write a
/// million edges by reading an edge's kind, strength and ends by its number instead of
/// copying each ``Edge``.
///
/// A view: getting one from ``KnowledgeGraph/edgeTable`` copies nothing, and it says nothing
/// of how the graph keeps its edges. Edges are numbered in ``KnowledgeGraph/edges`` order;
/// nodes are numbered claims first (`0..<claims.count`), then sources, then entities, then
/// articles, each in canonical order.
package struct EdgeTable: Sendable {
  @usableFromInline let kinds: [EdgeKind]
  @usableFromInline let strengths: [EvidenceStrength?]
  @usableFromInline let sources: [Int32]
  @usableFromInline let targets: [Int32]

  init(
    kinds: [EdgeKind], strengths: [EvidenceStrength?], sources: [Int32], targets: [Int32]
  ) {
    self.kinds = kinds
    self.strengths = strengths
    self.sources = sources
    self.targets = targets
  }

  /// How many edges the graph has.
  @inlinable package var count: Int { kinds.count }

  /// The kind of the edge with this number.
  @inlinable @inline(__always) package func kind(of edge: Int) -> EdgeKind { kinds[edge] }

  /// The strength the edge with this number carries.
  @inlinable @inline(__always) package func strength(of edge: Int) -> EvidenceStrength? {
    strengths[edge]
  }

  /// The number of the node the edge with this number starts from.
  @inlinable @inline(__always) package func source(of edge: Int) -> Int { Int(sources[edge]) }

  /// The number of the node the edge with this number points to.
  @inlinable @inline(__always) package func target(of edge: Int) -> Int { Int(targets[edge]) }
}

extension KnowledgeGraph {
  /// The edges as numbers (see ``EdgeTable``).
  ///
  /// - Complexity: O(1).
  package var edgeTable: EdgeTable {
    EdgeTable(
      kinds: edgeKinds, strengths: edgeStrengths, sources: edgeSources, targets: edgeTargets)
  }
}
