import Foundation
import Testing

/// Golden files: exact expected outputs under `Fixtures/`, the one way tests compare with
/// them and regenerate them.
///
/// A test compares with the copy in the test bundle. With `CLAIMGRAPH_UPDATE_GOLDEN=1`, it
/// first rewrites the source fixture in the package; the bundle keeps the old copy until
/// the next build, so run `swift build --build-tests` and the tests again, and review the
/// diff.
package enum Golden {
  /// Whether this run rewrites golden files.
  package static func isUpdating(
    _ environment: [String: String] = ProcessInfo.processInfo.environment
  )
    -> Bool
  { environment["CLAIMGRAPH_UPDATE_GOLDEN"] == "1" }

  /// The source fixture in the package, such as `Golden.sourcePath("Lint/report.txt")`.
  package static func sourcePath(_ relative: String) -> String {
    Fixture.packageRoot + "/Tests/ClaimGraphTestSupport/Fixtures/" + relative
  }

  /// Expects `actual` to equal the golden file `relative` (below `Fixtures/`).
  package static func expect(
    _ actual: [UInt8], matches relative: String,
    sourceLocation: Testing.SourceLocation = #_sourceLocation
  ) throws {
    if isUpdating() {
      try Data(actual).write(to: URL(fileURLWithPath: sourcePath(relative)))
    }
    let expected = try [UInt8](Data(contentsOf: URL(fileURLWithPath: Fixture.path(relative))))
    #expect(
      actual == expected, "\(relative) differs from its golden file",
      sourceLocation: sourceLocation)
  }

  /// Expects `actual`, as UTF-8, to equal the golden file `relative` (below `Fixtures/`).
  package static func expect(
    _ actual: String, matches relative: String,
    sourceLocation: Testing.SourceLocation = #_sourceLocation
  ) throws {
    if isUpdating() {
      try Data(actual.utf8).write(to: URL(fileURLWithPath: sourcePath(relative)))
    }
    #expect(actual == (try Fixture.text(relative)), sourceLocation: sourceLocation)
  }
}
