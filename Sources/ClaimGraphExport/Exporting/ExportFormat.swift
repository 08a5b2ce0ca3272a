/// The file formats ClaimGraph exports.
public enum ExportFormat: String, CaseIterable, Hashable, Sendable {
  /// GraphML, the interchange format (Gephi, yEd, Cytoscape, NetworkX); read back losslessly.
  case graphml
  /// GEXF 1.3, Gephi's own format, with colours and sizes by kind.
  case gexf
  /// Graphviz DOT, styled by kind and strength, with a legend.
  case dot
  /// Node-link JSON (the public contract); read back losslessly.
  case json
  /// A Mermaid flowchart that GitHub renders in Markdown.
  case mermaid

  /// The file extension, without the dot.
  public var fileExtension: String {
    switch self {
    case .mermaid: "mmd"
    default: rawValue
    }
  }

  /// The exporter that writes this format.
  public var exporter: any GraphExporter {
    switch self {
    case .graphml: GraphMLExporter()
    case .gexf: GEXFExporter()
    case .dot: DOTExporter()
    case .json: NodeLinkJSONExporter()
    case .mermaid: MermaidExporter()
    }
  }
}
