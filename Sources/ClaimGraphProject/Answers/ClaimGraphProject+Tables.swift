import ClaimGraph
import ClaimGraphFormats

/// What `claimgraph tables` and `coverage` print, and the one article `--article` names.
extension ClaimGraphProject {
  /// The one article of `graph` that `name` picks: its id, or words of its title.
  ///
  /// - Throws: ``ProjectError/unresolvedChoice(_:_:)`` (``ProjectChoice/article``) when it
  ///   names none or several, listing the library's articles.
  public static func article(named name: String, in graph: KnowledgeGraph) throws(ProjectError)
    -> Article
  {
    let articles = graph.articles(named: name)
    guard articles.count == 1 else {
      let choices = graph.articles.map(\.id).joined(separator: ", ")
      throw .unresolvedChoice(
        .article,
        "'\(name)' names \(articles.isEmpty ? "no article" : "several articles") of the "
          + "library (its articles: \(choices))")
    }
    return articles[0]
  }

  /// What `claimgraph tables --format FORMAT [--by GROUPING] [--article NAME]` prints,
  /// with the claims `filter` keeps.
  ///
  /// - Throws: ``ProjectError/invalidQuery(_:expression:)`` for a malformed filter query,
  ///   ``ProjectError/unresolvedChoice(_:_:)`` when `article` names no one article.
  public static func tables(
    of graph: KnowledgeGraph, format: TablesFormat = .markdown, by grouping: SummaryGrouping? = nil,
    filter: ClaimFilter = .init(), article: String? = nil
  ) throws(ProjectError) -> String {
    let chosen = try article.map { name throws(ProjectError) in
      try self.article(named: name, in: graph).id
    }
    let tables = SummaryTables(
      graph, by: grouping, claims: try filter.claimIDs(in: graph), article: chosen)
    return format.renderer.render(tables)
  }

  /// ``tables(of:format:by:filter:article:)`` over this session's graph.
  ///
  /// - Throws: ``ProjectError`` when the graph cannot be loaded, or as the static form.
  public func tables(
    format: TablesFormat = .markdown, by grouping: SummaryGrouping? = nil,
    filter: ClaimFilter = .init(), article: String? = nil
  ) throws(ProjectError) -> String {
    try Self.tables(
      of: load().graph, format: format, by: grouping, filter: filter, article: article)
  }

  /// What `claimgraph coverage --format FORMAT [--article NAME] [--uncovered]` prints, and
  /// the covered share: per article and a table of the articles for a library, else the
  /// article's sections.
  ///
  /// - Throws: ``ProjectError/noArticleText`` when the graph has no article text,
  ///   ``ProjectError/unresolvedChoice(_:_:)`` when `article` names no one article.
  public static func coverage(
    of graph: KnowledgeGraph, format: CoverageFormat = .text, article: String? = nil,
    uncovered: Bool = false
  ) throws(ProjectError) -> CoverageAnswer {
    var articles = graph.articles
    if let article { articles = [try self.article(named: article, in: graph)] }
    if articles.count > 1 {
      let rows = articles.compactMap { article -> CoverageOutput.ArticleRow? in
        guard let coverage = ArticleCoverage(graph, article: article.id),
          let text = graph.text(ofArticle: article.id)
        else { return nil }
        return (article, coverage, text)
      }
      return CoverageAnswer(
        output: libraryCoverage(rows, format: format, uncovered: uncovered),
        ratio: CoverageOutput.totals(rows).ratio)
    }
    let only = articles.first?.id
    guard let coverage = ArticleCoverage(graph, article: only),
      let text = graph.text(ofArticle: only)
    else { throw .noArticleText }
    let output =
      switch (format, uncovered) {
      case (.text, true): CoverageOutput.uncoveredText(coverage, text: text)
      case (.json, true): CoverageOutput.uncoveredJSON(coverage, text: text).serialized() + "\n"
      case (.markdown, true): CoverageOutput.uncoveredMarkdown(coverage, text: text)
      case (.text, false): CoverageOutput.text(coverage, text: text)
      case (.json, false): CoverageOutput.json(coverage, text: text).serialized() + "\n"
      case (.markdown, false): CoverageOutput.markdown(coverage, text: text)
      }
    return CoverageAnswer(output: output, ratio: coverage.ratio)
  }

  /// ``coverage(of:format:article:uncovered:)`` over this session's graph.
  ///
  /// - Throws: ``ProjectError`` when the graph cannot be loaded, or as the static form.
  public func coverage(
    format: CoverageFormat = .text, article: String? = nil, uncovered: Bool = false
  ) throws(ProjectError) -> CoverageAnswer {
    try Self.coverage(of: load().graph, format: format, article: article, uncovered: uncovered)
  }

  private static func libraryCoverage(
    _ rows: [CoverageOutput.ArticleRow], format: CoverageFormat, uncovered: Bool
  ) -> String {
    switch (format, uncovered) {
    case (.text, true):
      return rows.map { CoverageOutput.uncoveredText($0.coverage, text: $0.text) }.joined()
    case (.json, true):
      let lists = rows.map { row in
        JSONValue.object([
          ("article", .string(row.article.id)),
          ("uncovered", CoverageOutput.uncoveredJSON(row.coverage, text: row.text)),
        ])
      }
      return JSONValue.object([("articles", .array(lists))]).serialized() + "\n"
    case (.markdown, true):
      return rows.map { CoverageOutput.uncoveredMarkdown($0.coverage, text: $0.text) }.joined()
    case (.text, false): return CoverageOutput.text(library: rows)
    case (.json, false): return CoverageOutput.json(library: rows).serialized() + "\n"
    case (.markdown, false): return CoverageOutput.markdown(library: rows)
    }
  }
}
