import ClaimGraph
import ClaimGraphFormats

/// The part of the graph an export writes: the claims a ``ClaimFilter`` keeps and what they
/// touch, then the neighbourhood of one node, then some kinds of node.
public struct ExportSelection: Sendable, Hashable {
  /// The claims kept, and with them what they touch.
  public var claims: ClaimFilter
  /// The kinds of node kept (and the edges between them); nil keeps every kind.
  public var kinds: Set<NodeKind>?
  /// The node whose neighbourhood is kept (an id, an entity's name or alias, a source's
  /// label or author and year); nil keeps the whole graph.
  public var around: String?
  /// How many links from ``around`` the neighbourhood reaches.
  public var depth: Int

  /// Creates a selection; the default is the whole graph.
  public init(
    claims: ClaimFilter = .init(), kinds: Set<NodeKind>? = nil, around: String? = nil,
    depth: Int = 1
  ) {
    self.claims = claims
    self.kinds = kinds
    self.around = around
    self.depth = depth
  }

  /// The selection of `graph` these choices make.
  ///
  /// - Throws: ``ProjectError/invalidQuery(_:expression:)`` for a malformed query,
  ///   ``ProjectError/unresolvedChoice(_:_:)`` (``ProjectChoice/around``) when `around`
  ///   means no node or several.
  public func apply(to graph: KnowledgeGraph) throws(ProjectError) -> GraphSelection {
    var selection = GraphSelection(graph)
    if let ids = try claims.claimIDs(in: graph) {
      selection = selection.restricted(toClaims: ids)
    }
    if let around {
      selection = selection.around(try Self.node(around, in: graph), depth: depth)
    }
    if let kinds { selection = selection.restricted(toKinds: kinds) }
    return selection
  }

  /// The one node a name means: nothing by that name (with the closest name) and several
  /// things are errors.
  private static func node(_ text: String, in graph: KnowledgeGraph) throws(ProjectError)
    -> NodeID
  {
    let lookup = NodeLookup(graph: graph)
    let scope = NodeLookup.Scope(kinds: Set(NodeKind.allCases))
    let resolution = lookup.resolve(text, in: scope)
    if resolution.nodeIDs.count == 1 { return resolution.nodeIDs[0] }
    throw .unresolvedChoice(
      .around, ClaimGraphProject.unresolved(text, resolution, lookup: lookup, scope: scope))
  }
}
