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
  /// N-Triples: RDF, one statement per line, for triple stores.
  case ntriples
  /// Turtle: the same RDF, grouped by node and readable.
  case turtle

  /// The file extension, without the dot.
  public var fileExtension: String {
    switch self {
    case .mermaid: "mmd"
    case .ntriples: "nt"
    case .turtle: "ttl"
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
    case .ntriples: NTriplesExporter()
    case .turtle: TurtleExporter()
    }
  }

  /// The exporter that writes this format with these RDF options (which only N-Triples
  /// and Turtle use).
  public func exporter(rdf options: RDFOptions) -> any GraphExporter {
    switch self {
    case .ntriples: NTriplesExporter(options: options)
    case .turtle: TurtleExporter(options: options)
    default: exporter
    }
  }

  /// Whether the format is RDF (and so takes ``RDFOptions``).
  public var isRDF: Bool { self == .ntriples || self == .turtle }
}
