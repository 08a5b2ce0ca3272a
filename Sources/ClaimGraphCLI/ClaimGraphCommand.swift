import ArgumentParser
import Foundation

/// The `claimgraph` command line tool.
public struct ClaimGraphCommand: ParsableCommand {
  /// The tool's name, version, abstract and subcommands.
  public static let configuration = CommandConfiguration(
    commandName: "claimgraph",
    abstract: "Turn science writing into a citation-checked knowledge graph.",
    discussion: """
      Exit status: 0 success; 1 lint found errors or --check found stale output; \
      2 usage error, unreadable or malformed input.
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
    Foundation.exit(run(arguments: Array(CommandLine.arguments.dropFirst())))
  }

  /// Runs the tool in-process and returns its exit status.
  ///
  /// Output goes to ``Console/current``. Usage errors exit with 2, as the contract requires.
  public static func run(arguments: [String]) -> Int32 {
    let console = Console.current
    do {
      var command = try parseAsRoot(arguments)
      try command.run()
      return 0
    } catch {
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
