/// Reports sources that no claim cites.
public struct UnusedSourceRule: GraphRule {
  /// The id its findings carry, and that configurations, suppressions and baselines name.
  public let id: RuleID = .unusedSource
  /// A warning: harmless to readers, but usually a forgotten citation.
  public let defaultSeverity = Severity.warning
  /// What `claimgraph rules` lists beside the id.
  public let summary = "No claim cites the source."
  /// What `claimgraph lint --explain` prints: why it matters and how to fix it.
  public let explanation = """
    A source that no claim cites is usually a citation that was forgotten, or a source \
    left behind when its claims were removed. Cite it from the claims it backs, or \
    remove it. (Checkers of LaTeX and Pandoc bibliographies report the same "unused \
    reference".)
    """

  /// Creates the rule.
  public init() {}

  /// Reports each source without an incoming citation, at the source.
  public func check(_ context: ValidationContext) -> [Diagnostic] {
    let graph = context.graph
    var isCited = [Bool](repeating: false, count: graph.sources.count)
    for source in graph.citationIndex.sources where source >= 0 { isCited[Int(source)] = true }
    return graph.sources.indices.filter { !isCited[$0] }.map { offset in
      let source = graph.sources[offset].id
      return finding("source '\(source)' is not cited by any claim", node: source, in: context)
    }
  }
}
