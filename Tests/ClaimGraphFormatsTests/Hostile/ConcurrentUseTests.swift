import ClaimGraph
import ClaimGraphFormats
import ClaimGraphTestSupport
import ClaimGraphYAML
import Testing

/// Many tasks at once get the same bytes from one graph.
///
/// Loading, linting, querying, rendering and exporting the same graph from many tasks at once gives
/// the same bytes every time. `.ci/tsan` runs this suite under the thread sanitizer, which
/// also proves there is no data race behind the equal results.
@Suite struct ConcurrentUseTests {
  static let tasks = 8

  /// Everything a run produces from one graph, as text.
  private static func outputs(of loaded: LoadedGraph) throws -> [String] {
    let report = Linter().lint(loaded, currentYear: 2026)
    let query = try Query(parsing: "strength:uncertain OR -cited:yes")
    let exports = try ExportFormat.allCases.map { format in
      String(decoding: try format.exporter.bytes(of: GraphSelection(loaded.graph)), as: UTF8.self)
    }
    return [
      loaded.diagnostics.map(\.description).joined(separator: "\n"),
      JSONReporter.render(report),
      TextReporter.findings(report, color: false),
      GraphStatistics(loaded.graph).text,
      loaded.graph.claims(matching: query).ids.map(\.rawValue).joined(separator: " "),
      JSONTablesRenderer().render(SummaryTables(loaded.graph, by: .section)),
    ] + exports
  }

  @Test func loadingLintingAndRenderingInParallelGiveIdenticalResults() async throws {
    let expected = try Self.outputs(of: GraphLoader().load(directory: Fixture.articleGraph))
    #expect(expected[0] == "")
    let results = try await withThrowingTaskGroup(of: [String].self) { group in
      for _ in 0..<Self.tasks {
        group.addTask {
          try Self.outputs(of: GraphLoader().load(directory: Fixture.articleGraph))
        }
      }
      return try await group.reduce(into: []) { $0.append($1) }
    }
    #expect(results.count == Self.tasks)
    for result in results { #expect(result == expected) }
  }

  @Test func oneSharedGraphServesManyTasksAtOnce() async throws {
    let loaded = GraphLoader().load(directory: Fixture.articleGraph)
    let expected = try Self.outputs(of: loaded)
    let results = try await withThrowingTaskGroup(of: [String].self) { group in
      for _ in 0..<Self.tasks { group.addTask { try Self.outputs(of: loaded) } }
      return try await group.reduce(into: []) { $0.append($1) }
    }
    for result in results { #expect(result == expected) }
  }
}
