import ClaimGraph
import ClaimGraphTestSupport
import ClaimGraphYAML
import Foundation

/// The small graph under `Fixtures/query/graph`, loaded once.
package enum QueryFixture {
  package static let directory: String = Fixture.path("query/graph")

  package static let graph: KnowledgeGraph = {
    let loaded = GraphLoader().load(directory: directory)
    precondition(!loaded.hasErrors, "the query fixture must load cleanly: \(loaded.diagnostics)")
    return loaded.graph
  }()

  /// The ids of the claims a query text matches.
  package static func ids(_ text: String) throws -> [String] {
    graph.claims(matching: try Query(parsing: text)).map(\.id.rawValue)
  }
}
