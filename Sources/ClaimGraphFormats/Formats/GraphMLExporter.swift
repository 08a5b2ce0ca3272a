import ClaimGraph

/// Writes GraphML that validates against the official GraphML 1.1 schema and opens in
/// Gephi, yEd, Cytoscape and NetworkX; ``GraphMLReader`` reads it back losslessly.
///
/// - Every `<key>` has a neutral id (`d0`, `d1`, …), an explicit `for="node|edge|graph"`,
///   an NMTOKEN `attr.name` and a scalar `attr.type`, and comes before `<graph>`.
/// - Nodes carry `label` (Gephi's label: a claim's short label, an entity's name) and
///   integer `r`, `g`, `b` (Gephi's colour: a claim's by strength, others' by kind), then
///   `name`, the node's id, which igraph looks vertices up by, then the authored fields
///   (a claim's full `statement` among them); lists and records are JSON text in one string.
/// - Edges carry `label`, `kind`, `strength`, `weight` (established 1.0, uncertain 0.5,
///   refuted 0.2) and their colour as `r`, `g`, `b`.
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
    let ids = GraphMLIdentifiers(selection.nodes.map(\.id))
    let keys = KeyTable(needsNodeID: ids.needsNodeIDAttribute)
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
    let articleID = selection.graph.article?.id
    writer.attribute(
      "id", articleID.flatMap { GraphMLIdentifiers.isNMToken($0) ? $0 : nil } ?? "G")
    writer.attribute("edgedefault", "directed")
    for (name, value) in GraphAttributes.values(of: selection.graph) {
      writer.data(keys.graphID(name), value)
    }
    try writer.flushIfFull(to: &sink)

    for node in selection.nodes {
      writer.startElement("node")
      writer.attribute("id", ids.xmlID(for: node.id))
      writer.data(keys.node[.label], .string(ExportStyle.label(of: node)))
      writer.data(keys.node[.kind], .string(node.kind.rawValue))
      writer.color(ExportStyle.color(of: node), keys.nodeColor)
      for (field, value) in GraphAttributes.values(of: node, grounding: selection.graph.grounding) {
        writer.data(keys.node[field], value)
      }
      if let nodeID = keys.nodeID, ids.isGenerated(node.id) {
        writer.data(nodeID, .string(node.id.rawValue))
      }
      writer.endElement()
      try writer.flushIfFull(to: &sink)
    }

    for (offset, edge) in selection.edges.enumerated() {
      writer.startElement("edge")
      writer.attribute("id", GraphMLIdentifiers.isNMToken(edge.id) ? edge.id : "e\(offset)")
      writer.attribute("source", ids.xmlID(for: edge.source))
      writer.attribute("target", ids.xmlID(for: edge.target))
      for (field, value) in GraphAttributes.values(of: edge) {
        writer.data(keys.edge[field], value)
      }
      writer.color(ExportStyle.color(of: edge), keys.edgeColor)
      writer.endElement()
      try writer.flushIfFull(to: &sink)
    }
    try writer.finish(to: &sink)
    try sink.write("\n")
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
    fileprivate var ids: [Data] = []
    subscript(field: Field) -> Data { ids[field.rawValue] }
  }

  /// The `<data key="…">` element of one key.
  typealias Data = XMLMarkupWriter.PreparedElement

  private(set) var declarations: [Declaration] = []
  private var graphIDs: [String: Data] = [:]
  private(set) var node = FieldIDs<GraphAttributes.NodeField>()
  private(set) var nodeColor: [Data] = []
  private(set) var nodeID: Data?
  private(set) var edge = FieldIDs<GraphAttributes.EdgeField>()
  private(set) var edgeColor: [Data] = []

  /// Declares graph keys, then node keys (`label` and `kind`, the colour, the authored
  /// fields, `node_id` when some ids were replaced), then edge keys and their colour.
  init(needsNodeID: Bool) {
    for key in GraphAttributes.graphKeys { graphIDs[key.name] = declare(key) }
    let color = ["r", "g", "b"]
    var nodeIDs: [Data] = []
    for key in GraphAttributes.nodeKeys.prefix(2) { nodeIDs.append(declare(key)) }
    nodeColor = color.map { declare(GraphAttributes.Key(name: $0, type: .int, domain: .node)) }
    for key in GraphAttributes.nodeKeys.dropFirst(2) { nodeIDs.append(declare(key)) }
    node.ids = nodeIDs
    if needsNodeID {
      nodeID = declare(GraphAttributes.Key(name: "node_id", type: .string, domain: .node))
    }
    edge.ids = GraphAttributes.edgeKeys.map { declare($0) }
    edgeColor = color.map { declare(GraphAttributes.Key(name: $0, type: .int, domain: .edge)) }
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
