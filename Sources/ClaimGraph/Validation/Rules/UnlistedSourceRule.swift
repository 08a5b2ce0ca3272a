/// Reports claims backed only by sources that the article's reference list lacks.
public struct UnlistedSourceRule: GraphRule {
  /// The id its findings carry, and that configurations, suppressions and baselines name.
  public let id: RuleID = .unlistedSource
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
    let index = graph.citationIndex
    return index.backings.indices.compactMap { offset in
      // Unlisted backing: at least one backing source exists, and none is listed.
      guard graph.backing(ofClaimAt: offset) == .unlisted else { return nil }
      let citations = index.citations(ofClaimAt: offset)
      let backing = citations.filter { index.roles[$0].contains(.backing) }
      // A backing citation of a source that does not exist is `unknown-source`'s.
      guard let first = backing.first, backing.allSatisfy({ index.sources[$0] >= 0 }) else {
        return nil
      }
      var seen = Set<Int32>()
      let names = backing.map { index.sources[$0] }.filter { seen.insert($0).inserted }
        .map { "'\(graph.sources[Int($0)].id)'" }.joined(separator: ", ")
      let claim = graph.claims[offset].id
      return finding(
        "claim '\(claim)' rests only on sources the reference list lacks: \(names)",
        node: claim, field: "citations[\(first - citations.lowerBound)].source", in: context)
    }
  }
}
