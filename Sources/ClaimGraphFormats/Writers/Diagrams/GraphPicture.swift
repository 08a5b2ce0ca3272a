import ClaimGraph

/// One of the small pictures `claimgraph build` renders with Graphviz: a name, a title
/// and the part of the graph it shows.
///
/// ``pictures(of:)`` plans them: the entity map (the entities and the relations claims
/// assert between them, without entities related to none), then one picture per section
/// of the article that has claims: its claims and the entities and sources they touch
/// (evidence methods are left out: the citations already name them, and the extra links
/// would crowd the picture; so is the article, which every claim of the section is in).
public struct GraphPicture: Sendable {
  /// The file name without extension: `entity-map`, or `section-` and the section id.
  public let name: String
  /// The picture's caption.
  public let title: String
  /// What it shows.
  public let selection: GraphSelection

  /// A picture of `selection` whose file is named after `name` and whose caption is
  /// `title`.
  public init(name: String, title: String, selection: GraphSelection) {
    self.name = name
    self.title = title
    self.selection = selection
  }

  /// The picture as DOT, captioned with its title.
  public func dot(showsLegend: Bool = true) throws -> [UInt8] {
    try DOTExporter(showsLegend: showsLegend, title: title).bytes(of: selection)
  }

  /// The pictures of a graph: the entity map, then each section with claims.
  ///
  /// Sections come in reading order. Section ids that are not safe file names are left out.
  public static func pictures(of graph: KnowledgeGraph) -> [GraphPicture] {
    let whole = GraphSelection(graph)
    let prefix = graph.article.map { "\($0.title): " } ?? ""
    var result = [
      GraphPicture(name: "entity-map", title: prefix + "entity map", selection: whole.entityMap())
    ]
    var claimsBySection: [String: Set<NodeID>] = [:]
    for claim in graph.claims {
      if let section = claim.section { claimsBySection[section, default: []].insert(claim.id) }
    }
    for section in graph.sections {
      guard let claims = claimsBySection[section.id], NodeID(section.id).isKebabCase else {
        continue
      }
      result.append(
        GraphPicture(
          name: "section-\(section.id)", title: prefix + section.title,
          selection: whole.restricted(toClaims: claims).restricted(
            toKinds: Set(NodeKind.allCases).subtracting([.method, .article]))))
    }
    return result
  }
}
