/// A validation rule with tunable whole-number thresholds.
///
/// Options are read from ``ValidationContext/options`` under their rule's id and their
/// name (``RuleOption/Key``), so two rules may use the same short name.
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
    context.options[RuleOption.Key(rule: id, name: option.name)] ?? option.defaultValue
  }
}

extension RuleOption {
  /// Where a value of an option is kept: its rule's id and its name, written
  /// `established-on-weak-evidence.min-sources`.
  public struct Key: Hashable, Sendable, CustomStringConvertible {
    /// The rule the option belongs to.
    public let rule: RuleID
    /// The option's short name (``RuleOption/name``).
    public let name: String

    /// The key of the option with this name of this rule.
    public init(rule: RuleID, name: String) {
      self.rule = rule
      self.name = name
    }

    /// `rule-id.option-name`.
    public var description: String { "\(rule).\(name)" }
  }
}

extension GraphRule {
  /// The rule's descriptor, for listings and reports.
  public var descriptor: RuleDescriptor {
    RuleDescriptor(
      id: id, defaultSeverity: defaultSeverity, summary: summary, explanation: explanation)
  }
}
