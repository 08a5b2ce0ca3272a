import ClaimGraph
import ClaimGraphFormats
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
      floor: FloorStages.yamlEvents.id,
      run: { input in
        let loaded = GraphLoader.benchmark.load(directory: input.graphDirectory)
        guard loaded.diagnostics.isEmpty else { throw StageFailure.diagnostics(loaded) }
        return .init(
          detail: "\(loaded.graph.nodeCount) nodes, \(loaded.graph.edges.count) edges",
          retained: loaded)
      }),
    FloorStages.yamlEvents,
    FloorStages.textScan,
    BenchmarkStage(
      id: "statistics", title: "GraphStatistics",
      run: { input in
        let statistics = GraphStatistics(input.graph)
        return .init(detail: "\(statistics.citedClaims) cited claims")
      }),
    BenchmarkStage(
      id: "lint", title: "lint (all rules)",
      run: { input in
        let report = Linter().lint(input.loaded!, currentYear: 2026)
        return .init(detail: findings(report), retained: report)
      }),
    BenchmarkStage(
      id: "load-lint", title: "load + lint (the CI path)", needsGraph: false, measuresYAML: true,
      floor: FloorStages.yamlEvents.id,
      run: { input in
        let loaded = GraphLoader.benchmark.load(directory: input.graphDirectory)
        let report = Linter().lint(loaded, currentYear: 2026)
        return .init(detail: findings(report), retained: (loaded, report))
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
      id: "query", title: "query expression (parse + evaluate)",
      run: { input in
        let graph = input.graph
        let method = graph.entities.first { $0.kind == .method }?.id.rawValue ?? "pet"
        let query = try Query(parsing: "method:\(method) strength:established -cited:no")
        return .init(detail: "\(graph.claims(matching: query).count) claims")
      }),
    exportStage(.graphml, counterparts: [.networkXWriteGraphML, .igraphWriteGraphML]),
    exportStage(.gexf, counterparts: [.networkXWriteGEXF]),
    exportStage(.dot),
    exportStage(.json),
    exportStage(.mermaid),
    exportStage(.ntriples),
    exportStage(.turtle),
    folderExportStage(.neo4jCSV),
    readStage(
      id: "read-graphml", title: "read our GraphML back", file: "graph.graphml",
      reader: GraphMLReader(), counterparts: [.networkXReadGraphML, .igraphReadGraphML],
      floor: FloorStages.xmlStream.id),
    FloorStages.xmlStream,
    readStage(
      id: "read-json", title: "read our node-link JSON back", file: "graph.json",
      reader: NodeLinkJSONReader()),
  ]

  /// Reads `<work>/<file>` (an export stage's file) back into a graph.
  private static func readStage(
    id: String, title: String, file: String, reader: some InterchangeReader,
    counterparts: [PythonOperation] = [], floor: String? = nil
  ) -> BenchmarkStage {
    BenchmarkStage(
      id: id, title: title, needsGraph: false, counterparts: counterparts, floor: floor,
      run: { input in
        let path = input.workDirectory + "/" + file
        let loaded = reader.load(file: path)
        guard !loaded.hasErrors else { throw StageFailure.diagnostics(loaded) }
        let bytes = try FileManager.default.attributesOfItem(atPath: path)[.size] as? Int
        return .init(
          bytes: bytes, detail: "\(loaded.graph.nodeCount) nodes", retained: loaded)
      })
  }

  /// A lint report's findings, counted per rule (the commonest first): `12 findings
  /// (strength-disagreement 6, quote-not-found 4, …)`.
  static func findings(_ report: LintReport) -> String {
    var counts: [String: Int] = [:]
    for finding in report.findings { counts[finding.rule.rawValue, default: 0] += 1 }
    let rules = counts.sorted { ($1.value, $0.key) < ($0.value, $1.key) }
      .map { "\($0.key) \($0.value)" }
    return "\(report.findings.count) findings"
      + (rules.isEmpty ? "" : " (\(rules.joined(separator: ", ")))")
  }

  /// Writes one export format to `<work>/graph.<extension>`, streaming into the file.
  private static func exportStage(
    _ format: ExportFormat, counterparts: [PythonOperation] = []
  ) -> BenchmarkStage {
    BenchmarkStage(
      id: "export-\(format.rawValue)", title: "\(format.rawValue) export",
      counterparts: counterparts,
      run: { input in
        let path = input.workDirectory + "/graph." + format.fileExtension
        try AtomicFile.write(to: path) { sink in
          try format.exporter.export(input.graph, to: &sink)
        }
        let bytes = try FileManager.default.attributesOfItem(atPath: path)[.size] as? Int
        return .init(bytes: bytes)
      })
  }

  /// Writes a folder export to `<work>/graph-<format>/`, streaming into each file; the
  /// bytes are the folder's total.
  private static func folderExportStage(_ format: FolderExportFormat) -> BenchmarkStage {
    BenchmarkStage(
      id: "export-\(format.rawValue)", title: "\(format.rawValue) export (folder)",
      run: { input in
        let path = input.workDirectory + "/graph-" + format.rawValue
        let exporter = format.exporter
        try AtomicDirectory.write(to: path, replacing: exporter.fileNames) { folder in
          try exporter.export(GraphSelection(input.graph), to: &folder)
        }
        let manager = FileManager.default
        let bytes = try manager.contentsOfDirectory(atPath: path).reduce(0) { total, name in
          total + ((try manager.attributesOfItem(atPath: path + "/" + name)[.size] as? Int) ?? 0)
        }
        return .init(bytes: bytes, detail: "\(exporter.fileNames.count) files")
      })
  }

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

  /// The stage with this id (the registered ones, the anchoring ones and the interchange).
  static func stage(_ id: String) -> BenchmarkStage? {
    (all + AnchoringStages.all + [interchange]).first { $0.id == id }
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
