import ClaimGraphExport
import Foundation

/// Real consumers the tests run: Graphviz and Python with NetworkX and igraph.
///
/// A test that needs one uses `.enabled(if: RealTools.runs(…))`: without the tool it is
/// skipped, saying which tool is missing, except under `CI=true`, where it runs and fails
/// on its first `#require` of the tool (`.ci/setup` installs them all).
enum RealTools {
  /// Whether the tests run in CI, where every real consumer must be present.
  static let isCI = ProcessInfo.processInfo.environment["CI"] == "true"

  /// Whether a test that needs a tool runs: when the tool is present, or always in CI.
  static func runs(_ present: Bool) -> Bool { present || isCI }

  /// Graphviz, if installed.
  static let graphviz = Graphviz.find()

  /// Whether `python3` can import every one of these modules.
  static func hasPython(_ modules: [String]) -> Bool {
    (try? python(["-c", "import " + modules.joined(separator: ", ")]).status) == 0
  }

  /// Runs `python3` with these arguments; its exit status and everything it printed.
  static func python(_ arguments: [String]) throws -> (status: Int32, output: String) {
    let process = Process()
    process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
    process.arguments = ["python3"] + arguments
    let pipe = Pipe()
    process.standardOutput = pipe
    process.standardError = pipe
    try process.run()
    let data = pipe.fileHandleForReading.readDataToEndOfFile()
    process.waitUntilExit()
    return (process.terminationStatus, String(decoding: data, as: UTF8.self))
  }
}
