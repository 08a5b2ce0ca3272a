import Foundation
import Testing

/// The one decision for a test that needs something from outside the package — a program on
/// `PATH` (installed by `.ci/setup`), a Python module, a schema folder or a browser: the
/// test runs when it is there; when it is missing the test is skipped, saying why, except
/// under `CI=true`, where it runs and fails, so that CI can never pass by skipping.
package enum ExternalTool {
  /// Whether these tests run in CI (`CI=true`), where nothing they need may be missing.
  package static func isCI(_ environment: [String: String] = ProcessInfo.processInfo.environment)
    -> Bool
  { environment["CI"] == "true" }

  /// Whether a test needing something runs: it was `found`, or this is CI.
  package static func runs(
    found: Bool, environment: [String: String] = ProcessInfo.processInfo.environment
  ) -> Bool {
    found || isCI(environment)
  }

  /// The program's path on `PATH`, if it is installed.
  package static func path(_ name: String) -> String? {
    let directories = (ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin")
      .split(separator: ":")
    return directories.map { "\($0)/\(name)" }.first {
      FileManager.default.isExecutableFile(atPath: $0)
    }
  }

  /// Runs the program (a name on `PATH`, or an absolute path) with the test's environment
  /// plus `environment`; its exit status and everything it printed, both streams in one
  /// pipe in the order they were written.
  package static func run(
    _ name: String, _ arguments: [String], in directory: String? = nil,
    environment: [String: String] = [:]
  ) throws -> (status: Int32, output: String) {
    let result = try ChildProcess.run(
      name, arguments, in: directory,
      environment: ProcessInfo.processInfo.environment.merging(environment) { $1 },
      mergingErrors: true)
    return (result.status, result.output)
  }
}

extension Trait where Self == ConditionTrait {
  /// Runs the test when `found` (a schema folder, a browser…), or under `CI=true`, where it
  /// must then fail; otherwise skips it with `reason` (see ``ExternalTool``).
  package static func requires(
    _ found: @autoclosure @escaping @Sendable () -> Bool, _ reason: Comment,
    sourceLocation: SourceLocation = #_sourceLocation
  ) -> Self {
    .enabled(
      if: ExternalTool.runs(found: found()), reason, sourceLocation: sourceLocation)
  }

  /// Runs the test when these programs are on `PATH`, or under `CI=true`.
  package static func requires(
    tools names: String..., sourceLocation: SourceLocation = #_sourceLocation
  ) -> Self {
    .requires(
      names.allSatisfy { ExternalTool.path($0) != nil },
      "needs \(names.joined(separator: " and ")) on PATH (bash .ci/setup installs it)",
      sourceLocation: sourceLocation)
  }

  /// Runs the test when `python3` can import these modules, or under `CI=true`.
  package static func requires(
    python modules: String..., sourceLocation: SourceLocation = #_sourceLocation
  ) -> Self {
    .requires(
      modules.allSatisfy(Python.has),
      "needs python3 with \(modules.joined(separator: ", ")) (bash .ci/setup installs them)",
      sourceLocation: sourceLocation)
  }
}
