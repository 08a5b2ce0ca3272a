import ClaimGraph

/// What every part of the report looks up, computed once from the graph and its lint run:
/// for the whole graph, or for one article of a library (its text, its claims, the sources
/// they cite or its reference list holds, and the findings about them).
struct ReportContext {
  let graph: KnowledgeGraph
  let registry: RuleRegistry
  /// The page's article in a library; nil for the whole graph on one page.
  let article: String?
  /// The claims the page shows, by id.
  let claims: [Claim]
  /// The sources the page shows, in the graph's order.
  let sources: [Source]
  /// The sections of the page's text, in reading order.
  let sections: [Section]
  /// Where the page's claims land in its text; nil when it has none.
  let grounding: Grounding?
  /// The article cut into runs; nil when the graph has no article text.
  let annotation: AnnotatedArticle?
  /// The article's coverage; nil when the graph has no article text.
  let coverage: ArticleCoverage?
  /// The three summary tables, ungrouped, rows in reading order.
  let tables: SummaryTables
  /// Every finding, known debt in the baseline included, in canonical order.
  let findings: [Diagnostic]
  /// Findings the baseline records (a subset of ``findings``).
  let baselined: Int
  /// Findings silenced by a `suppress:` entry with a reason.
  let suppressed: Int

  private let rows: [NodeID: SummaryRow]
  private let findingsByNode: [NodeID: [Diagnostic]]
  private let claimAnchors: [NodeID: String]
  private let sourceAnchors: [NodeID: String]
  private let sectionAnchors: [String: String]
  /// For an article's page, its claims citing each source, by id (a source many articles
  /// cite is not looked up through every article's claims, page after page).
  private let citing: [NodeID: [Claim]]
  /// The claims that state some run of the article.
  let claimsInText: Set<NodeID>

  init(graph: KnowledgeGraph, lint: LintReport, registry: RuleRegistry, article: String? = nil) {
    self.graph = graph
    self.registry = registry
    self.article = article
    if let article {
      let scope = ReportScope(graph, article: article)
      claims = scope.claims
      sources = scope.sources
      sections = graph.article(article)?.sections ?? []
      grounding = graph.grounding(ofArticle: article)
      let shown = Set(claims.map(\.id)).union(sources.map(\.id))
      let text = scope.textPath
      let about = { (finding: Diagnostic) in
        finding.node.map(shown.contains)
          ?? (text != nil && finding.location?.file == text)
      }
      findings = lint.findingsBeforeBaseline.filter(about)
      baselined = lint.baselined.count(where: about)
      suppressed = lint.suppressed.count(where: about)
    } else {
      claims = graph.claims
      sources = graph.sources
      sections = graph.sections
      grounding = graph.grounding
      findings = lint.findingsBeforeBaseline
      baselined = lint.baselined.count
      suppressed = lint.suppressed.count
    }
    annotation = AnnotatedArticle(graph, article: article)
    coverage = ArticleCoverage(graph, article: article)
    tables = SummaryTables(graph, article: article)
    var rows: [NodeID: SummaryRow] = [:]
    for row in tables.tables.flatMap(\.groups).flatMap(\.rows) { rows[row.claim] = row }
    self.rows = rows
    var byNode: [NodeID: [Diagnostic]] = [:]
    for finding in findings {
      if let node = finding.node { byNode[node, default: []].append(finding) }
    }
    findingsByNode = byNode
    claimAnchors = Self.anchors(claims.map(\.id), prefix: "claim")
    sourceAnchors = Self.anchors(sources.map(\.id), prefix: "source")
    var anchors: [String: String] = [:]
    for (index, section) in sections.enumerated() {
      anchors[section.id] = Self.anchor(NodeID(section.id), "section", index)
    }
    sectionAnchors = anchors
    var citing: [NodeID: [Claim]] = [:]
    if article != nil {
      for claim in claims {
        var seen = Set<NodeID>()
        for citation in claim.citations where seen.insert(citation.source).inserted {
          citing[citation.source, default: []].append(claim)
        }
      }
    }
    self.citing = citing
    claimsInText = Set(annotation?.blocks.flatMap(\.runs).flatMap(\.claims) ?? [])
  }

  /// Whether the page's article lists a source (for the whole graph: whether the source
  /// says it is listed).
  func isListed(_ source: Source) -> Bool {
    article == nil ? source.isListed : graph.isListed(source, inArticle: article)
  }

  /// The page's claims citing a source, by id.
  func claims(citing source: NodeID) -> [Claim] {
    guard article != nil else { return graph.claims(citing: source) }
    return citing[source] ?? []
  }

  /// The summary-table row of a claim: its evidence as the tables show it.
  func row(_ claim: NodeID) -> SummaryRow? { rows[claim] }

  /// The findings about a node, in canonical order.
  func findings(about node: NodeID) -> [Diagnostic] { findingsByNode[node] ?? [] }

  /// The element id of a claim's first passage in the text.
  func anchor(ofClaim id: NodeID) -> String { claimAnchors[id] ?? Self.anchor(id, "claim", 0) }

  /// The element id of a source's entry in the list of sources.
  func anchor(ofSource id: NodeID) -> String { sourceAnchors[id] ?? Self.anchor(id, "source", 0) }

  /// The element id of a section's heading in the text (`section-` and the section's id,
  /// as for nodes).
  func anchor(ofSection id: String) -> String {
    sectionAnchors[id] ?? Self.anchor(NodeID(id), "section", sections.count)
  }

  /// A link to a claim's passage when the text states it, else the text alone (escaped).
  func claimLink(_ id: NodeID, text: String) -> String {
    guard claimsInText.contains(id) else { return Escaping.html(text) }
    return "<a href=\"#\(anchor(ofClaim: id))\">\(Escaping.html(text))</a>"
  }

  /// A link to a source's entry, showing its short label; `unlisted` marked.
  func sourceLink(_ id: NodeID) -> String {
    guard let source = graph.source(id) else {
      return "<span class=\"missing\">\(Escaping.html(id.rawValue)) (no such source)</span>"
    }
    let link = "<a href=\"#\(anchor(ofSource: id))\">\(Escaping.html(source.shortLabel))</a>"
    return isListed(source) ? link : link + " <span class=\"unl\">unlisted</span>"
  }

  /// Element ids for nodes: `prefix-` and the node id when it is kebab-case (readable and
  /// safe in a URL fragment), else `prefix--` and the node's position (kebab-case ids
  /// never hold `--`, so the two cannot collide).
  static func anchors(_ ids: [NodeID], prefix: String) -> [NodeID: String] {
    var result: [NodeID: String] = [:]
    for (index, id) in ids.enumerated() { result[id] = anchor(id, prefix, index) }
    return result
  }

  static func anchor(_ id: NodeID, _ prefix: String, _ index: Int) -> String {
    id.isKebabCase ? "\(prefix)-\(id.rawValue)" : "\(prefix)--\(index)"
  }

  /// The words for a claim's backing.
  static func backingText(_ backing: ClaimBacking) -> String {
    switch backing {
    case .listed: "backed by a listed source"
    case .unlisted: "rests only on unlisted sources"
    case .none: "no source backs it"
    }
  }

  /// The sign that marks a backing in the text (none for a listed source).
  static func backingSign(_ backing: ClaimBacking) -> String? {
    switch backing {
    case .listed: nil
    case .unlisted: "◇"
    case .none: "∅"
    }
  }

  /// `1 claim`, `3 claims`.
  static func count(_ number: Int, _ noun: String, plural: String? = nil) -> String {
    "\(number) " + (number == 1 ? noun : plural ?? noun + "s")
  }
}
