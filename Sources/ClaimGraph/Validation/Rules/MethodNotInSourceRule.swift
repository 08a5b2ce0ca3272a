/// Reports citations naming an evidence method that their source does not list.
public struct MethodNotInSourceRule: GraphRule {
  /// The id its findings carry, and that configurations, suppressions and baselines name.
  public let id: RuleID = .methodNotInSource
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
    let index = graph.citationIndex
    return graph.claims.indices.flatMap { offset -> [Diagnostic] in
      let citations = index.citations(ofClaimAt: offset)
      // Only citations that name methods of their own, of a source that lists some.
      let checked = citations.filter { citation in
        let source = Int(index.sources[citation])
        return source >= 0 && !graph.sources[source].methods.isEmpty
          && graph.claims[offset].citations[citation - citations.lowerBound].methods != nil
      }
      guard !checked.isEmpty else { return [] }
      let claim = graph.claims[offset]
      return checked.flatMap { citation -> [Diagnostic] in
        let source = graph.sources[Int(index.sources[citation])]
        let position = citation - citations.lowerBound
        // A source lists a few methods: a scan beats hashing them into a set per citation.
        return (claim.citations[position].methods ?? []).enumerated().filter {
          !source.methods.contains($0.element)
        }.map { methodIndex, method in
          finding(
            "claim '\(claim.id)' cites '\(source.id)' for method '\(method)', which the source "
              + "does not list (it lists \(source.methods.map(\.rawValue).joined(separator: ", ")))",
            node: claim.id, field: "citations[\(position)].methods[\(methodIndex)]", in: context)
        }
      }
    }
  }
}
