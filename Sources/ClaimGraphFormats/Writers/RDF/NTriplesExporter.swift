import ClaimGraph

/// Writes N-Triples (RDF 1.1), the line-based RDF that every triple store bulk-loads:
/// Oxigraph, Apache Jena, RDF4J, Virtuoso, Blazegraph, Amazon Neptune.
///
/// One statement per line, every IRI absolute, literals escaped as canonical N-Triples
/// has it; what the statements say is the mapping the README documents (SKOS, Dublin Core
/// terms, BIBO, PROV-O and the `claimgraph:` vocabulary). Lines come in the graph's
/// canonical order and are streamed to the sink node by node.
///
/// ```swift
/// let options = try RDFOptions(baseIRI: "https://example.org/kg/")
/// try NTriplesExporter(options: options).export(graph, to: &sink)
/// ```
public struct NTriplesExporter: GraphExporter {
  /// The base IRI and language tag.
  public let options: RDFOptions

  /// Creates the exporter.
  public init(options: RDFOptions = .standard) { self.options = options }

  /// Writes the selection as N-Triples.
  public func export(_ selection: GraphSelection, to sink: inout some ExportSink) throws {
    try RDFMapping.write(selection, syntax: .nTriples, options: options, to: &sink)
  }
}
