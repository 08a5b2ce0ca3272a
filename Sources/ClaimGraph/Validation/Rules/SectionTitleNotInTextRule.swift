/// Reports sections whose title is no heading of their article's text.
public struct SectionTitleNotInTextRule: GraphRule {
  /// The id its findings carry, and that configurations, suppressions and baselines name.
  public let id: RuleID = .sectionTitleNotInText
  /// An error: the text cannot be cut into the graph's sections.
  public let defaultSeverity = Severity.error
  /// What `claimgraph rules` lists beside the id.
  public let summary = "A section's title is no heading of its article's text."
  /// What `claimgraph lint --explain` prints: why it matters and how to fix it.
  public let explanation = """
    A section's `title` must be a line of the article's text (its heading, with or \
    without a final colon; whitespace, typographic quotes and dashes are forgiven), so \
    that the text's sentences can be placed in their sections for coverage, the report \
    and `section-mismatch`. Copy the heading as the text gives it into `title:`.
    """

  /// Creates the rule.
  public init() {}

  /// Reports each section of an article with text whose heading the text lacks, at the
  /// first claim filed under it (the section itself is not located).
  public func check(_ context: ValidationContext) -> [Diagnostic] {
    let graph = context.graph
    var findings: [Diagnostic] = []
    for (article, grounding) in graph.groundings {
      let headed = Set(grounding.sentences.filter(\.isHeading).compactMap(\.section))
      for section in article?.sections ?? graph.sections where !headed.contains(section.id) {
        let claim = graph.claims.first {
          $0.section == section.id && graph.articleID(of: $0) == article?.id
        }
        var diagnostic = finding(
          "section '\(section.id)' has the title \"\(section.title)\", which is no heading of "
            + "the article (\(grounding.text.path)); copy the heading as the text gives it",
          node: claim?.id, field: "section", in: context)
        diagnostic.node = nil
        findings.append(diagnostic)
      }
    }
    return findings
  }
}
