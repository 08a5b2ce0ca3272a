/// Reports sources marked listed that no passage of their article's reference list anchors.
public struct ListedSourceNotInReferencesRule: GraphRule {
  /// The id its findings carry, and that configurations, suppressions and baselines name.
  public let id: RuleID = .listedSourceNotInReferences
  /// An error: a source that calls itself listed is the one way to back a claim, so it must
  /// be checked against the list, or an invented source passes the gate.
  public let defaultSeverity = Severity.error
  /// What `claimgraph rules` lists beside the id.
  public let summary = "A source marked listed quotes no entry of its article's reference list."
  /// What `claimgraph lint --explain` prints: why it matters and how to fix it.
  public let explanation = """
    A source is *listed* when the article's reference list holds it, and only a listed \
    source backs a claim fully. Saying so is not enough: a listed source quotes its entry \
    (`quote:`, as the reference list words it), and that quote must lie in the reference \
    list, the section whose title names one ("References", "Bibliography", "Works cited", \
    "Sources"…; the `references` cue list, extended under `cues:` in `.claimgraph.yml`). \
    `listed:` still defaults to true, since most sources an author enters are entries of \
    the list; but where the text holds no entry for it, the source is not listed — it \
    counts as unlisted in every output (backing, tables, the report, `listed:` queries) — \
    and this error fires. A default of false would let an invented source pass as an \
    unlisted one with a mere warning; a default that the text must confirm fails the gate \
    until the author either quotes the entry or writes `listed: false` with \
    `mentioned_as:` (what the text says of the study). In a library, a source is checked \
    against the articles that cite it: one of their reference lists must hold it. An \
    article without a text cannot be checked, and keeps what the source says.
    """

  /// Creates the rule.
  public init() {}

  /// Reports each listed source whose quotes anchor it in no reference list of the articles
  /// that cite it (in a graph of one article, of that article), at its `quote`, else its
  /// `listed`, else the source.
  public func check(_ context: ValidationContext) -> [Diagnostic] {
    let graph = context.graph
    let groundings = graph.groundings
    guard !groundings.isEmpty else { return [] }
    let only = graph.articles.count <= 1 && groundings.count == 1 ? groundings.first : nil
    // Each article's reference-list sections, read from its titles once.
    var listsByArticle: [String: Set<String>] = [:]
    for (article, _) in groundings {
      listsByArticle[article?.id ?? ""] = Self.referenceLists(
        of: article?.id, in: graph, cues: context.cues)
    }
    func lists(of article: Article?) -> Set<String> { listsByArticle[article?.id ?? ""] ?? [] }
    var findings: [Diagnostic] = []
    for source in graph.sources where source.isListed {
      let candidates: [(article: Article?, grounding: Grounding)]
      if let only {
        candidates = [only]
      } else {
        candidates = graph.articles(citing: source.id).compactMap { article in
          graph.grounding(ofArticle: article.id).map { (article, $0) }
        }
      }
      guard !candidates.isEmpty else { continue }
      var outside: (span: TextSpan, section: String?, grounding: Grounding, article: Article?)?
      var anyFound = false
      var held = false
      for (article, grounding) in candidates {
        let lists = lists(of: article)
        for span in grounding.matches(ofSource: source.id).flatMap(\.spans) {
          anyFound = true
          let section = SectionMismatchRule.section(at: span.start, in: grounding.sentences)
          if let section, lists.contains(section) {
            held = true
          } else if outside == nil {
            outside = (span, section, grounding, article)
          }
        }
      }
      // A quote found nowhere is `quote-not-found`'s, with the nearest passage.
      guard !held, source.quotes.isEmpty || anyFound else { continue }
      // Whether the source says `listed: true` itself, or takes the default.
      let marked =
        context.sourceMap.location(of: source.id, field: "listed")
          != context.sourceMap.location(of: source.id)
        ? "is marked listed" : "is marked listed (`listed:` defaults to true)"
      let message: String
      if let outside {
        let place =
          "\(outside.grounding.text.path):\(outside.span.line):\(outside.span.column)"
        let lists = lists(of: outside.article).sorted().map { "'\($0)'" }
        let section = outside.section.map { "section '\($0)'" } ?? "the text before any section"
        let remedy =
          lists.isEmpty
          ? "and \(Self.name(outside.article, outside.grounding)) declares no reference list (a "
            + "section whose title names one, such as \"References\"); declare the list's "
            + "heading under `sections:`"
          : "not in the reference list (section \(lists.joined(separator: ", "))); quote its "
            + "entry as the reference list gives it"
        message =
          "source '\(source.id)' \(marked), but its quote lies at \(place), in \(section), "
          + remedy + ", or mark it `listed: false` with `mentioned_as:`"
      } else {
        let names = candidates.map { Self.name($0.article, $0.grounding) }
        message =
          "source '\(source.id)' \(marked), but quotes no entry of the reference list of "
          + names.joined(separator: ", ") + ", so it counts as unlisted; add `quote:` with its "
          + "entry as the reference list gives it, or, if the list lacks it, mark it "
          + "`listed: false` with `mentioned_as:`"
      }
      let field = source.quotes.isEmpty ? "listed" : "quote"
      findings.append(finding(message, node: source.id, field: field, in: context))
    }
    return findings
  }

  /// The ids of an article's sections whose titles name a reference list.
  static func referenceLists(of article: String?, in graph: KnowledgeGraph, cues: Cues) -> Set<
    String
  > {
    let sections =
      article.flatMap { graph.article($0)?.sections }
      ?? graph.sections
    return Set(sections.filter { cues.contains(.references, in: $0.title) }.map(\.id))
  }

  /// How messages name an article: by its id and text, or by its text alone.
  private static func name(_ article: Article?, _ grounding: Grounding) -> String {
    article.map { "article '\($0.id)' (\(grounding.text.path))" } ?? grounding.text.path
  }
}
