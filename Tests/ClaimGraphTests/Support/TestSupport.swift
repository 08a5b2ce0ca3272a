import ClaimGraph
import ClaimGraphCLI
import Foundation
import Synchronization

/// Paths to the test fixtures and to the package's own files.
enum Fixture {
  /// The copied `Fixtures` folder inside the test bundle.
  static let root: String = {
    guard let url = Bundle.module.url(forResource: "Fixtures", withExtension: nil) else {
      fatalError("the test bundle has no Fixtures folder")
    }
    return url.path
  }()

  /// A fixture's absolute path, such as `Fixture.path("loader/valid")`.
  static func path(_ relative: String) -> String { root + "/" + relative }

  /// A fixture's contents as text.
  static func text(_ relative: String) throws -> String {
    try String(contentsOfFile: path(relative), encoding: .utf8)
  }

  /// The package's root folder (where `Package.swift` is).
  static let packageRoot: String = URL(fileURLWithPath: #filePath)
    .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    .deletingLastPathComponent().path

  /// The article's graph, `Graph/` at the package root.
  static let articleGraph = packageRoot + "/Graph"
}

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

extension LoadedGraph {
  /// Each diagnostic as `line:column severity rule: message`, in order, for exact
  /// expectations.
  var located: [String] {
    diagnostics.map { diagnostic in
      let place = diagnostic.location.map { "\($0.line):\($0.column)" } ?? "-"
      return "\(place) \(diagnostic.severity.rawValue) \(diagnostic.rule): \(diagnostic.message)"
    }
  }
}
