import ClaimGraph

/// Writes Turtle (RDF 1.1), the RDF people read: prefixes, then one block per node.
///
/// It says exactly what ``NTriplesExporter`` says, statement for statement (author lists
/// are `( … )` collections here and spelled-out blank nodes there), in the same order,
/// streamed node by node.
///
/// ```turtle
/// claim:exercise-activates-endorphin-system a claimgraph:Claim ;
///     dcterms:identifier "exercise-activates-endorphin-system" ;
///     claimgraph:statement "Physical exercise switches on the endorphin system."@en ;
///     claimgraph:strength claimgraph:established ;
///     claimgraph:restsOn method:pet .
/// ```
public struct TurtleExporter: GraphExporter {
  /// The base IRI and language tag.
  public let options: RDFOptions

  /// Creates the exporter.
  public init(options: RDFOptions = .standard) { self.options = options }

  /// Writes the selection as Turtle.
  public func export(_ selection: GraphSelection, to sink: inout some ExportSink) throws {
    try RDFMapping.write(selection, syntax: .turtle, options: options, to: &sink)
  }
}
