import ClaimGraph

/// How commands name what a look-up found when it found several things.
package enum LookupListing {
  /// `endorphins (molecule), endogenous-opioids (molecule)`.
  package static func list(_ targets: [LookupTarget], in graph: KnowledgeGraph) -> String {
    targets.map { target in
      switch target {
      case .node(let id): "\(id) (\(graph.kind(of: id)?.rawValue ?? "node"))"
      case .section(let id): "\(id) (section)"
      }
    }.joined(separator: ", ")
  }
}
