import ClaimGraph

/// Writes GraphML that validates against the official GraphML 1.1 schema and opens in
/// Gephi, yEd, Cytoscape and NetworkX; ``GraphMLReader`` reads it back losslessly.
///
/// - Every `<key>` has a neutral id (`d0`, `d1`, …), an explicit `for="node|edge|graph"`,
///   an NMTOKEN `attr.name` and a scalar `attr.type`, and comes before `<graph>`.
/// - Nodes carry `label` (Gephi's label) and integer `r`, `g`, `b` (Gephi's colour,
///   by kind), then the authored fields; lists and records are JSON text in one string.
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
    let writer = try XMLStreamWriter()
    try writer.startDocument()
    try writer.startElement("graphml")
    try writer.attribute("xmlns", Self.namespace)
    for key in keys.declarations {
      try writer.element(
        "key",
        attributes: [
          ("id", key.id), ("for", key.key.domain.rawValue), ("attr.name", key.key.name),
          ("attr.type", key.key.type.graphML),
        ])
    }
    try writer.startElement("graph")
    let articleID = selection.graph.article?.id
    try writer.attribute(
      "id", articleID.flatMap { GraphMLIdentifiers.isNMToken($0) ? $0 : nil } ?? "G")
    try writer.attribute("edgedefault", "directed")
    for (name, value) in GraphAttributes.values(of: selection.graph) {
      try writer.element("data", attributes: [("key", keys.id(.graph, name))], text: value.text)
    }
    try writer.flush(to: &sink)

    for node in selection.nodes {
      try writer.startElement("node")
      try writer.attribute("id", ids.xmlID(for: node.id))
      let color = ExportStyle.color(of: node.kind)
      var values: [(String, String)] = [
        ("label", ExportStyle.label(of: node)), ("kind", node.kind.rawValue),
        ("r", String(color.red)), ("g", String(color.green)), ("b", String(color.blue)),
      ]
      values += GraphAttributes.values(of: node).map { ($0.name, $0.value.text) }
      if ids.isGenerated(node.id) { values.append(("node_id", node.id.rawValue)) }
      for (name, text) in values {
        try writer.element("data", attributes: [("key", keys.id(.node, name))], text: text)
      }
      try writer.endElement()
      try writer.flush(to: &sink)
    }

    for (offset, edge) in selection.edges.enumerated() {
      try writer.startElement("edge")
      try writer.attribute("id", GraphMLIdentifiers.isNMToken(edge.id) ? edge.id : "e\(offset)")
      try writer.attribute("source", ids.xmlID(for: edge.source))
      try writer.attribute("target", ids.xmlID(for: edge.target))
      let color = ExportStyle.color(of: edge)
      var values = GraphAttributes.values(of: edge).map { ($0.name, $0.value.text) }
      values += [("r", String(color.red)), ("g", String(color.green)), ("b", String(color.blue))]
      for (name, text) in values {
        try writer.element("data", attributes: [("key", keys.id(.edge, name))], text: text)
      }
      try writer.endElement()
      if offset % 64 == 63 { try writer.flush(to: &sink) }
    }
    try writer.finish(to: &sink)
    try sink.write("\n")
  }
}

/// The `<key>` declarations of a GraphML export and their neutral ids.
private struct KeyTable {
  struct Declaration {
    let id: String
    let key: GraphAttributes.Key
  }

  let declarations: [Declaration]
  private let index: [String: String]

  init(needsNodeID: Bool) {
    let color = ["r", "g", "b"]
    var keys = GraphAttributes.graphKeys
    keys += GraphAttributes.nodeKeys.prefix(2)
    keys += color.map { GraphAttributes.Key(name: $0, type: .int, domain: .node) }
    keys += GraphAttributes.nodeKeys.dropFirst(2)
    if needsNodeID {
      keys.append(GraphAttributes.Key(name: "node_id", type: .string, domain: .node))
    }
    keys += GraphAttributes.edgeKeys
    keys += color.map { GraphAttributes.Key(name: $0, type: .int, domain: .edge) }
    declarations = keys.enumerated().map { Declaration(id: "d\($0)", key: $1) }
    index = Dictionary(
      uniqueKeysWithValues: declarations.map { ("\($0.key.domain.rawValue):\($0.key.name)", $0.id) }
    )
  }

  func id(_ domain: GraphAttributes.Domain, _ name: String) -> String {
    guard let id = index["\(domain.rawValue):\(name)"] else {
      preconditionFailure("undeclared GraphML key \(domain.rawValue):\(name)")
    }
    return id
  }
}
