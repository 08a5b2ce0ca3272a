import ClaimGraph

/// The evidence report's index page for a library of several articles: each article with
/// its counts and coverage, linked to its own page (``HTMLReport`` with an article), the
/// places where articles disagree, each naming both claims and their articles with links
/// to their passages, the findings no article page shows, and pictures of the library.
///
/// Like the article pages it is self-contained, escapes every text from the graph and
/// gives the same bytes for the same graph, report, pages and pictures.
///
/// ```swift
/// let pages = graph.articles.map { HTMLLibraryIndex.Page(article: $0.id, address: "\($0.id).html") }
/// let index = HTMLLibraryIndex(graph: graph, lint: report, pages: pages).render()
/// ```
public struct HTMLLibraryIndex: Sendable {
  /// Where an article's page is, relative to the index page.
  public struct Page: Sendable, Hashable {
    /// The article's id.
    public let article: String
    /// The page's address relative to the index (a file name beside it).
    public let address: String

    /// The page of `article` at `address`, relative to the index.
    public init(article: String, address: String) {
      self.article = article
      self.address = address
    }
  }

  /// The library the page describes.
  public let graph: KnowledgeGraph
  /// The library's lint report, whose disagreement findings the page lists.
  public let lint: LintReport
  /// The rules, for their order and summaries.
  public let registry: RuleRegistry
  /// The article pages the index links, in the order listed.
  public let pages: [Page]
  /// The pictures of the library; those without SVG are described in words.
  public let pictures: [ReportPicture]
  /// Why pictures are missing, shown in their place.
  public let picturesNote: String?

  /// The index page of the library `graph`, its `lint` report and its article `pages`.
  public init(
    graph: KnowledgeGraph, lint: LintReport, registry: RuleRegistry = .standard,
    pages: [Page], pictures: [ReportPicture] = [], picturesNote: String? = nil
  ) {
    self.graph = graph
    self.lint = lint
    self.registry = registry
    self.pages = pages
    self.pictures = pictures
    self.picturesNote = picturesNote
  }

  /// The rules whose findings are the library's disagreements, in the order listed.
  public static let disagreementRules = [
    StrengthDisagreementRule().id, StanceDisagreementRule().id,
  ]

  /// The whole self-contained page.
  public func render() -> String {
    let articles = pages.compactMap { page in graph.article(page.article).map { (page, $0) } }
    let scopes = articles.map { ReportScope(graph, article: $0.1.id) }
    let findings = lint.findingsBeforeBaseline
    var html = HTMLReport.opening(title: "The library — evidence report")
    html += """
      <a class="skip" href="#articles">Skip to the articles</a>
      <header>
      <p class="kicker">Evidence report</p>
      <h1>The library: \(ReportContext.count(articles.count, "article"))</h1>
      <p class="lede">Each article annotated on its own page, passage by passage; here, the \
      articles side by side and the places where they disagree.</p>
      </header>
      <nav aria-label="Contents">
      <ul>
      <li><a href="#articles">The articles</a></li>
      <li><a href="#disagreements">Where the articles disagree</a></li>
      <li><a href="#other-findings">Findings about no one article</a></li>
      <li><a href="#pictures">Pictures</a></li>
      </ul>
      </nav>
      <main>

      """
    html += articleTable(articles, scopes: scopes, findings: findings)
    html += disagreements(findings, scopes: scopes)
    html += otherFindings(findings, scopes: scopes)
    html += ReportPictures.html(pictures, note: picturesNote)
    html += """
      </main>
      <footer>
      <p>Made by <code>claimgraph report</code> from the library's knowledge graph.</p>
      </footer>
      <script>\(ReportStyle.script)</script>
      </body>
      </html>

      """
    return html
  }

