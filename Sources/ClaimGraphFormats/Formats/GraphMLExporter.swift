import ClaimGraph

/// Writes GraphML that validates against the official GraphML 1.1 schema and opens in
/// Gephi, yEd, Cytoscape, NetworkX and igraph; ``GraphMLReader`` reads it back losslessly.
///
/// The file is lean: nothing is written twice where a consumer can do without it.
///
/// - Every `<key>` has a neutral id (`d0`, `d1`, …), an explicit `for="node|edge|graph"`,
///   an NMTOKEN `attr.name` and a scalar `attr.type`, and comes before `<graph>`.
/// - Nodes carry `label` (Gephi's label: a claim's short label, an entity's name) and
///   integer `r`, `g`, `b` (Gephi's colour: a claim's by strength, others' by kind), then
///   `name`, the node's id, which igraph looks vertices up by, then the authored fields
///   (a claim's full `statement` among them); lists and records are JSON text in one string.
/// - Edges have short ids (`e0`, `e1`, … in the graph's edge order) and carry `kind`,
///   `strength`, `weight` (established 1.0, uncertain 0.5, refuted 0.2), and what the
///   claim that induced them says: a relation's `claim` and `predicate`; a citation's
///   `stance`, `methods` (only when the citation names its own; otherwise it relies on its
///   source's), `locator`, `quote` and `inferred`; `implied` on an `about` edge to an
///   entity the claim names only in a relation. A claim's node then leaves out its `about`,
///   `relations` and `citations` lists; it keeps them (as JSON text) only when its edges
///   cannot say them exactly (a reference to a missing node, an entity named twice, or an
///   export of part of the graph that leaves some of its edges out).
/// - No edge label (it repeated the kind, the stance or the verb) and no edge colour
///   (Gephi colours an edge as its source node); no indentation.
/// - All nodes come before any edge (Cytoscape needs it); every value is written
///   explicitly (NetworkX ignores `<default>`); no edge has a `directed` attribute.
/// - Node ids are the graph's ids when they are XML NMTOKENs (kebab-case ids always are);
///   otherwise a generated `_nN` id, with the real id in the `node_id` attribute.
///
/// yEd shows plain GraphML without labels (its own yFiles extension is not schema-valid);
/// use its Properties Mapper to map `label`, or open the GEXF export in Gephi.
public struct GraphMLExporter: GraphExporter {
  /// The GraphML namespace.
  static let namespace = "http://graphml.graphdrawing.org/xmlns"

  /// Creates the exporter.
  public init() {}

  /// Writes the selection as GraphML.
  public func export(_ selection: GraphSelection, to sink: inout some ExportSink) throws {
    let graph = selection.graph
    let ids = GraphMLIdentifiers(selection.nodes.map(\.id))
    let statedByEdges = ClaimEdgeWalk.claimsStatedByEdges(graph, edges: selection.edges)
    let keys = KeyTable(
      needsNodeID: ids.needsNodeIDAttribute, needsClaimLists: statedByEdges.contains(false))
    var writer = XMLMarkupWriter()
    writer.startElement("graphml")
    writer.attribute("xmlns", Self.namespace)
    for key in keys.declarations {
      writer.element(
        "key",
        attributes: [
          "id": key.id, "for": key.key.domain.rawValue, "attr.name": key.key.name,
          "attr.type": key.key.type.graphML,
        ])
    }
    writer.startElement("graph")
    let articleID = graph.article?.id
    writer.attribute(
      "id", articleID.flatMap { GraphMLIdentifiers.isNMToken($0) ? $0 : nil } ?? "G")
    writer.attribute("edgedefault", "directed")
    for (name, value) in GraphAttributes.values(of: graph) {
      writer.data(keys.graphID(name), value)
    }
    try writer.flushIfFull(to: &sink)

    // Claims come first among the nodes, in the graph's order: `claimIndex` follows them.
    var claimIndex = 0
    for node in selection.nodes {
      var listsOnEdges = false
      if case .claim(let claim) = node {
        while claimIndex < graph.claims.count && graph.claims[claimIndex].id != claim.id {
          claimIndex += 1
        }
        listsOnEdges = claimIndex < graph.claims.count && statedByEdges[claimIndex]
      }
      writer.startElement("node")
      writer.attribute("id", ids.xmlID(for: node.id))
      writer.data(keys.node[.label], .string(ExportStyle.label(of: node)))
      writer.data(keys.node[.kind], .string(node.kind.rawValue))
      writer.color(ExportStyle.color(of: node), keys.nodeColor)
      for (field, value) in GraphAttributes.values(
        of: node, grounding: graph.grounding, listsOnEdges: listsOnEdges)
      {
        writer.data(keys.node[field], value)
      }
      if let nodeID = keys.nodeID, ids.isGenerated(node.id) {
        writer.data(nodeID, .string(node.id.rawValue))
      }
      writer.endElement()
      try writer.flushIfFull(to: &sink)
    }

    var walk = ClaimEdgeWalk(graph)
    for (offset, edge) in selection.edges.enumerated() {
      writer.startElement("edge")
      writer.attribute("id", "e\(offset)")
      writer.attribute("source", ids.xmlID(for: edge.source))
      writer.attribute("target", ids.xmlID(for: edge.target))
      for (field, value) in Self.values(of: edge, walk.step(edge), grounding: graph.grounding) {
        writer.data(keys.edge[field], value)
      }
      writer.endElement()
      try writer.flushIfFull(to: &sink)
    }
    try writer.finish(to: &sink)
    try sink.write("\n")
  }

