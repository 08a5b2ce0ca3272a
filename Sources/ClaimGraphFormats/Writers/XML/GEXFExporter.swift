import ClaimGraph

/// Writes GEXF 1.3, Gephi's own format, valid against the official RELAX NG schema.
///
/// - `<gexf xmlns="http://gexf.net/1.3" xmlns:viz="http://gexf.net/1.3/viz" version="1.3">`,
///   without `xsi:schemaLocation` (the RELAX NG schema rejects it; no reader needs it).
/// - Node and edge attributes are declared once (`<attributes class=…>`), and each node and
///   edge lists its values (`<attvalue for=… value=…>`); lists and records are JSON text.
/// - Nodes get `viz:color` (a claim's by its strength, others' by kind) and `viz:size` by
///   kind; edges get `weight` by strength (established 1.0, uncertain 0.5, refuted 0.2)
///   and `kind`, which Gephi uses as the edge type, and no label (it repeated the kind,
///   the stance or the verb). Only contradicting citations get a `viz:color` (red): Gephi
///   colours every other edge as its source node. No indentation. Gephi ignores
///   `viz:shape` and `viz:thickness`, so strength is also an attribute to filter on.
/// - No `lastmodifieddate`: output depends only on the graph.
public struct GEXFExporter: GraphExporter {
  /// Creates the exporter.
  public init() {}

  /// Writes the selection as GEXF 1.3.
  public func export(_ selection: GraphSelection, to sink: inout some ExportSink) throws {
    var writer = XMLMarkupWriter()
    writer.startElement("gexf")
    writer.attribute("xmlns", "http://gexf.net/1.3")
    writer.attribute("xmlns:viz", "http://gexf.net/1.3/viz")
    writer.attribute("version", "1.3")
    writer.startElement("meta")
    writer.startElement("creator")
    writer.text("ClaimGraph")
    writer.endElement()
    if let article = selection.graph.article {
      writer.startElement("description")
      writer.text(article.title)
      writer.endElement()
    }
    writer.endElement()
    writer.startElement("graph")
    writer.attribute("defaultedgetype", "directed")
    writer.attribute("mode", "static")
    declare("node", GraphAttributes.nodeKeys.dropFirst(), &writer)
    declare(
      "edge",
      GraphAttributes.edgeKeys.indices.filter { Self.isAttribute[$0] }.map {
        GraphAttributes.edgeKeys[$0]
      }, &writer)

    writer.startElement("nodes")
    writer.attribute("count", selection.nodeCount)
    let textFolder = GraphAttributes.textFolder(of: selection.graph)
    try selection.forEachNode { node in
      writer.startElement("node")
      writer.attribute("id", node.id.rawValue)
      writer.attribute("label", ExportStyle.label(of: node))
      writer.startElement("attvalues")
      attvalue(ModelField.kind.attribute, .string(node.kind.rawValue), &writer)
      for (_, field, value) in GraphAttributes.values(
        of: node, in: selection.graph, textFolder: textFolder)
      {
        attvalue(field.attribute, value, &writer)
      }
      writer.endElement()
      color(ExportStyle.color(of: node), &writer)
      writer.startElement("viz:size")
      writer.attribute("value", .double(ExportStyle.size(of: node.kind)))
      writer.endElement()
      writer.endElement()
      try writer.flushIfFull(to: &sink)
    }
    writer.endElement()

    writer.startElement("edges")
    writer.attribute("count", selection.edges.count)
    for edge in selection.edges {
      writer.startElement("edge")
      writer.attribute("id", edge.id)
      writer.attribute("source", edge.source.rawValue)
      writer.attribute("target", edge.target.rawValue)
      writer.attribute("kind", edge.kind.rawValue)
      writer.attribute("weight", .double(ExportStyle.weight(of: edge.strength)))
      writer.startElement("attvalues")
      for (slot, field, value) in GraphAttributes.values(of: edge) where Self.isAttribute[slot] {
        attvalue(field.attribute, value, &writer)
      }
      writer.endElement()
      if edge.kind == .cites && edge.stance == .contradicts {
        color(ExportStyle.color(of: edge), &writer)
      }
      writer.endElement()
      try writer.flushIfFull(to: &sink)
    }
    try writer.finish(to: &sink)
    try sink.write("\n")
  }

  /// Whether each edge attribute (by its position in ``GraphAttributes/edge``) is written as
  /// an attribute value: `weight` is a native GEXF edge attribute instead, and `quote` and
  /// `implied` are GraphML's.
  private static let isAttribute = GraphAttributes.edge.map { attribute in
    ![ModelField.weight, .quote, .implied].contains(attribute.field)
  }

  private func declare(
    _ domain: String, _ keys: some Sequence<GraphAttributes.Key>,
    _ writer: inout XMLMarkupWriter
  ) {
    writer.startElement("attributes")
    writer.attribute("class", domain)
    for key in keys {
      writer.element(
        "attribute", attributes: ["id": key.name, "title": key.name, "type": key.type.gexf])
    }
    writer.endElement()
  }

  private func attvalue(
    _ name: String, _ value: GraphAttributes.Value, _ writer: inout XMLMarkupWriter
  ) {
    writer.startElement("attvalue")
    writer.attribute("for", name)
    writer.attribute("value", value)
    writer.endElement()
  }

  private func color(_ color: RGBColor, _ writer: inout XMLMarkupWriter) {
    writer.startElement("viz:color")
    writer.attribute("r", color.red)
    writer.attribute("g", color.green)
    writer.attribute("b", color.blue)
    writer.endElement()
  }
}
