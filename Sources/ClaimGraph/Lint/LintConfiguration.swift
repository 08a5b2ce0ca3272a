/// How a lint run is configured: rule severities, thresholds, ignored paths, strictness.
///
/// Usually read from `.claimgraph.yml` by `LintConfigurationFile` (module
/// `ClaimGraphYAML`); build one in code to lint with a library call.
public struct LintConfiguration: Sendable, Equatable {
  /// Per-rule settings by rule id; rules not named keep their default severity.
  public var rules: [RuleID: RuleSetting]
  /// Rule thresholds by rule and option name (`established-on-weak-evidence.min-sources`).
  public var options: [RuleOption.Key: Int]
  /// Phrases added to the cue lists of the rules that read a claim's sentence, by list
  /// name (`hedges`, `appeals` …; see ``Cues``).
  public var cues: [String: [String]]
  /// Glob patterns (`*`, `?`, `**`) of files whose findings are dropped, relative to
  /// ``baseDirectory``; a pattern naming a directory covers everything below it.
  public var ignoredPaths: [String]
  /// The directory ignore patterns are relative to (usually the configuration file's);
  /// empty means the working directory.
  public var baseDirectory: String
  /// Whether warnings fail the run too.
  public var strict: Bool
  /// The baseline file of known findings, relative to ``baseDirectory``, if any.
  public var baseline: String?

  /// Creates a configuration.
  public init(
    rules: [RuleID: RuleSetting] = [:], options: [RuleOption.Key: Int] = [:],
    ignoredPaths: [String] = [],
    baseDirectory: String = "", strict: Bool = false, baseline: String? = nil,
    cues: [String: [String]] = [:]
  ) {
    self.cues = cues
    self.rules = rules
    self.options = options
    self.ignoredPaths = ignoredPaths
    self.baseDirectory = baseDirectory
    self.strict = strict
    self.baseline = baseline
  }

  /// The severity findings of a rule get, or nil when the rule is off.
  public func severity(of rule: RuleID, default defaultSeverity: Severity) -> Severity? {
    switch rules[rule] {
    case nil: defaultSeverity
    case .off: nil
    case .severity(let severity): severity
    }
  }

  /// Whether a rule is turned off.
  func isOff(_ rule: RuleID) -> Bool { rules[rule] == .off }

  /// Whether a graph rule runs: as the configuration says, or by the rule's default.
  func isEnabled(_ rule: any GraphRule) -> Bool {
    switch rules[rule.id] {
    case nil: rule.isEnabledByDefault
    case .off: false
    case .severity: true
    }
  }
}

/// What the configuration says about one rule.
public enum RuleSetting: Hashable, Sendable {
  /// The rule does not run and reports nothing.
  case off
  /// Every finding of the rule gets this severity.
  case severity(Severity)

  /// Reads `off`, `note`, `warning` or `error`.
  public init?(text: String) {
    if text == "off" {
      self = .off
    } else if let severity = Severity(rawValue: text) {
      self = .severity(severity)
    } else {
      return nil
    }
  }
}
