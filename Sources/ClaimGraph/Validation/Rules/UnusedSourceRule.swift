/// Reports sources that no claim cites.
public struct UnusedSourceRule: GraphRule {
  /// The id its findings carry, and that configurations, suppressions and baselines name.
  public let id = "unused-source"
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
    let cited = Set(context.graph.claims.flatMap { $0.citations.map(\.source) })
    return context.graph.sources.filter { !cited.contains($0.id) }.map { source in
      finding("source '\(source.id)' is not cited by any claim", node: source.id, in: context)
    }
  }
}
