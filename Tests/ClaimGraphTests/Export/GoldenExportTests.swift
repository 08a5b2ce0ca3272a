import ClaimGraph
import ClaimGraphExport
import Foundation
import Testing

/// The demo graph in every format, compared byte for byte with golden files.
///
/// The files are in `Fixtures/Export/`. After a deliberate change, regenerate them with
/// `CLAIMGRAPH_UPDATE_GOLDEN=1 swift test --filter GoldenExportTests` and review the diff.
@Suite struct GoldenExportTests {
  @Test(arguments: ExportFormat.allCases)
  func demoGraphMatchesTheGoldenFile(format: ExportFormat) throws {
    let actual = try ExportFixtures.export(format, ExportFixtures.demo)
    let name = "demo.\(format.fileExtension)"
    if ProcessInfo.processInfo.environment["CLAIMGRAPH_UPDATE_GOLDEN"] == "1" {
      let url = ExportFixtures.packageRoot.appendingPathComponent(
        "Tests/ClaimGraphTests/Fixtures/Export/\(name)")
      try Data(actual).write(to: url)
    }
    let url = try #require(
      Bundle.module.url(
        forResource: "demo", withExtension: format.fileExtension, subdirectory: "Fixtures/Export"))
    let expected = try [UInt8](Data(contentsOf: url))
    #expect(String(decoding: actual, as: UTF8.self) == String(decoding: expected, as: UTF8.self))
  }

  @Test(arguments: ExportFormat.allCases)
  func exportIsIndependentOfTheOrderNodesWereGivenIn(format: ExportFormat) throws {
    let demo = ExportFixtures.demo
    let shuffled = try KnowledgeGraph(
      article: demo.article, sections: demo.sections, claims: demo.claims.reversed(),
      sources: demo.sources.reversed(), entities: demo.entities.reversed())
    #expect(try ExportFixtures.export(format, shuffled) == ExportFixtures.export(format, demo))
  }
}
