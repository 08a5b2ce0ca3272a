import ClaimGraph
import ClaimGraphFormats

/// What `claimgraph export` writes, and how.
public struct ExportRequest: Sendable, Hashable {
  /// The format.
  public var target: ExportTarget
  /// The part of the graph written.
  public var selection: ExportSelection
  /// Whether DOT and Mermaid draw their legend.
  public var showsLegend: Bool
  /// The RDF formats' base IRI and language.
  public var rdf: RDFOptions
  /// The Neo4j CSV folder's headers.
  public var headerStyle: Neo4jCSVExporter.HeaderStyle

  /// Creates a request: the whole graph, with a legend, the default RDF options and
  /// neo4j-admin's headers.
  public init(
    _ target: ExportTarget, selection: ExportSelection = .init(), showsLegend: Bool = true,
    rdf: RDFOptions = .standard, headerStyle: Neo4jCSVExporter.HeaderStyle = .neo4j
  ) {
    self.target = target
    self.selection = selection
    self.showsLegend = showsLegend
    self.rdf = rdf
    self.headerStyle = headerStyle
  }
}
