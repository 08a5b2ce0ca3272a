import ClaimGraph
import Foundation

/// Paths to the test fixtures and to the package's own files.
package enum Fixture {
  /// The copied `Fixtures` folder inside the test-support bundle.
  package static let root: String = {
    guard let url = Bundle.module.url(forResource: "Fixtures", withExtension: nil) else {
      fatalError("the test bundle has no Fixtures folder")
    }
    return url.path
  }()

  /// A fixture's absolute path, such as `Fixture.path("loader/valid")`.
  package static func path(_ relative: String) -> String { root + "/" + relative }

  /// A fixture's contents as text.
  package static func text(_ relative: String) throws -> String {
    try String(contentsOfFile: path(relative), encoding: .utf8)
  }

  /// The package's root folder (where `Package.swift` is).
  package static let packageRoot: String = URL(fileURLWithPath: #filePath)
    .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent().path

  /// The article's graph, `Graph/` at the package root.
  package static let articleGraph = packageRoot + "/Graph"
}

extension LoadedGraph {
  /// Each diagnostic as `line:column severity rule: message`, in order, for exact
  /// expectations.
  package var located: [String] {
    diagnostics.map { diagnostic in
      let place = diagnostic.location.map { "\($0.line):\($0.column)" } ?? "-"
      return "\(place) \(diagnostic.severity.rawValue) \(diagnostic.rule): \(diagnostic.message)"
    }
  }
}
