import ArgumentParser
import ClaimGraph
import ClaimGraphFormats

/// `claimgraph rules`: every rule with its id, default severity and summary.
struct RulesCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "rules",
    abstract: "List the lint rules: id, default severity and what each checks.",
    discussion: "'claimgraph lint --explain RULE' explains one rule in full.")

  @Option(name: [.short, .long], help: "Output format.")
  var format: OutputFormat = .text

  func run() throws {
    let registry = RuleRegistry.standard
    let console = Console.current
    switch format {
    case .text: console.write(Self.table(registry))
    case .json: console.write(Self.json(registry).serialized() + "\n")
    }
  }

  static func table(_ registry: RuleRegistry) -> String {
    let rules = registry.descriptors
    let width = rules.map(\.id.count).max() ?? 0
    return rules.map { rule in
      let id = rule.id.padding(to: width + 2)
      let severity = rule.defaultSeverity.rawValue.padding(to: 9)
      return "\(id)\(severity)\(rule.summary)\n"
    }.joined()
  }

  static func json(_ registry: RuleRegistry) -> JSONValue {
    .object([
      (
        "rules",
        .array(
          registry.descriptors.map { rule in
            .object([
              ("id", .string(rule.id)),
              ("severity", .string(rule.defaultSeverity.rawValue)),
              ("summary", .string(rule.summary)),
              (
                "options",
                .array(
                  registry.options(for: rule.id).map { option in
                    .object([
                      ("name", .string(option.name)), ("default", .int(option.defaultValue)),
                      ("summary", .string(option.summary)),
                    ])
                  })
              ),
            ])
          })
      )
    ])
  }
}

extension String {
  /// The text followed by spaces up to `width` characters (at least one space).
  fileprivate func padding(to width: Int) -> String {
    self + String(repeating: " ", count: max(1, width - count))
  }
}
