import ClaimGraphCLI
import Foundation

/// A console that records what an in-process run of `claimgraph` writes: the one way CLI
/// tests capture a command's output.
final class TestConsole: @unchecked Sendable {
  private let lock = NSLock()
  private var out = ""
  private var err = ""
  private var chunks: [String] = []
  let environment: [String: String]
  let isTerminal: Bool
  let errorIsTerminal: Bool

  init(
    environment: [String: String] = [:], isTerminal: Bool = false, errorIsTerminal: Bool = false
  ) {
    self.environment = environment
    self.isTerminal = isTerminal
    self.errorIsTerminal = errorIsTerminal
  }

  var standardOutput: String { lock.withLock { out } }
  var standardError: String { lock.withLock { err } }

  /// Every separate write to standard output, in order.
  var writes: [String] { lock.withLock { chunks } }

  /// A console that records into this object.
  var console: Console {
    Console(
      write: { text in
        self.lock.withLock {
          self.out += text
          self.chunks.append(text)
        }
      },
      writeError: { text in self.lock.withLock { self.err += text } },
      isTerminal: isTerminal, errorIsTerminal: errorIsTerminal, environment: environment)
  }

  /// Runs `claimgraph` with these arguments; returns the exit status.
  func run(_ arguments: [String]) -> Int32 {
    Console.$current.withValue(console) { ClaimGraphCommand.run(arguments: arguments) }
  }
}

/// What one in-process run of the command line tool printed, and its exit status.
struct CommandResult: Equatable {
  var status: Int32
  var stdout: String
  var stderr: String
}

/// Runs `claimgraph` in-process with a captured console (no terminal, no colour).
func runCommand(_ arguments: [String], environment: [String: String] = [:]) -> CommandResult {
  let console = TestConsole(environment: environment)
  let status = console.run(arguments)
  return CommandResult(
    status: status, stdout: console.standardOutput, stderr: console.standardError)
}
