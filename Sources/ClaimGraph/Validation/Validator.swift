/// Runs validation rules over a graph.
public struct Validator: Sendable {
  /// The rules to run, in order.
  public let rules: [any GraphRule]

  /// The rules that check a graph's integrity: every reference resolves.
  public static let integrityRules: [any GraphRule] = [
    UnresolvedReferenceRule.unknownSource,
    UnresolvedReferenceRule.unknownEntity,
    UnresolvedReferenceRule.unknownSection,
  ]

  /// Creates a validator running these rules.
  public init(rules: [any GraphRule]) { self.rules = rules }

  /// Every rule's findings, in canonical order (by location, then rule).
  public func validate(_ context: ValidationContext) -> [Diagnostic] {
    rules.flatMap { $0.check(context) }.sorted(by: Diagnostic.canonicalOrder)
  }
}
