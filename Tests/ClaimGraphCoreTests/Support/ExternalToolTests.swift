import ClaimGraphTestSupport
import Foundation
import Testing

/// The one decision every test needing something from outside the package relies on.
///
/// Regression: the schema tests used to skip silently when the schemas were missing, even
/// under `CI=true`; `dot` and the SARIF validator did until every test used this decision.
@Suite struct ExternalToolTests {
  @Test func somethingMissingSkipsLocallyAndFailsInCI() {
    #expect(ExternalTool.runs(found: true, environment: [:]))
    #expect(!ExternalTool.runs(found: false, environment: [:]))
    #expect(!ExternalTool.runs(found: false, environment: ["CI": "false"]))
    #expect(ExternalTool.runs(found: false, environment: ["CI": "true"]))
  }

  @Test func aProgramRunsWithItsStreamsApartOrMergedAndItsInput() throws {
    let script = "cat; printf err >&2; printf out; exit 3"
    let apart = try ChildProcess.run("/bin/sh", ["-c", script], input: Data("in:".utf8))
    #expect(apart.status == 3)
    #expect(apart.output == "in:out")
    #expect(apart.errors == "err")
    let merged = try ChildProcess.run("sh", ["-c", script], mergingErrors: true)
    #expect(merged.status == 3)
    #expect(merged.output == "errout")
    #expect(merged.errors == "")
    #expect(throws: CocoaError.self) {
      try ChildProcess.run("claimgraph-no-such-program", [])
    }
  }
}