  /// Each article: its page, its claims by strength, how many are cited, its coverage and
  /// its findings; then the library's totals.
  private func articleTable(
    _ articles: [(Page, Article)], scopes: [ReportScope], findings: [Diagnostic]
  ) -> String {
    var html = "<section id=\"articles\" aria-labelledby=\"articles-h\">\n"
    html += "<h2 id=\"articles-h\">The articles</h2>\n"
    html += "<table class=\"claims\">\n<thead><tr><th scope=\"col\">Article</th>"
    html += "<th scope=\"col\">Claims</th>"
    for strength in EvidenceStrength.allCases {
      html += "<th scope=\"col\">\(strength.rawValue.capitalized)</th>"
    }
    html += "<th scope=\"col\">Cited</th><th scope=\"col\">Coverage</th>"
    html += "<th scope=\"col\">Findings</th></tr></thead>\n<tbody>\n"
    var total = (claims: 0, strengths: [EvidenceStrength: Int](), cited: 0)
    var (factual, covered) = (0, 0)
    var shownAnywhere = Set<NodeID>()
    for ((page, article), scope) in zip(articles, scopes) {
      let claims = scope.claims
      let cited = claims.count { graph.backing(of: $0) != .none }
      let shown = Set(claims.map(\.id)).union(scope.sources.map(\.id))
      shownAnywhere.formUnion(shown)
      let own = findings.count { $0.node.map(shown.contains) ?? false }
      html += "<tr><th scope=\"row\"><a href=\"\(Escaping.html(page.address))\">"
      html += "\(Escaping.html(article.title))</a></th><td>\(claims.count)</td>"
      for strength in EvidenceStrength.allCases {
        let count = claims.count { $0.strength == strength }
        total.strengths[strength, default: 0] += count
        html += "<td>\(count)</td>"
      }
      var share = "–"
      if let coverage = ArticleCoverage(graph, article: article.id) {
        share = "\(coverage.shareText) (\(coverage.covered) of \(coverage.factual))"
        factual += coverage.factual
        covered += coverage.covered
      }
      html += "<td>\(cited)</td><td>\(share)</td><td>\(own)</td></tr>\n"
      total.claims += claims.count
      total.cited += cited
    }
    // A finding about a source two articles cite is on both pages, and counted once here.
    let found = findings.count { $0.node.map(shownAnywhere.contains) ?? false }
    let share =
      factual == 0
      ? "–"
      : "\(ArticleCoverage.percent(Double(covered) / Double(factual))) (\(covered) of \(factual))"
    html += "</tbody>\n<tfoot><tr><th scope=\"row\">The library</th><td>\(total.claims)</td>"
    for strength in EvidenceStrength.allCases {
      html += "<td>\(total.strengths[strength] ?? 0)</td>"
    }
    html += "<td>\(total.cited)</td><td>\(share)</td><td>\(found)</td></tr></tfoot>\n"
    return html + "</table>\n</section>\n"
  }

  /// The disagreement findings by rule, each with its place and links to the passages of
  /// every claim it names, on their articles' pages.
  private func disagreements(_ findings: [Diagnostic], scopes: [ReportScope]) -> String {
    var html = "<section id=\"disagreements\" aria-labelledby=\"disagreements-h\">\n"
    html += "<h2 id=\"disagreements-h\">Where the articles disagree</h2>\n"
    let found = findings.filter { Self.disagreementRules.contains($0.rule) }
    guard !found.isEmpty else {
      return html + "<p>The articles agree: no two state one thing differently.</p>\n</section>\n"
    }
    let links = ClaimPages(graph: graph, pages: pages, scopes: scopes)
    for (index, rule) in Self.disagreementRules.enumerated() {
      let items = found.filter { $0.rule == rule }
      guard !items.isEmpty else { continue }
      html += "<section>\n<h3 id=\"\(ReportContext.anchor(NodeID(rule), "rule", index))\">"
      html += "<code>\(Escaping.html(rule))</code> (\(items.count))</h3>\n"
      if let summary = registry.descriptor(for: rule)?.summary {
        html += "<p>\(Escaping.html(summary))</p>\n"
      }
      html += "<ol class=\"findings\">\n"
      for finding in items {
        html += "<li><span class=\"sev\">\(finding.severity.rawValue)</span> "
        if let location = finding.location {
          html += "<code>\(Escaping.html(location.description))</code> "
        }
        html += Escaping.html(finding.message)
        let named = links.claims(namedIn: finding)
        if !named.isEmpty {
          html += "<br>The passages: " + named.map(links.link).joined(separator: "; ")
        }
        html += "</li>\n"
      }
      html += "</ol>\n</section>\n"
    }
    return html + "</section>\n"
  }

