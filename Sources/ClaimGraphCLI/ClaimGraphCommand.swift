import ArgumentParser
import ClaimGraph
import ClaimGraphProject
import Foundation

/// The `claimgraph` command line tool.
public struct ClaimGraphCommand: ParsableCommand {
  /// The tool's name, version, abstract and subcommands.
  public static let configuration = CommandConfiguration(
    commandName: "claimgraph",
    abstract: "Turn science writing into a citation-checked knowledge graph.",
    discussion: """
      Exit status: 0 success; 1 lint found errors or --check found stale output; \
      2 usage error, unreadable or malformed input, or output that cannot be written.
      """,
    version: "0.1.0",
    subcommands: [
      BuildCommand.self, LintCommand.self, ExportCommand.self, QueryCommand.self, ShowCommand.self,
      PathCommand.self, TablesCommand.self, ReportCommand.self, StatsCommand.self,
      CoverageCommand.self, RulesCommand.self, ListCommand.self, InitCommand.self,
    ]
  )

  /// Creates the command (ArgumentParser requires it).
  public init() {}

  /// Runs the tool with the process's arguments and exits with its status.
  public static func runAndExit() -> Never {
    // The process is the command line's: its advice names its flags for the whole run.
    Advice.install(flagPhrasing)
    let console = Console.current
    let status = runCommand(Array(CommandLine.arguments.dropFirst()), console: console)
    Foundation.exit(finish(status, console: console))
  }

  /// Runs the tool in-process and returns its exit status.
  ///
  /// Output goes to ``Console/current``. Usage errors exit with 2, as the contract requires,
  /// and so does a `ProjectError` (the library's failure), printed here for every command.
  /// When standard output cannot be written the run ends with 2 and
  /// `error: cannot write standard output: REASON`, or quietly with 0 when the reader went
  /// away (`claimgraph export | head`).
  public static func run(arguments: [String]) -> Int32 {
    let console = Console.current
    let status = Advice.$phrasing.withValue(flagPhrasing) {
      runCommand(arguments, console: console)
    }
    return finish(status, console: console)
  }

  /// The run's exit status once standard output is known written: 2 with
  /// `error: cannot write standard output: REASON` when it could not be, 0 when the reader
  /// went away.
  private static func finish(_ status: Int32, console: Console) -> Int32 {
    guard let failure = console.outputFailure() else { return status }
    if failure.isBrokenPipe { return 0 }
    console.writeError("error: \(failure)\n")
    return 2
  }

  /// The advice of messages below the command line (`Advice`), naming its flags; bound while
  /// a command runs.
  @Sendable public static func flagPhrasing(_ advice: Advice) -> String {
    switch advice {
    case .nameGraph: "pass the graph directory with --graph"
    case .pruneBaseline: "remove it with --prune-baseline"
    case .allowHubs: "--through-hubs allows them"
    case .strict: "--strict"
    }
  }

  private static func runCommand(_ arguments: [String], console: Console) -> Int32 {
    do {
      var command = try parseAsRoot(arguments)
      try command.run()
      return 0
    } catch let error as ProjectError {
      console.writeError(CommandFailure.message(for: error, color: console.colorsErrors))
      return 2
    } catch let error as UsageError {
      console.writeError("error: \(error.message)\n")
      return 2
    } catch {
      if error is OutputFailure { return 2 }
      let code = exitCode(for: error)
      let message = fullMessage(for: error)
      if code == .success {
        if !message.isEmpty { console.write(message + "\n") }
        return 0
      }
      if !message.isEmpty { console.writeError(message + "\n") }
      if code == .validationFailure { return 2 }
      return code.rawValue
    }
  }
}
