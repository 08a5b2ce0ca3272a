import ClaimGraph

/// Writes a selection of a knowledge graph in one file format.
///
/// Implementations stream: they write the document to the sink in chunks, node by node,
/// and their output is a pure function of the selection (byte-for-byte deterministic).
///
/// ```swift
/// var buffer = MemorySink()
/// try GraphMLExporter().export(GraphSelection(graph), to: &buffer)
/// ```
public protocol GraphExporter: Sendable {
  /// Writes the selection to the sink.
  func export(_ selection: GraphSelection, to sink: inout some ExportSink) throws
}

extension GraphExporter {
  /// Writes a whole graph to the sink.
  public func export(_ graph: KnowledgeGraph, to sink: inout some ExportSink) throws {
    try export(GraphSelection(graph), to: &sink)
  }

  /// The export of a selection as bytes, for tests and comparisons.
  public func bytes(of selection: GraphSelection) throws -> [UInt8] {
    var buffer = MemorySink()
    try export(selection, to: &buffer)
    return buffer.bytes
  }
}
