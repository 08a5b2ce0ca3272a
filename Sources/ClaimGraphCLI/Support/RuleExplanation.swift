import ClaimGraph

/// The text `claimgraph lint --explain RULE` prints.
enum RuleExplanation {
  /// The explanation of a rule, or nil when no rule has that id.
  static func text(for id: String, in registry: RuleRegistry) -> String? {
    guard let rule = registry.descriptor(for: id) else { return nil }
    var text = """
      \(rule.id): \(rule.summary)
      Default severity: \(rule.defaultSeverity.rawValue)

      \(rule.explanation)

      """
    let options = registry.options(for: id)
    if !options.isEmpty {
      text += "\nOptions (in .claimgraph.yml under rules: \(id):):\n"
      for option in options {
        text += "  \(option.name): \(option.defaultValue) (default) — \(option.summary)\n"
      }
    }
    text += "\nSilence it for one node with: suppress: [{rule: \(id), reason: \"…\"}]\n"
    return text
  }
}
