import Foundation

/// Times NetworkX and python-igraph on the same graph, through `Benchmarks/compare_python.py`,
/// each operation in its own process.
struct PythonComparison {
  let python: String
  let script: String

  /// Why a library cannot be compared (not installed…), or nil when it can.
  func unavailability(networkX: Bool) -> String? {
    let module = networkX ? "networkx" : "igraph"
    guard
      let outcome = try? ChildProcess.run(python, ["-c", "import \(module)"], discardOutput: true)
    else { return "\(python) cannot be started" }
    return outcome.status == 0 ? nil : "`\(module)` is not installed (pip install \(module))"
  }

  /// Runs one operation on the node-link JSON; readers read `graphML` when given.
  func measure(
    _ operation: PythonOperation, interchange: String, workDirectory: String, graphML: String?
  ) throws -> StageMeasurement {
    var arguments = [
      script, operation.rawValue, "--graph-json", interchange, "--work", workDirectory,
    ]
    if let graphML { arguments += ["--graphml", graphML] }
    let outcome = try ChildProcess.run(python, arguments)
    guard outcome.status == 0, let line = outcome.output.split(separator: "\n").last,
      var measurement = StageMeasurement(line: line)
    else {
      throw BenchmarkError("\(operation.rawValue) failed with status \(outcome.status)")
    }
    measurement.peakBytes = outcome.peakBytes
    return measurement
  }
}
