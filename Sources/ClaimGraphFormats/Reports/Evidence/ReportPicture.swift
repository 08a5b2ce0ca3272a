import ClaimGraph

/// A picture the report shows: a part of the graph, drawn by Graphviz.
///
/// The report plans its pictures (``planned(for:)``): the entity map (the entities claims
/// relate, and the relations) and each section's neighbourhood (the entities the
/// section's claims relate, and the relations they assert); the entities in no relation
/// are named in the caption instead of drawn as a column of lone shapes. Drawing them needs
/// Graphviz's `dot`, a program, so it happens at the edge: the caller turns ``dot()`` into
/// SVG and sets ``svg``; a picture left without SVG is described in words instead.
public struct ReportPicture: Sendable {
  /// The pictures larger than this many nodes are not drawn: no one could read them.
  public static let maxNodes = 400

  /// The element id of the picture's figure.
  public let anchor: String
  /// The picture's heading.
  public let title: String
  /// What the picture shows.
  public let caption: String
  /// The entities the picture is about but leaves out, being in no relation, by name.
  public let unlinked: [String]
  /// The part of the graph it draws.
  public let selection: GraphSelection
  /// The rendered SVG (`dot -Tsvg` of ``dot()``), once drawn.
  public var svg: String?

  /// Creates a picture of a selection's linked nodes; the others are named in
  /// ``unlinked``.
  public init(anchor: String, title: String, caption: String, selection: GraphSelection) {
    let linked = selection.restrictedToLinkedNodes()
    self.anchor = anchor
    self.title = title
    self.caption = caption
    self.selection = linked
    self.unlinked = selection.nodes.filter { !linked.contains($0.id) }.map(ExportStyle.label(of:))
  }

  /// Whether the picture is small enough to draw (at most ``maxNodes`` nodes, and at
  /// least one edge or node).
  public var isDrawable: Bool { (1...Self.maxNodes).contains(selection.nodeCount) }

  /// The DOT source to draw, titled with the picture's title.
  public func dot() throws -> [UInt8] {
    try DOTExporter(title: title).bytes(of: selection)
  }

  /// The report's pictures of a graph: the entity map, then each declared section's
  /// neighbourhood in reading order (sections whose claims are about nothing left out).
  ///
  /// A library of several articles gets the entity map alone, for its index page: its
  /// sections are each article's, and a picture per section of every article would take
  /// time in proportion to the articles times the graph.
  public static func planned(for graph: KnowledgeGraph) -> [ReportPicture] {
    let entityKinds = Set(NodeKind.entityKinds)
    let whole = GraphSelection(graph)
    var pictures = [
      ReportPicture(
        anchor: "picture-entity-map", title: "The entity map",
        caption: "The entities of the graph that claims relate to one another, and the "
          + "relations; a line's style is the strength of the claim asserting it.",
        selection: whole.restricted(toKinds: entityKinds))
    ]
    guard graph.articles.count <= 1 else { return pictures }
    for (index, section) in graph.sections.enumerated() {
      let claims = graph.claims.filter { $0.section == section.id }.map(\.id)
      let selection = whole.restricted(toClaims: Set(claims)).restricted(toKinds: entityKinds)
      guard selection.nodeCount > 0 else { continue }
      let title = "Around “\(section.title)”"
      pictures.append(
        ReportPicture(
          anchor: ReportContext.anchor(NodeID(section.id), "picture-section", index),
          title: title,
          caption: "The entities the claims of this section relate, and the relations they "
            + "assert.",
          selection: selection))
    }
    return pictures
  }
}
