import Foundation

/// The `claimgraph` executable built beside the test bundle, run as a separate process.
package enum BuiltExecutable {
  /// The executable's path.
  package static let path = Bundle.module.bundleURL.deletingLastPathComponent()
    .appendingPathComponent("claimgraph").path

  /// Runs it with `arguments` in a clean environment plus `environment`.
  package static func run(_ arguments: [String], environment: [String: String] = [:]) throws
    -> ProcessResult
  {
    try ChildProcess.run(
      path, arguments,
      environment: environment.merging(["PATH": "/usr/bin:/bin"]) { mine, _ in mine })
  }
}
