import ClaimGraph
import ClaimGraphFormats

/// A minimal node-link JSON of a graph, the shape `claimgraph export --format json` will
/// print, for the Python comparison to build the same graph from.
enum NodeLinkInterchange {
  static func json(of graph: KnowledgeGraph) -> String {
    let nodes = graph.nodes.map { node -> JSONValue in
      var strength: String?
      if case .claim(let claim) = node { strength = claim.strength.rawValue }
      let label = if case .source(let source) = node { source.shortLabel } else { node.label }
      return .object([
        ("id", .string(node.id.rawValue)), ("kind", .string(node.kind.rawValue)),
        ("label", .string(label)), ("strength", .optional(strength)),
      ])
    }
    let edges = graph.edges.map { edge -> JSONValue in
      .object([
        ("source", .string(edge.source.rawValue)), ("target", .string(edge.target.rawValue)),
        ("kind", .string(edge.kind.rawValue)), ("strength", .optional(edge.strength?.rawValue)),
        ("stance", .optional(edge.stance?.rawValue)), ("predicate", .optional(edge.predicate)),
      ])
    }
    return JSONValue.object([("nodes", .array(nodes)), ("edges", .array(edges))])
      .serialized(pretty: false)
  }
}
