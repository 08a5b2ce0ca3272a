import ClaimGraph
import ClaimGraphYAML
import Foundation

/// Runs stages: in a child process (the parent's side) and inside it (the child's side).
struct StageRunner {
  /// This program, re-executed with `--stage` for every measurement.
  let executable: String
  let graphDirectory: String
  let workDirectory: String

  /// Runs a stage `runs` times, each in a fresh process, and keeps the median time and the
  /// largest peak memory.
  func measure(_ stage: BenchmarkStage, runs: Int) throws -> StageMeasurement {
    var results: [StageMeasurement] = []
    for _ in 0..<max(1, runs) {
      let outcome = try ChildProcess.run(
        executable,
        ["--stage", stage.id, "--graph", graphDirectory, "--work", workDirectory])
      guard outcome.status == 0,
        let line = outcome.output.split(separator: "\n").last,
        var measurement = StageMeasurement(line: line)
      else {
        throw BenchmarkError("stage '\(stage.id)' failed with status \(outcome.status)")
      }
      measurement.peakBytes = outcome.peakBytes
      results.append(measurement)
    }
    var median = results.sorted { $0.seconds < $1.seconds }[results.count / 2]
    median.peakBytes = results.compactMap(\.peakBytes).max()
    return median
  }

  /// The child's side: loads the graph if the stage needs it (untimed), times the stage,
  /// and prints its measurement as one JSON line.
  static func runInThisProcess(
    _ stage: BenchmarkStage, graphDirectory: String, workDirectory: String
  ) throws {
    guard let run = stage.run else {
      throw BenchmarkError("stage '\(stage.id)' is pending: \(stage.pending ?? "")")
    }
    var loaded: LoadedGraph?
    if stage.needsGraph {
      let graph = GraphLoader.benchmark.load(directory: graphDirectory)
      guard graph.diagnostics.isEmpty else { throw StageFailure.diagnostics(graph) }
      loaded = graph
    }
    let input = BenchmarkStage.Input(
      loaded: loaded, graphDirectory: graphDirectory, workDirectory: workDirectory)
    let startCPU = ProcessorTime.seconds
    let start = ContinuousClock.now
    let output = try run(input)
    let elapsed = ContinuousClock.now - start
    let cpu = ProcessorTime.seconds - startCPU
    withExtendedLifetime(output) {}
    let measurement = StageMeasurement(
      seconds: elapsed.seconds, cpuSeconds: cpu, bytes: output.bytes, detail: output.detail)
    print(measurement.line)
  }
}

/// A benchmark problem, with a message for the person running it.
struct BenchmarkError: Error, CustomStringConvertible {
  let description: String
  init(_ description: String) { self.description = description }
}
