/// Reports unlisted sources given a publication type that the text never names.
public struct UntypedAppealRule: GraphRule {
  /// The id its findings carry, and that configurations, suppressions and baselines name.
  public let id: RuleID = .untypedAppeal
  /// A warning: the type weighs the evidence (`established-on-weak-evidence` reads it).
  public let defaultSeverity = Severity.warning
  /// What `claimgraph rules` lists beside the id.
  public let summary = "An unlisted source has a publication type the text does not name."
  /// What `claimgraph lint --explain` prints: why it matters and how to fix it.
  public let explanation = """
    A source the reference list lacks is known only by what the text says of it. "Some \
    research suggests" names no kind of publication, so giving it `primary_research` or \
    `meta_analysis` invents evidence the article does not describe. The rule reports an \
    unlisted source (`listed: false`) whose type is not `other` while neither its \
    `mentioned_as:`, its own quotes nor the quotes of the citations of it name a type \
    ("study", "trial", "meta-analysis", "review", "guidelines" …: the `types` cue list of \
    `Cues`, extended under `cues:` in `.claimgraph.yml`). Write `type: other`, or quote \
    the words that name the type.
    """

  /// Creates the rule.
  public init() {}

  /// Reports each unlisted source typed beyond its text, at its type.
  public func check(_ context: ValidationContext) -> [Diagnostic] {
    let graph = context.graph
    var citing: [NodeID: [String]] = [:]
    for claim in graph.claims {
      for citation in claim.citations {
        citing[citation.source, default: []] += citation.quotes.map(\.exact)
      }
    }
    return graph.sources.compactMap { source -> Diagnostic? in
      guard !source.isListed, let type = source.type, type != .other else { return nil }
      let texts =
        [source.mentionedAs].compactMap { $0 } + source.quotes.map(\.exact)
        + (citing[source.id] ?? [])
      guard !texts.contains(where: { context.cues.contains(.types, in: $0) }) else { return nil }
      return finding(
        "unlisted source '\(source.id)' is typed '\(type.rawValue)', but the words that "
          + "mention it name no kind of publication (no \"study\", \"trial\", "
          + "\"meta-analysis\", \"review\", \"guidelines\" …); write `type: other`, or quote "
          + "the words that name its type",
        node: source.id, field: "type", in: context)
    }
  }
}
