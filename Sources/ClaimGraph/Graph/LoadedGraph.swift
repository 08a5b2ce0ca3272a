/// A graph read from files, with where everything was written and what was wrong.
public struct LoadedGraph: Sendable {
  /// The graph; nodes with unrecoverable problems (no id, a duplicate id) are left out.
  public let graph: KnowledgeGraph
  /// Where every node and field was written.
  public let sourceMap: SourceMap
  /// Every problem found while reading, in canonical order.
  public let diagnostics: [Diagnostic]
  /// The files that were read, in the order they were read.
  public let files: [String]

  /// Creates a loaded graph.
  public init(
    graph: KnowledgeGraph, sourceMap: SourceMap, diagnostics: [Diagnostic], files: [String]
  ) {
    self.graph = graph
    self.sourceMap = sourceMap
    self.diagnostics = diagnostics
    self.files = files
  }

  /// Whether any problem is an error: the input is malformed and commands exit with 2.
  public var hasErrors: Bool { diagnostics.contains { $0.severity == .error } }
}
