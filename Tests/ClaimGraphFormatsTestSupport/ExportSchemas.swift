import ClaimGraphFormats
import Foundation
import Testing

/// Where the official schemas are.
///
/// `$CLAIMGRAPH_SCHEMAS`, else `../shared/schemas` next to the package. They are not ours
/// to commit, so tests that need them are skipped (with this message) when neither exists,
/// except under `CI=true`, where they run and fail: CI must never pass by skipping.
package enum ExportSchemas {
  package static let directory: URL? = {
    let environment = ProcessInfo.processInfo.environment["CLAIMGRAPH_SCHEMAS"]
    let candidates = [
      environment.map { URL(fileURLWithPath: $0) },
      ExportFixtures.packageRoot.deletingLastPathComponent().appendingPathComponent(
        "shared/schemas"),
    ].compactMap { $0 }
    return candidates.first { candidate in
      FileManager.default.fileExists(
        atPath: candidate.appendingPathComponent("graphml/1.1/graphml.xsd").path)
    }
  }()

  package static let available = directory != nil

  package static let skipMessage: Comment =
    "GraphML/GEXF schemas not found: set CLAIMGRAPH_SCHEMAS or provide ../shared/schemas"

  /// The GraphML 1.1 XSD, with its http imports resolved through the local catalog.
  package static func graphML() throws -> XMLValidator {
    let root = try #require(directory).appendingPathComponent("graphml")
    return try XMLValidator(
      xmlSchema: root.appendingPathComponent("1.1/graphml.xsd").path, root: root.path,
      catalog: root.appendingPathComponent("catalog.xml").path)
  }

  /// The GEXF 1.3 RELAX NG schema.
  package static func gexf() throws -> XMLValidator {
    let path = try #require(directory).appendingPathComponent("gexf/1.3/gexf.rng").path
    return try XMLValidator(relaxNG: path)
  }
}
