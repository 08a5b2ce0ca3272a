import ClaimGraph

/// Reads a lint configuration file (`.claimgraph.yml` or `.claimgraph.yaml`).
///
/// ```yaml
/// strict: false                 # true: warnings fail the run too
/// rules:
///   unused-source: off          # off | note | warning (warn) | error | true | false
///   method-not-in-source: warning
///   established-on-weak-evidence:
///     severity: error
///     min-sources: 3            # a rule's own thresholds
/// ignore:                       # globs relative to this file's directory
///   - drafts/**
/// baseline: .claimgraph-baseline.json   # known findings, relative to this file
/// cues:                         # phrases added to the cue lists (see `Cues`)
///   hedges: ["it is conceivable"]
/// ```
///
/// Every problem is reported with its location, all of them at once: YAML syntax, unknown
/// keys, wrong types, unknown severities and unknown rule ids (`unknown-rule`, with the
/// closest id suggested). What could be read is still returned.
public enum LintConfigurationFile {
  /// The file names searched for, in order of preference.
  public static let names = [".claimgraph.yml", ".claimgraph.yaml"]

  /// The keys a configuration file may have at its top level.
  static let topLevelKeys = ["strict", "rules", "ignore", "baseline", "cues"]

  /// Parses a configuration file's bytes.
  ///
  /// - Parameters:
  ///   - file: the file's path, for locations.
  ///   - directory: the file's directory, which `ignore` patterns are relative to.
  public static func parse(
    _ bytes: [UInt8], file: String, directory: String, registry: RuleRegistry = .standard
  ) -> (configuration: LintConfiguration, diagnostics: [Diagnostic]) {
    var configuration = LintConfiguration(baseDirectory: directory)
    let tree: YAMLTree
    switch GraphLoader.parseYAML(bytes, file: file, limits: GraphLoader.Limits()) {
    case .success(let parsed?): tree = parsed
    case .success(nil): return (configuration, [])
    case .failure(let diagnostic): return (configuration, [diagnostic])
    }
    let reader = LocatedYAML(file: file, tree: tree)
    guard let root = tree.root, !reader.isNull(root),
      let fields = reader.mapping(root, "the lint configuration", allowed: topLevelKeys)
    else { return (configuration, reader.diagnostics) }
    configuration.strict = reader.boolean(fields, "strict", yesNo: true) ?? false
    configuration.ignoredPaths = reader.strings(fields, "ignore").map(\.0)
    configuration.baseline = reader.string(fields, "baseline", in: "the lint configuration")
    if let cues = fields["cues"], !reader.isNull(cues),
      let lists = reader.mapping(
        cues, "the cue lists", allowed: Cues.List.allCases.map(\.rawValue))
    {
      for list in Cues.List.allCases where lists[list.rawValue] != nil {
        configuration.cues[list.rawValue] = reader.strings(lists, list.rawValue).map(\.0)
      }
    }
    if let rules = fields["rules"], !reader.isNull(rules) {
      readRules(rules, into: &configuration, reader: reader, registry: registry)
    }
    return (configuration, reader.diagnostics.sorted(by: Diagnostic.canonicalOrder))
  }

  /// Reads `rules:`; a key that is no rule id is reported as `unknown-rule`, with the
  /// closest id suggested.
  private static func readRules(
    _ node: LocatedYAML.Node, into configuration: inout LintConfiguration, reader: LocatedYAML,
    registry: RuleRegistry
  ) {
    let known = registry.descriptors.map(\.id.rawValue)
    var keys: [String] = []
    if reader.isMapping(node) {
      var children = reader.tree.children(of: node)
      while let key = children.next(), children.next() != nil {
        if reader.tree.kind(of: key) == .scalar { keys.append(reader.tree.text(of: key)) }
      }
    }
    guard let entries = reader.mapping(node, "the rules", allowed: known + keys) else {
      return
    }
    for (text, keyNode, value) in entries.values {
      do throws(UnknownRuleID) {
        let id = try registry.ruleID(text)
        readRule(id, value, into: &configuration, reader: reader, registry: registry)
      } catch {
        reader.report(
          LinterRule.unknownRule,
          "unknown rule '\(text)' (see 'claimgraph rules')\(error.hint)", at: keyNode)
      }
    }
  }

  private static func readRule(
    _ id: RuleID, _ value: LocatedYAML.Node, into configuration: inout LintConfiguration,
    reader: LocatedYAML, registry: RuleRegistry
  ) {
    if reader.tree.kind(of: value) == .scalar {
      guard let text = reader.string(value, key: id.rawValue) else { return }
      setSeverity(text, of: id, at: value, into: &configuration, reader: reader, registry: registry)
      return
    }
    let options = registry.options(for: id)
    guard
      let fields = reader.mapping(
        value, "the settings of '\(id)'", allowed: ["severity"] + options.map(\.name))
    else { return }
    if let text = reader.string(fields, "severity", in: "the settings of '\(id)'"),
      let node = fields["severity"]
    {
      setSeverity(text, of: id, at: node, into: &configuration, reader: reader, registry: registry)
    }
    for option in options {
      guard let number = reader.integer(fields, option.name), let node = fields[option.name] else {
        continue
      }
      guard number >= option.minimum else {
        reader.report(
          InputRule.invalidValue,
          "'\(option.name)' of '\(id)' must be at least \(option.minimum), found \(number)",
          at: node)
        continue
      }
      configuration.options[RuleOption.Key(rule: id, name: option.name)] = number
    }
  }

  /// The words a rule's setting may be: a severity (`warn` for `warning`), `off`, or a
  /// boolean — `false`/`no` turn the rule off, `true`/`yes`/`on` turn it on at its
  /// default severity (which enables a rule that is off by default).
  static func setting(_ text: String, of id: RuleID, registry: RuleRegistry) -> RuleSetting? {
    switch text.lowercased() {
    case "warn": return .severity(.warning)
    case "false", "no": return .off
    case "true", "yes", "on":
      return registry.descriptor(for: id).map { .severity($0.defaultSeverity) }
    default: return RuleSetting(text: text.lowercased())
    }
  }

  private static func setSeverity(
    _ text: String, of id: RuleID, at node: LocatedYAML.Node,
    into configuration: inout LintConfiguration, reader: LocatedYAML, registry: RuleRegistry
  ) {
    if let setting = setting(text, of: id, registry: registry) {
      configuration.rules[id] = setting
    } else {
      let allowed = ["off", "note", "warning", "error"]
      reader.report(
        InputRule.invalidValue,
        "the severity of '\(id)' must be one of \(allowed.joined(separator: ", ")) "
          + "(or warn, true, false), found '\(text)'"
          + Suggestion.hint(for: text, in: allowed), at: node)
    }
  }
}
