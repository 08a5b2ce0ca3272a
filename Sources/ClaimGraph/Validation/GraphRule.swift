/// One check over a knowledge graph, with a stable identifier: the protocol every rule
/// `claimgraph lint` runs over the graph conforms to (the linter's own rules about
/// suppressions and configuration are ``LinterRule``; the readers' are ``InputRule``).
///
/// A rule is a small value: it looks at one thing and reports each problem it finds as a
/// ``Diagnostic`` carrying its ``id`` and ``defaultSeverity``. Severity overrides,
/// suppressions and baselines are applied afterwards by the linter, not by the rule.
public protocol GraphRule: Sendable {
  /// The stable identifier (``RuleID/uncitedClaim``); never reused for another meaning.
  var id: RuleID { get }
  /// The severity findings have unless configured otherwise.
  var defaultSeverity: Severity { get }
  /// Whether the rule runs when the configuration does not mention it.
  var isEnabledByDefault: Bool { get }
  /// A one-line description for `claimgraph rules`.
  var summary: String { get }
  /// A longer explanation for `claimgraph lint --explain`: why it matters, how to fix it.
  var explanation: String { get }
  /// Reports every problem this rule finds in the context's graph.
  func check(_ context: ValidationContext) -> [Diagnostic]
}

extension GraphRule {
  /// Rules run unless the configuration turns them off.
  public var isEnabledByDefault: Bool { true }

  /// A finding of this rule at the default severity, located through the source map.
  public func finding(
    _ message: String, node: NodeID?, field: String? = nil, in context: ValidationContext
  ) -> Diagnostic {
    Diagnostic(
      rule: id, severity: defaultSeverity, message: message,
      location: node.flatMap { context.sourceMap.location(of: $0, field: field) }, node: node)
  }
}

/// What a rule looks at: the graph, where its values were written, and the thresholds.
public struct ValidationContext: Sendable {
  /// The graph to check.
  public let graph: KnowledgeGraph
  /// Where nodes and fields were written; empty for graphs built in code.
  public let sourceMap: SourceMap
  /// Tunable thresholds, by rule and option name.
  public let options: [RuleOption.Key: Int]
  /// The current year, for rules about dates (a parameter, so checks stay pure).
  public let currentYear: Int
  /// The words the rules that read a claim's sentence look for.
  public let cues: Cues
  /// Each claim's sentences, for the rules that read them: built once, on first use.
  let readings: ClaimReadings

  /// Creates a context.
  public init(
    graph: KnowledgeGraph, sourceMap: SourceMap = SourceMap(), options: [RuleOption.Key: Int] = [:],
    currentYear: Int, cues: Cues = .standard
  ) {
    self.cues = cues
    self.graph = graph
    self.sourceMap = sourceMap
    self.options = options
    self.currentYear = currentYear
    self.readings = ClaimReadings(graph)
  }
}
