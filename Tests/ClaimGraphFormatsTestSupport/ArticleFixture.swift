import ClaimGraph
import ClaimGraphTestSupport
import ClaimGraphYAML

/// The endorphin article's graph under `Graph/`, loaded once for every test that reads it.
package enum ArticleFixture {
  /// The article's graph as the loader returns it.
  package static let loaded = GraphLoader().load(directory: Fixture.articleGraph)

  /// The article's graph and its lint report (default configuration, no baseline).
  package static let linted: (graph: KnowledgeGraph, report: LintReport) = (
    loaded.graph, Linter().lint(loaded, currentYear: 2026)
  )
}
