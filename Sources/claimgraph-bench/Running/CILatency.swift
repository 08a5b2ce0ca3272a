/// End-to-end latency of a `claimgraph` command, as an editor's CI sees it: process start,
/// load, check, print.
struct CILatency {
  /// The median, fastest and slowest of the runs, in seconds.
  var median: Double
  var fastest: Double
  var slowest: Double
  var runs: Int
  /// The command measured, for the report.
  var command: String

  /// Runs `claimgraph arguments` `runs` times (after one warm-up run), output discarded.
  ///
  /// - Parameter success: the exit statuses of a normal run (`lint` exits 1 on findings).
  static func measure(
    claimgraph: String, _ arguments: [String], runs: Int, shownAs command: String,
    success: Set<Int32> = [0]
  ) throws -> CILatency {
    _ = try ChildProcess.run(claimgraph, arguments, discardOutput: true)
    var times: [Double] = []
    for _ in 0..<runs {
      let outcome = try ChildProcess.run(claimgraph, arguments, discardOutput: true)
      guard success.contains(outcome.status) else {
        throw BenchmarkError(
          "claimgraph \(arguments.joined(separator: " ")) exited \(outcome.status)")
      }
      times.append(outcome.seconds)
    }
    times.sort()
    return CILatency(
      median: times[times.count / 2], fastest: times[0], slowest: times[times.count - 1],
      runs: runs, command: command)
  }
}
