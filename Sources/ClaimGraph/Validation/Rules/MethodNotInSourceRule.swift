/// Reports citations naming an evidence method that their source does not list.
public struct MethodNotInSourceRule: GraphRule {
  /// The id its findings carry, and that configurations, suppressions and baselines name.
  public let id = "method-not-in-source"
  /// A note: a citation may rightly narrow or add to what the source entry records.
  public let defaultSeverity = Severity.note
  /// What `claimgraph rules` lists beside the id.
  public let summary = "A citation names a method that its source does not list."
  /// What `claimgraph lint --explain` prints: why it matters and how to fix it.
  public let explanation = """
    A citation's `methods` say which of the source's evidence methods back the claim. A \
    method the source's own `methods` list lacks is either missing from the source entry \
    or a mistake in the citation. Sources that list no methods at all are not checked, \
    since there is nothing to compare with; neither are citations of sources that do not \
    exist (`unknown-source` reports those).
    """

  /// Creates the rule.
  public init() {}

  /// Reports each such method, at the method in the citation.
  public func check(_ context: ValidationContext) -> [Diagnostic] {
    let graph = context.graph
    return graph.claims.flatMap { claim in
      claim.citations.enumerated().flatMap { offset, citation -> [Diagnostic] in
        guard let source = graph.source(citation.source), !source.methods.isEmpty else {
          return []
        }
        let listed = Set(source.methods)
        return (citation.methods ?? []).enumerated().filter { !listed.contains($0.element) }.map {
          index, method in
          finding(
            "claim '\(claim.id)' cites '\(source.id)' for method '\(method)', which the source "
              + "does not list (it lists \(source.methods.map(\.rawValue).joined(separator: ", ")))",
            node: claim.id, field: "citations[\(offset)].methods[\(index)]", in: context)
        }
      }
    }
  }
}
