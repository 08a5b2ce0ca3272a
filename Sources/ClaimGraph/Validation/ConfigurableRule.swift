/// A validation rule with tunable whole-number thresholds.
///
/// Options are read from ``ValidationContext/options`` under qualified names
/// (`established-on-weak-evidence.min-sources`), so two rules may use the same short name.
public protocol ConfigurableRule: GraphRule {
  /// The rule's options with their default values and meaning.
  var options: [RuleOption] { get }
}

/// One tunable threshold of a rule.
public struct RuleOption: Hashable, Sendable {
  /// The option's short kebab-case name, as written in the configuration file.
  public let name: String
  /// The value used when the configuration does not set one.
  public let defaultValue: Int
  /// The smallest value that makes sense.
  public let minimum: Int
  /// What the option controls.
  public let summary: String

  /// Creates an option.
  public init(name: String, defaultValue: Int, minimum: Int = 0, summary: String) {
    self.name = name
    self.defaultValue = defaultValue
    self.minimum = minimum
    self.summary = summary
  }
}

extension ConfigurableRule {
  /// The value of one of the rule's options in a context: configured or default.
  public func value(of option: RuleOption, in context: ValidationContext) -> Int {
    context.options["\(id).\(option.name)"] ?? option.defaultValue
  }
}

extension GraphRule {
  /// The rule's descriptor, for listings and reports.
  public var descriptor: RuleDescriptor {
    RuleDescriptor(
      id: id, defaultSeverity: defaultSeverity, summary: summary, explanation: explanation)
  }
}
