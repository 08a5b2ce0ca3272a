import ArgumentParser
import ClaimGraphFormats
import ClaimGraphProject

/// `claimgraph rules`: every rule with its id, default severity and summary.
struct RulesCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "rules",
    abstract: "List the lint rules: id, default severity and what each checks.",
    discussion: "'claimgraph lint --explain RULE' explains one rule in full.")

  @Option(name: [.short, .long], help: "Output format.")
  var format: OutputFormat = .text

  func run() throws {
    Console.current.write(ClaimGraphProject.rules(format: format))
  }
}
