import Foundation

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// Runs a program as a child process and reports its own peak memory.
///
/// The child is waited for with `wait4`, whose resource usage covers that one child only,
/// so each stage's peak is its own (`RUSAGE_CHILDREN` would keep the largest of all).
enum ChildProcess {
  /// How a child ended.
  struct Outcome {
    /// The exit status (128 + signal number when killed by a signal).
    var status: Int32
    /// What the child wrote to standard output.
    var output: String
    /// The child's peak resident memory, in bytes.
    var peakBytes: Int
    /// Wall time from spawn to exit, in seconds.
    var seconds: Double
  }

  /// A problem starting a child.
  struct SpawnError: Error, CustomStringConvertible {
    let program: String
    let code: Int32
    var description: String { "cannot start '\(program)': \(String(cString: strerror(code)))" }
  }

  /// Runs `program` (searched on `PATH` when it has no slash) with `arguments`.
  ///
  /// Standard error is inherited; standard output is captured, or discarded when
  /// `discardOutput` is set (as for start-up timings).
  static func run(_ program: String, _ arguments: [String], discardOutput: Bool = false) throws
    -> Outcome
  {
    var ends: [Int32] = [-1, -1]
    guard pipe(&ends) == 0 else { throw SpawnError(program: program, code: errno) }
    var actions = posix_spawn_file_actions_t()
    posix_spawn_file_actions_init(&actions)
    defer { posix_spawn_file_actions_destroy(&actions) }
    if discardOutput {
      posix_spawn_file_actions_addopen(&actions, 1, "/dev/null", O_WRONLY, 0)
    } else {
      posix_spawn_file_actions_adddup2(&actions, ends[1], 1)
    }
    posix_spawn_file_actions_addclose(&actions, ends[0])
    posix_spawn_file_actions_addclose(&actions, ends[1])

    let argv = ([program] + arguments).map { strdup($0) } + [nil]
    let environment = ProcessInfo.processInfo.environment.map { strdup("\($0.key)=\($0.value)") }
    let envp = environment + [nil]
    defer { (argv + envp).forEach { free($0) } }

    let start = ContinuousClock.now
    var pid: pid_t = 0
    let spawned = posix_spawnp(&pid, program, &actions, nil, argv, envp)
    close(ends[1])
    guard spawned == 0 else {
      close(ends[0])
      throw SpawnError(program: program, code: spawned)
    }
    let output = readAll(ends[0])
    close(ends[0])

    var status: Int32 = 0
    var usage = rusage()
    while wait4(pid, &status, 0, &usage) == -1 && errno == EINTR {}
    let elapsed = ContinuousClock.now - start
    let signal = status & 0x7F
    return Outcome(
      status: signal == 0 ? (status >> 8) & 0xFF : 128 + signal,
      output: String(decoding: output, as: UTF8.self),
      peakBytes: Int(usage.ru_maxrss) * maxRSSUnit,
      seconds: elapsed.seconds)
  }

  #if os(Linux)
    private static let maxRSSUnit = 1024  // ru_maxrss is in kilobytes on Linux
  #else
    private static let maxRSSUnit = 1  // and in bytes on macOS
  #endif

  private static func readAll(_ descriptor: Int32) -> [UInt8] {
    var result: [UInt8] = []
    var buffer = [UInt8](repeating: 0, count: 65_536)
    while true {
      let count = buffer.withUnsafeMutableBytes { read(descriptor, $0.baseAddress, $0.count) }
      if count > 0 {
        result += buffer[..<count]
      } else if count == 0 || errno != EINTR {
        return result
      }
    }
  }
}
