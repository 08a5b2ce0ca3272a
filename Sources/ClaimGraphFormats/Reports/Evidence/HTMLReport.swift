import ClaimGraph

/// The evidence report: one self-contained HTML page with the article's text annotated
/// passage by passage, and around it the headline numbers, the summary tables, the lint
/// findings, the sources and pictures of the graph.
///
/// The page needs nothing from outside: its style sheet and its one small script (which
/// lets Escape hide a popup) are inline, and its Content Security Policy allows no
/// request and no other script. Every text from the graph is escaped, so a label holding
/// markup stays text. The same graph, lint report and pictures give the same bytes.
///
/// ```swift
/// var pictures = ReportPicture.planned(for: graph)   // then set each `svg` (dot -Tsvg)
/// let page = HTMLReport(graph: graph, lint: report, pictures: pictures).render()
/// ```
public struct HTMLReport: Sendable {
  /// The graph the page describes: its article, claims, sources and pictures.
  public let graph: KnowledgeGraph
  /// The graph's lint report; the page lists every finding, the baseline's included.
  public let lint: LintReport
  /// The rules, for their order and summaries.
  public let registry: RuleRegistry
  /// The pictures; those without SVG are described in words.
  public let pictures: [ReportPicture]
  /// Why pictures are missing (say, Graphviz is not installed), shown in their place.
  public let picturesNote: String?
  /// The article of a library the page is about (its text, its claims, the sources they
  /// cite or its reference list holds, the findings about them); nil: the whole graph.
  public let article: String?
  /// The address of the library's index page (``HTMLLibraryIndex``), linked from the page;
  /// nil: no link.
  public let indexPage: String?

  /// The report page of `graph` and its `lint` report.
  ///
  /// `pictures` without SVG are described in words, and `picturesNote` says why when there
  /// are none. With `article`, the page of that article of a library, linking `indexPage`
  /// when given.
  public init(
    graph: KnowledgeGraph, lint: LintReport, registry: RuleRegistry = .standard,
    pictures: [ReportPicture] = [], picturesNote: String? = nil, article: String? = nil,
    indexPage: String? = nil
  ) {
    self.graph = graph
    self.lint = lint
    self.registry = registry
    self.pictures = pictures
    self.picturesNote = picturesNote
    self.article = article
    self.indexPage = indexPage
  }

  /// The whole self-contained page (styles and pictures inline), deterministic for a
  /// given graph, report and pictures.
  public func render() -> String {
    let context = ReportContext(graph: graph, lint: lint, registry: registry, article: article)
    let title =
      article.flatMap { graph.article($0)?.title } ?? graph.article?.title ?? "Evidence report"
    var html = Self.opening(title: "\(title) — evidence report")
    html += """
      <a class="skip" href="#article">Skip to the annotated article</a>
      <header>
      <p class="kicker">Evidence report</p>
      <h1>\(Escaping.html(title))</h1>
      <p class="lede">The article as published, each passage marked by how firmly it is \
      stated and whether a source backs it, with the claims, citations and findings of its \
      knowledge graph.</p>
      </header>
      <nav aria-label="Contents">
      <ul>
      <li><a href="#glance">At a glance</a></li>
      <li><a href="#article">The article, annotated</a></li>
      <li><a href="#tables">What we know, what we don't, and the myths</a></li>
      <li><a href="#findings">Lint findings</a></li>
      <li><a href="#sources">Sources</a></li>
      <li><a href="#pictures">Pictures</a></li>
      \(indexPage.map { "<li><a href=\"\(Escaping.html($0))\">The library</a></li>\n" } ?? "")\
      </ul>
      </nav>
      <main>

      """
    html += ReportSummary.html(context)
    html += ReportArticle.html(context)
    html += ReportTables.html(context)
    html += ReportFindings.html(context)
    html += ReportSources.html(context)
    html += ReportPictures.html(pictures, note: picturesNote)
    html += """
      </main>
      <footer>
      <p>Made by <code>claimgraph report</code> from the article's knowledge graph. Claims \
      are in the graph's own words; the marked text is the article's.</p>
      </footer>
      <script>\(ReportStyle.script)</script>
      </body>
      </html>

      """
    return html
  }

  /// A report page's opening: its title, its Content Security Policy (no request, no
  /// script but the page's own) and its style sheet.
  static func opening(title: String) -> String {
    let policy =
      "default-src 'none'; style-src 'unsafe-inline'; "
      + "script-src 'sha256-\(SHA256.base64Digest(of: ReportStyle.script))'; "
      + "base-uri 'none'; form-action 'none'"
    return HTMLPage.opening(
      title: title,
      meta: ["<meta http-equiv=\"Content-Security-Policy\" content=\"\(policy)\">"],
      styleSheet: ReportStyle.css)
  }
}