  /// An edge's attributes, in declaration order: the claim's own words where the edge
  /// stands for one of its citations or relations, nothing a consumer can read elsewhere.
  private static func values(
    of edge: Edge, _ step: ClaimEdgeWalk.Step, grounding: Grounding?
  ) -> [(field: GraphAttributes.EdgeField, value: GraphAttributes.Value)] {
    var result: [(field: GraphAttributes.EdgeField, value: GraphAttributes.Value)] = [
      (.kind, .string(edge.kind.rawValue))
    ]
    if let strength = edge.strength { result.append((.strength, .string(strength.rawValue))) }
    result.append((.weight, .double(ExportStyle.weight(of: edge.strength))))
    switch edge.kind {
    case .relation:
      if let claim = edge.claim { result.append((.claim, .string(claim.rawValue))) }
      if let predicate = edge.predicate { result.append((.predicate, .string(predicate))) }
    case .cites:
      if let stance = edge.stance { result.append((.stance, .string(stance.rawValue))) }
      if let (offset, citation) = step.citation, let claim = step.claim {
        if let methods = citation.methods {
          result.append((.methods, GraphAttributes.list(methods)))
        }
        if let locator = citation.locator { result.append((.locator, .string(locator))) }
        if citation.isInferred { result.append((.inferred, .bool(true))) }
        if let quote = GraphAttributes.quote(
          of: citation, offset: offset, of: claim.id, grounding: grounding)
        {
          result.append((.quote, quote))
        }
      } else {
        if !edge.methods.isEmpty { result.append((.methods, GraphAttributes.list(edge.methods))) }
        if let locator = edge.locator { result.append((.locator, .string(locator))) }
        if edge.isInferred { result.append((.inferred, .bool(true))) }
      }
    case .about:
      if step.isImplied { result.append((.implied, .bool(true))) }
    case .evidence, .usesMethod:
      break
    }
    return result
  }
}

extension XMLMarkupWriter {
  /// `<data key="…">value</data>`.
  fileprivate mutating func data(_ key: PreparedElement, _ value: GraphAttributes.Value) {
    element(key, text: value)
  }

  /// A colour as three integer `<data>` elements, for `r`, `g` and `b`.
  fileprivate mutating func color(_ color: RGBColor, _ keys: [PreparedElement]) {
    for (key, component) in zip(keys, [color.red, color.green, color.blue]) {
      data(key, .int(component))
    }
  }
}

/// The `<key>` declarations of a GraphML export and their neutral ids (`d0`, `d1`, …).
private struct KeyTable {
  struct Declaration {
    let id: String
    let key: GraphAttributes.Key
  }

  /// Ids of some fields, looked up by the field's position in declaration order.
  struct FieldIDs<Field: RawRepresentable<Int> & CaseIterable> {
    fileprivate var ids: [Data?] = []
    subscript(field: Field) -> Data {
      guard let id = ids[field.rawValue] else { preconditionFailure("undeclared key \(field)") }
      return id
    }
  }

  /// The `<data key="…">` element of one key.
  typealias Data = XMLMarkupWriter.PreparedElement

  private(set) var declarations: [Declaration] = []
  private var graphIDs: [String: Data] = [:]
  private(set) var node = FieldIDs<GraphAttributes.NodeField>()
  private(set) var nodeColor: [Data] = []
  private(set) var nodeID: Data?
  private(set) var edge = FieldIDs<GraphAttributes.EdgeField>()

  /// Declares graph keys, then node keys (`label` and `kind`, the colour, the authored
  /// fields — a claim's lists only when some claim keeps them on its node —, `node_id`
  /// when some ids were replaced), then edge keys (no `label`).
  init(needsNodeID: Bool, needsClaimLists: Bool) {
    for key in GraphAttributes.graphKeys { graphIDs[key.name] = declare(key) }
    var nodeIDs: [Data?] = []
    for key in GraphAttributes.nodeKeys.prefix(2) { nodeIDs.append(declare(key)) }
    nodeColor = ["r", "g", "b"].map {
      declare(GraphAttributes.Key(name: $0, type: .int, domain: .node))
    }
    let claimLists: Set<GraphAttributes.NodeField> = [.about, .relations, .citations]
    for field in GraphAttributes.NodeField.allCases.dropFirst(2) {
      nodeIDs.append(
        needsClaimLists || !claimLists.contains(field) ? declare(field.key) : nil)
    }
    node.ids = nodeIDs
    if needsNodeID {
      nodeID = declare(GraphAttributes.Key(name: "node_id", type: .string, domain: .node))
    }
    edge.ids = GraphAttributes.EdgeField.allCases.map { field in
      field == .label ? nil : declare(field.key)
    }
  }

  private mutating func declare(_ key: GraphAttributes.Key) -> Data {
    let id = "d\(declarations.count)"
    declarations.append(Declaration(id: id, key: key))
    return Data("data", "key", id)
  }

  func graphID(_ name: String) -> Data {
    guard let id = graphIDs[name] else { preconditionFailure("undeclared GraphML key \(name)") }
    return id
  }
}
