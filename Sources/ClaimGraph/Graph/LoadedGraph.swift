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
  /// Suppressions the reader refused (no reason, or an empty one): they silence nothing,
  /// but the rule they name is still checked, so a typo does not hide behind the first
  /// problem.
  public let rejectedSuppressions: [RejectedSuppression]

  /// A suppression that was written but refused, with where it is.
  public struct RejectedSuppression: Hashable, Sendable {
    /// The node it is on.
    public var node: NodeID
    /// The rule it names.
    public var rule: RuleID
    /// Where it is written.
    public var location: SourceLocation?

    /// Creates a record.
    public init(node: NodeID, rule: RuleID, location: SourceLocation?) {
      self.node = node
      self.rule = rule
      self.location = location
    }
  }

  /// Creates a loaded graph.
  public init(
    graph: KnowledgeGraph, sourceMap: SourceMap, diagnostics: [Diagnostic], files: [String],
    rejectedSuppressions: [RejectedSuppression] = []
  ) {
    self.graph = graph
    self.sourceMap = sourceMap
    self.diagnostics = diagnostics
    self.files = files
    self.rejectedSuppressions = rejectedSuppressions
  }

  /// Whether any problem is an error: the input is malformed and commands exit with 2.
  public var hasErrors: Bool { diagnostics.contains { $0.severity == .error } }
}
