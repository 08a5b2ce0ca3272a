import ClaimGraph

/// Writes GEXF 1.3, Gephi's own format, valid against the official RELAX NG schema.
///
/// - `<gexf xmlns="http://gexf.net/1.3" xmlns:viz="http://gexf.net/1.3/viz" version="1.3">`,
///   without `xsi:schemaLocation` (the RELAX NG schema rejects it; no reader needs it).
/// - Node and edge attributes are declared once (`<attributes class=…>`), and each node and
///   edge lists its values (`<attvalue for=… value=…>`); lists and records are JSON text.
/// - Nodes get `viz:color` and `viz:size` by kind; edges get `viz:color` (red for
///   contradicting citations), `weight` by strength (established 1.0, uncertain 0.5,
///   refuted 0.2) and `kind`, which Gephi uses as the edge type. Gephi ignores
///   `viz:shape` and `viz:thickness`, so strength is also an attribute to filter on.
/// - No `lastmodifieddate`: output depends only on the graph.
public struct GEXFExporter: GraphExporter {
  /// Creates the exporter.
  public init() {}

  /// Writes the selection as GEXF 1.3.
  public func export(_ selection: GraphSelection, to sink: inout some ExportSink) throws {
    let writer = try XMLStreamWriter()
    try writer.startDocument()
    try writer.startElement("gexf")
    try writer.attribute("xmlns", "http://gexf.net/1.3")
    try writer.attribute("xmlns:viz", "http://gexf.net/1.3/viz")
    try writer.attribute("version", "1.3")
    try writer.startElement("meta")
    try writer.element("creator", text: "ClaimGraph")
    if let article = selection.graph.article {
      try writer.element("description", text: article.title)
    }
    try writer.endElement()
    try writer.startElement("graph")
    try writer.attribute("defaultedgetype", "directed")
    try writer.attribute("mode", "static")
    try declare("node", GraphAttributes.nodeKeys.dropFirst(), writer)
    try declare("edge", Self.edgeAttributeKeys, writer)

    try writer.startElement("nodes")
    try writer.attribute("count", String(selection.nodes.count))
    for node in selection.nodes {
      try writer.startElement("node")
      try writer.attribute("id", node.id.rawValue)
      try writer.attribute("label", ExportStyle.label(of: node))
      let values =
        [("kind", node.kind.rawValue)]
        + GraphAttributes.values(of: node).map { ($0.name, $0.value.text) }
      try attvalues(values, writer)
      try color(ExportStyle.color(of: node.kind), writer)
      try writer.element(
        "viz:size",
        attributes: [("value", GraphAttributes.Value.format(ExportStyle.size(of: node.kind)))])
      try writer.endElement()
      try writer.flush(to: &sink)
    }
    try writer.endElement()

    try writer.startElement("edges")
    try writer.attribute("count", String(selection.edges.count))
    let attributeNames = Set(Self.edgeAttributeKeys.map(\.name))
    for (offset, edge) in selection.edges.enumerated() {
      try writer.startElement("edge")
      try writer.attribute("id", edge.id)
      try writer.attribute("source", edge.source.rawValue)
      try writer.attribute("target", edge.target.rawValue)
      try writer.attribute("label", ExportStyle.label(of: edge))
      try writer.attribute("kind", edge.kind.rawValue)
      try writer.attribute(
        "weight", GraphAttributes.Value.format(ExportStyle.weight(of: edge.strength)))
      let values = GraphAttributes.values(of: edge).filter { attributeNames.contains($0.name) }
      try attvalues(values.map { ($0.name, $0.value.text) }, writer)
      try color(ExportStyle.color(of: edge), writer)
      try writer.endElement()
      if offset % 64 == 63 { try writer.flush(to: &sink) }
    }
    try writer.endElement()
    try writer.finish(to: &sink)
    try sink.write("\n")
  }

  /// Edge attributes; `label` and `weight` are native GEXF edge attributes instead.
  private static let edgeAttributeKeys = GraphAttributes.edgeKeys.filter {
    $0.name != "label" && $0.name != "weight"
  }

  private func declare(
    _ domain: String, _ keys: some Sequence<GraphAttributes.Key>, _ writer: XMLStreamWriter
  ) throws {
    try writer.startElement("attributes")
    try writer.attribute("class", domain)
    for key in keys {
      try writer.element(
        "attribute", attributes: [("id", key.name), ("title", key.name), ("type", key.type.gexf)])
    }
    try writer.endElement()
  }

  private func attvalues(_ values: [(String, String)], _ writer: XMLStreamWriter) throws {
    guard !values.isEmpty else { return }
    try writer.startElement("attvalues")
    for (name, value) in values {
      try writer.element("attvalue", attributes: [("for", name), ("value", value)])
    }
    try writer.endElement()
  }

  private func color(_ color: RGBColor, _ writer: XMLStreamWriter) throws {
    try writer.element(
      "viz:color",
      attributes: [
        ("r", String(color.red)), ("g", String(color.green)), ("b", String(color.blue)),
      ])
  }
}
