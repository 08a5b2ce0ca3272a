/// Reports sentences of the article that no claim anchors.
public struct UncoveredSentenceRule: GraphRule {
  /// The id its findings carry, and that configurations, suppressions and baselines name.
  public let id: RuleID = .uncoveredSentence
  /// An error, like `uncited-claim`: a graph that no longer encodes its article fails the
  /// gate, so a factual sentence added to the text cannot pass unnoticed.
  public let defaultSeverity = Severity.error
  /// What `claimgraph rules` lists beside the id.
  public let summary = "A sentence of the article is anchored by no claim."
  /// What `claimgraph lint --explain` prints: why it matters and how to fix it.
  public let explanation = """
    Every factual sentence of the article should be stated by at least one claim, or \
    the graph silently leaves part of the article out. A sentence counts as covered when \
    a claim's quote (or, in the reference list, a source's) overlaps it; headings (the \
    article's and the sections' titles) and passages listed under `unclaimed:` in the \
    article file, each with its reason (a disclaimer, a question, a navigation line), are \
    not counted. `claimgraph coverage` gives the same list per section with the share \
    covered. The rule is on and an error by default, like `uncited-claim`: a sentence \
    added to the article fails the gate until a claim states it or `unclaimed:` gives the \
    reason it states none. A graph being built keeps its known gaps in the baseline \
    (`claimgraph lint --write-baseline`), or lowers the rule with \
    `uncovered-sentence: note` (or `off`) under `rules:` in `.claimgraph.yml`.
    """

  /// Creates the rule.
  public init() {}

  /// Reports each uncovered sentence, at its place in the article.
  public func check(_ context: ValidationContext) -> [Diagnostic] {
    context.graph.groundings.flatMap { article, grounding -> [Diagnostic] in
      guard let coverage = ArticleCoverage(context.graph, article: article?.id) else { return [] }
      let text = grounding.text
      return coverage.sections.flatMap { section in
        section.uncovered.map { span in
          Diagnostic(
            rule: id, severity: defaultSeverity,
            message: "no claim anchors the sentence "
              + AnchoredQuote.shortened(text.excerpt(span.start..<span.end))
              + " (section '\(section.section ?? "front matter")')",
            location: SourceLocation(file: text.path, line: span.line, column: span.column))
        }
      }
    }
  }
}
