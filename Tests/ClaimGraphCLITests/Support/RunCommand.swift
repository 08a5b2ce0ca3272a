import ClaimGraphCLI
import Synchronization

/// What one in-process run of the command line tool printed, and its exit status.
struct CommandResult: Equatable {
  var status: Int32
  var stdout: String
  var stderr: String
}

/// Runs `claimgraph` in-process with a captured console (no terminal, no colour).
func runCommand(_ arguments: [String], environment: [String: String] = [:]) -> CommandResult {
  let out = Mutex("")
  let err = Mutex("")
  let console = Console(
    write: { text in out.withLock { $0 += text } },
    writeError: { text in err.withLock { $0 += text } },
    isTerminal: false, environment: environment)
  let status = Console.$current.withValue(console) { ClaimGraphCommand.run(arguments: arguments) }
  return CommandResult(
    status: status, stdout: out.withLock { $0 }, stderr: err.withLock { $0 })
}
