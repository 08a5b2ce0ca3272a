import ClaimGraphCLI
import ClaimGraphFormatsTestSupport
import ClaimGraphTestSupport
import Foundation

extension LintFixture {
  /// Runs `claimgraph lint` with more arguments on `Graph/g.yaml` (this YAML) beside
  /// `Graph/a.txt` (the fixture's article) in a temporary folder; returns the result and
  /// the graph folder's path.
  static func runLint(_ yaml: String, _ arguments: [String]) throws -> (CommandResult, String) {
    let directory = try TemporaryDirectory("lint-run")
    defer { directory.remove() }
    try directory.write(yaml, to: "Graph/g.yaml")
    try directory.write(article, to: "Graph/a.txt")
    let graph = directory.path + "/Graph"
    return (runCommand(["lint", graph] + arguments), graph)
  }
}

/// A console that records what a command writes.
final class LintTestConsole: @unchecked Sendable {
  private let lock = NSLock()
  private var out = ""
  private var err = ""
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

  var console: Console {
    Console(
      write: { text in self.lock.withLock { self.out += text } },
      writeError: { text in self.lock.withLock { self.err += text } },
      isTerminal: isTerminal, errorIsTerminal: errorIsTerminal, environment: environment)
  }

  /// Runs `claimgraph` with these arguments; returns the exit status.
  func run(_ arguments: [String]) -> Int32 {
    Console.$current.withValue(console) { ClaimGraphCommand.run(arguments: arguments) }
  }
}
