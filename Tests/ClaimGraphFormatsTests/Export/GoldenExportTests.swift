import ClaimGraph
import ClaimGraphFormats
import ClaimGraphFormatsTestSupport
import ClaimGraphTestSupport
import Foundation
import Testing

/// The demo graph in every format, compared byte for byte with golden files.
///
/// The files are in `Fixtures/Export/`. After a deliberate change, regenerate them with
/// `CLAIMGRAPH_UPDATE_GOLDEN=1 swift test --filter GoldenExportTests` (see ``Golden``).
@Suite struct GoldenExportTests {
  @Test(arguments: ExportFormat.allCases)
  func demoGraphMatchesTheGoldenFile(format: ExportFormat) throws {
    let actual = try ExportFixtures.export(format, ExportFixtures.demo)
    try expectGolden(actual, named: "demo", format: format)
  }

  /// Every escape of every format, byte for byte: the hostile text (with the characters
  /// XML forbids, line and paragraph separators) and, separately, empty texts.
  @Test(arguments: ExportFormat.allCases)
  func hostileGraphsMatchTheGoldenFiles(format: ExportFormat) throws {
    let extras = " \u{0}\u{7F}\u{85}\u{2028}\u{2029}\u{FFFE}\u{FFFF}\u{FFFD}"
    let graphs = [
      ("hostile", ExportFixtures.hostile(ExportFixtures.hostileText + extras)),
      ("empty", ExportFixtures.hostile("", structured: "")),
    ]
    for (stem, graph) in graphs {
      let actual = try ExportFixtures.export(format, graph)
      try expectGolden(actual, named: stem, format: format)
    }
  }

  private func expectGolden(_ actual: [UInt8], named stem: String, format: ExportFormat) throws {
    try Golden.expect(actual, matches: "Export/\(stem).\(format.fileExtension)")
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
