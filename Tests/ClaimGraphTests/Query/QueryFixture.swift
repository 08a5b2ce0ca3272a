import ClaimGraph
import ClaimGraphYAML
import Foundation

/// The small graph under `Fixtures/query/graph`, loaded once.
enum QueryFixture {
  static let directory: String = Bundle.module.resourceURL!
    .appendingPathComponent("Fixtures/query/graph").path

  static let graph: KnowledgeGraph = {
    let loaded = GraphLoader().load(directory: directory)
    precondition(!loaded.hasErrors, "the query fixture must load cleanly: \(loaded.diagnostics)")
    return loaded.graph
  }()

  /// The ids of the claims a query text matches.
  static func ids(_ text: String) throws -> [String] {
    graph.claims(matching: try Query(parsing: text)).map(\.id.rawValue)
  }
}
