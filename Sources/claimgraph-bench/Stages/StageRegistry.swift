import ClaimGraph
import ClaimGraphYAML
import Foundation

/// Every stage the benchmark knows, in the order it runs them.
///
/// To wire a pending stage once its feature is on main, replace `pending:` by a `run:`
/// closure that does the work and returns the bytes it wrote or read; nothing else changes.
enum StageRegistry {
  static let all: [BenchmarkStage] = [
    BenchmarkStage(
      id: "load", title: "load (YAML → graph)", needsGraph: false, measuresYAML: true,
      run: { input in
        let loaded = GraphLoader().load(directory: input.graphDirectory)
        guard loaded.diagnostics.isEmpty else { throw StageFailure.diagnostics(loaded) }
        return .init(
          detail: "\(loaded.graph.nodeCount) nodes, \(loaded.graph.edges.count) edges",
          retained: loaded)
      }),
    BenchmarkStage(
      id: "statistics", title: "GraphStatistics",
      run: { input in
        let statistics = GraphStatistics(input.graph)
        return .init(detail: "\(statistics.citedClaims) cited claims")
      }),
    BenchmarkStage(
      id: "lint", title: "lint (all rules)",
      run: { input in
        let report = Linter().lint(input.loaded!, currentYear: benchmarkYear)
        return .init(detail: "\(report.findings.count) findings", retained: report)
      }),
    BenchmarkStage(
      id: "load-lint", title: "load + lint (the CI path)", needsGraph: false, measuresYAML: true,
      run: { input in
        let loaded = GraphLoader().load(directory: input.graphDirectory)
        let report = Linter().lint(loaded, currentYear: benchmarkYear)
        return .init(detail: "\(report.findings.count) findings", retained: (loaded, report))
      }),
    BenchmarkStage(
      id: "query-api", title: "query via the API (claims resting on a method)",
      run: { input in
        let graph = input.graph
        guard let method = graph.entities.first(where: { $0.kind == .method }) else {
          return .init(detail: "no method")
        }
        let claims = graph.claims(restingOn: method.id)
        return .init(detail: "\(claims.count) claims")
      }),
    BenchmarkStage(
      id: "query", title: "query expression",
      pending: "TODO(lead): after merging branch query, parse and evaluate an expression "
        + "such as claims resting on a method with strength established"),
    BenchmarkStage(
      id: "export-graphml", title: "GraphML export",
      counterparts: [.networkXWriteGraphML, .igraphWriteGraphML],
      pending: "TODO(lead): after merging branch export, write "
        + "`<work>/graph.graphml` with the GraphML writer and return its size"),
    BenchmarkStage(
      id: "export-gexf", title: "GEXF export", counterparts: [.networkXWriteGEXF],
      pending: "TODO(lead): after merging branch export, write `<work>/graph.gexf`"),
    BenchmarkStage(
      id: "export-dot", title: "DOT export",
      pending: "TODO(lead): after merging branch export, write `<work>/graph.dot`"),
    BenchmarkStage(
      id: "export-json", title: "node-link JSON export",
      pending: "TODO(lead): after merging branch export, write `<work>/graph.json` "
        + "(then drop the interim `interchange` stage: Python reads this file)"),
    BenchmarkStage(
      id: "export-mermaid", title: "Mermaid export",
      pending: "TODO(lead): after merging branch export, write `<work>/graph.mmd`"),
    BenchmarkStage(
      id: "read-graphml", title: "read our GraphML back",
      counterparts: [.networkXReadGraphML, .igraphReadGraphML],
      pending: "TODO(lead): after merging branch export, read `<work>/graph.graphml` "
        + "with the GraphML reader; the Python readers then read the same file"),
  ]

  /// The year the source-metadata rule checks against, fixed so findings do not drift.
  static let benchmarkYear = 2026

  /// Writes the node-link JSON that the Python script builds its graphs from.
  ///
  /// Interim: the `export-json` stage's file replaces it once the exporter is merged.
  static let interchange = BenchmarkStage(
    id: "interchange", title: "node-link JSON for the Python comparison",
    run: { input in
      let text = NodeLinkInterchange.json(of: input.graph)
      try text.write(
        toFile: input.workDirectory + "/interchange.json", atomically: false, encoding: .utf8)
      return .init(bytes: text.utf8.count)
    })

  /// The stage with this id (the registered ones and the interchange).
  static func stage(_ id: String) -> BenchmarkStage? {
    (all + [interchange]).first { $0.id == id }
  }
}

/// Why a stage failed.
enum StageFailure: Error, CustomStringConvertible {
  case diagnostics(LoadedGraph)

  var description: String {
    switch self {
    case .diagnostics(let loaded):
      "the synthetic graph loaded with \(loaded.diagnostics.count) diagnostics, first: "
        + (loaded.diagnostics.first.map { "\($0)" } ?? "")
    }
  }
}
