/// Reports claims filed under one section whose quotes all lie in another.
public struct SectionMismatchRule: GraphRule {
  /// The id its findings carry, and that configurations, suppressions and baselines name.
  public let id: RuleID = .sectionMismatch
  /// A warning: the claim is stated, only filed in the wrong place.
  public let defaultSeverity = Severity.warning
  /// What `claimgraph rules` lists beside the id.
  public let summary = "A claim's quotes lie in another section than its `section:`."
  /// What `claimgraph lint --explain` prints: why it matters and how to fix it.
  public let explanation = """
    A claim says where the article states it with `section:`, and quotes the words that \
    state it. When every passage it quotes lies under another section's heading, tables, \
    coverage and the report file it in the wrong place. Set `section:` to the section the \
    message names, or quote the passage of the section it names.
    """

  /// Creates the rule.
  public init() {}

  /// Reports each claim whose found quotes all lie in one other section, at its `section`.
  public func check(_ context: ValidationContext) -> [Diagnostic] {
    let graph = context.graph
    var findings: [Diagnostic] = []
    for claim in graph.claims {
      guard let section = claim.section, graph.section(of: claim) != nil,
        let grounding = graph.grounding(of: claim)
      else { continue }
      let starts = grounding.matches(ofClaim: claim.id).compactMap { match -> TextSpan? in
        if case .found(let span) = match { return span }
        return nil
      }
      let sections = Set(starts.map { Self.section(at: $0.start, in: grounding.sentences) })
      guard sections.count == 1, let found = sections.first, let other = found,
        other != section, let first = starts.first
      else { continue }
      let title = graph.section(other, inArticle: graph.articleID(of: claim))?.title ?? other
      findings.append(
        finding(
          "claim '\(claim.id)' is filed under section '\(section)', but its quotes lie in "
            + "section '\(other)' (\(title)), at \(grounding.text.path):\(first.line):"
            + "\(first.column); set `section: \(other)` or quote the passage of '\(section)'",
          node: claim.id, field: "section", in: context))
    }
    return findings
  }

  /// The section of the sentence holding a text offset (nil before the first heading).
  static func section(at offset: Int, in sentences: [Sentence]) -> String? {
    var low = 0
    var high = sentences.count
    while low < high {
      let middle = (low + high) / 2
      if sentences[middle].span.start <= offset { low = middle + 1 } else { high = middle }
    }
    return low == 0 ? nil : sentences[low - 1].section
  }
}
