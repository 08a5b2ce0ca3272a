/// Reports claims backed only by sources that the article's reference list lacks.
public struct UnlistedSourceRule: GraphRule {
  /// The id its findings carry, and that configurations, suppressions and baselines name.
  public let id = "unlisted-source"
  /// A warning: the claim is backed, but a reader cannot check the backing.
  public let defaultSeverity = Severity.warning
  /// What `claimgraph rules` lists beside the id.
  public let summary = "A claim rests only on sources the reference list lacks."
  /// What `claimgraph lint --explain` prints: why it matters and how to fix it.
  public let explanation = """
    The article invokes studies ("PET studies confirm…", "research by X and colleagues…") \
    that its reference list does not include; the graph records them as sources with \
    `listed: false`. A claim whose every backing citation is such a source cannot be \
    checked by a reader. Add the study to the article's reference list (and set \
    `listed: true` with its bibliographic data), or cite a listed source as well.
    """

  /// Creates the rule.
  public init() {}

  /// Reports each backed claim whose backing sources all exist and are unlisted, at its
  /// first backing citation.
  public func check(_ context: ValidationContext) -> [Diagnostic] {
    let graph = context.graph
    return graph.claims.compactMap { claim in
      let backing = graph.backingCitations(of: claim)
      let sources = backing.compactMap { graph.source($0.element.source) }
      guard let first = backing.first, sources.count == backing.count,
        sources.allSatisfy({ !$0.isListed })
      else { return nil }
      var seen = Set<NodeID>()
      let names = sources.map(\.id).filter { seen.insert($0).inserted }
        .map { "'\($0)'" }.joined(separator: ", ")
      return finding(
        "claim '\(claim.id)' rests only on sources the reference list lacks: \(names)",
        node: claim.id, field: "citations[\(first.offset)].source", in: context)
    }
  }
}
