/// The linter's own rules, about suppressions and configuration: reported by the
/// ``Linter`` itself, not by a ``GraphRule``.
public enum LinterRule {
  /// A suppression that silenced nothing.
  public static let unusedSuppression = RuleDescriptor(
    id: "unused-suppression", defaultSeverity: .warning,
    summary: "A suppression silences nothing.",
    explanation: """
      A `suppress:` entry on a node names a rule that reports nothing for that node, so \
      the entry is stale (the problem was fixed) or names the wrong rule. Remove it, so \
      that it does not hide a future problem. Suppressions of rules that the configuration \
      turns off are not reported.
      """)
  /// A suppression or a configuration entry names a rule that does not exist.
  public static let unknownRule = RuleDescriptor(
    id: "unknown-rule", defaultSeverity: .error,
    summary: "A suppression or the configuration names a rule that does not exist.",
    explanation: """
      Rule ids are stable kebab-case names listed by `claimgraph rules`. An unknown id is \
      usually a typo, and would silently configure or suppress nothing; the message \
      suggests the closest id.
      """)

  /// Every rule of the linter itself.
  public static let all: [RuleDescriptor] = [unusedSuppression, unknownRule]
}
