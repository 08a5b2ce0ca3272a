/// What a name given by a person can stand for: a node of the graph, or one of the
/// article's sections (which are not nodes).
public enum LookupTarget: Hashable, Sendable, CustomStringConvertible {
  /// A claim, source or entity.
  case node(NodeID)
  /// A section of the article, by its id.
  case section(String)

  /// The id of the node or section.
  public var description: String {
    switch self {
    case .node(let id): id.rawValue
    case .section(let id): id
    }
  }

  /// The node's id, when the target is a node.
  public var nodeID: NodeID? {
    if case .node(let id) = self { id } else { nil }
  }
}
