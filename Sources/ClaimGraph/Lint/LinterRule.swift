/// The linter's own rules, about suppressions and configuration: reported by the
/// ``Linter`` itself, not by a ``GraphRule``.
public enum LinterRule {
  /// A suppression that silenced nothing.
  public static let unusedSuppression = RuleDescriptor(
    id: .unusedSuppression, defaultSeverity: .warning,
    summary: "A suppression silences nothing.",
    explanation: """
      A `suppress:` entry on a node names a rule that reports nothing for that node, so \
      the entry is stale (the problem was fixed) or names the wrong rule. Remove it, so \
      that it does not hide a future problem. Suppressions of rules that the configuration \
      turns off are not reported.
      """)
  /// A suppression or a configuration entry names a rule that does not exist.
  public static let unknownRule = RuleDescriptor(
    id: .unknownRule, defaultSeverity: .error,
    summary: "A suppression or the configuration names a rule that does not exist.",
    explanation: """
      Rule ids are stable kebab-case names listed by `claimgraph rules`. An unknown id is \
      usually a typo, and would silently configure or suppress nothing; the message \
      suggests the closest id.
      """)

  /// A baseline entry that no finding fills any more.
  public static let staleBaselineEntry = RuleDescriptor(
    id: .staleBaselineEntry, defaultSeverity: .warning,
    summary: "A baseline entry matches no finding any more.",
    explanation: """
      The finding a baseline entry records is gone (it was fixed, or its rule turned off), \
      but the entry stays and would silently absorb the same finding if it came back. \
      `claimgraph lint --prune-baseline` removes stale entries from the baseline file and \
      keeps the rest; commit the result. Not reported when only some files are linted or \
      when the input could not be read.
      """)

  /// Every rule of the linter itself.
  public static let all: [RuleDescriptor] = [unusedSuppression, unknownRule, staleBaselineEntry]
}
