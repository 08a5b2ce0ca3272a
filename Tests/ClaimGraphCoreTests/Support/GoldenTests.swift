import ClaimGraphTestSupport
import Foundation
import Testing

/// The helper's own contract, since every golden test relies on it.
@Suite struct GoldenTests {
  @Test func updatesOnlyWhenAskedAndWritesTheSourceFixture() {
    #expect(Golden.isUpdating(["CLAIMGRAPH_UPDATE_GOLDEN": "1"]))
    #expect(!Golden.isUpdating([:]))
    #expect(!Golden.isUpdating(["CLAIMGRAPH_UPDATE_GOLDEN": "0"]))
    #expect(
      Golden.sourcePath("Lint/report.txt")
        == Fixture.packageRoot + "/Tests/ClaimGraphTestSupport/Fixtures/Lint/report.txt")
    #expect(FileManager.default.fileExists(atPath: Golden.sourcePath("Lint/report.txt")))
  }
}