  /// The findings about nothing an article page shows (an entity, a source no article
  /// cites, the library as a whole); a finding about no node located in an article's text
  /// is that article's.
  private func otherFindings(_ findings: [Diagnostic], scopes: [ReportScope]) -> String {
    var shown = Set<NodeID>()
    for scope in scopes {
      shown.formUnion(scope.claims.map(\.id))
      shown.formUnion(scope.sources.map(\.id))
    }
    let texts = Set(scopes.compactMap(\.textPath))
    let others = findings.filter { finding in
      !(finding.node.map(shown.contains)
        ?? finding.location.map { texts.contains($0.file) } ?? false)
    }
    var html = "<section id=\"other-findings\" aria-labelledby=\"other-findings-h\">\n"
    html += "<h2 id=\"other-findings-h\">Findings about no one article</h2>\n"
    guard !others.isEmpty else {
      return html + "<p>Every finding is about an article's claims or sources, and listed "
        + "on its page.</p>\n</section>\n"
    }
    html += "<ol class=\"findings\">\n"
    for finding in others {
      html += "<li><span class=\"sev\">\(finding.severity.rawValue)</span> "
      html += "<code>\(Escaping.html(finding.rule))</code> "
      if let location = finding.location {
        html += "<code>\(Escaping.html(location.description))</code> "
      }
      html += Escaping.html(finding.message) + "</li>\n"
    }
    return html + "</ol>\n</section>\n"
  }
}

/// Where each claim of the library is stated: its article's page and the anchor of its
/// first passage there, as ``ReportContext`` names it.
private struct ClaimPages {
  let graph: KnowledgeGraph
  private var places: [NodeID: (page: HTMLLibraryIndex.Page, anchor: String?)] = [:]

  init(graph: KnowledgeGraph, pages: [HTMLLibraryIndex.Page], scopes: [ReportScope]) {
    self.graph = graph
    for (page, scope) in zip(pages, scopes) {
      let anchors = ReportContext.anchors(scope.claims.map(\.id), prefix: "claim")
      let grounding = graph.grounding(ofArticle: page.article)
      for claim in scope.claims {
        let stated = !(grounding?.passages(ofClaim: claim.id).isEmpty ?? true)
        places[claim.id] = (page, stated ? anchors[claim.id] : nil)
      }
    }
  }

  /// The claims a finding names: the one it is about, then each other claim its message
  /// quotes (`'id'`), in order, each once.
  func claims(namedIn finding: Diagnostic) -> [NodeID] {
    var named: [NodeID] = finding.node.map { [$0] } ?? []
    for (index, part) in finding.message.split(separator: "'", omittingEmptySubsequences: false)
      .enumerated() where index % 2 == 1
    {
      let id = NodeID(String(part))
      if places[id] != nil, !named.contains(id) { named.append(id) }
    }
    return named.filter { places[$0] != nil }
  }

  /// A link to a claim's passage on its article's page, naming the claim and the article.
  func link(_ id: NodeID) -> String {
    guard let place = places[id] else { return Escaping.html(id.rawValue) }
    let address = place.page.address + (place.anchor.map { "#" + $0 } ?? "")
    let title = graph.article(place.page.article)?.title ?? place.page.article
    return "<a href=\"\(Escaping.html(address))\"><code>\(Escaping.html(id.rawValue))</code></a>"
      + " in <cite>\(Escaping.html(title))</cite>"
  }
}
