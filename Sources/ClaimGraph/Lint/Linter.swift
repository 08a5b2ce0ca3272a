/// Lints a loaded graph and returns a ``LintReport``.
///
/// It runs the rules, then applies the configuration, inline suppressions and a baseline.
/// Pure: no files, no clock, no terminal.
///
/// ```swift
/// let loaded = GraphLoader().load(directory: "Graph")
/// let report = Linter().lint(loaded, currentYear: 2026)
/// print(TextReporter.findings(report, color: false), TextReporter.summary(report))
/// ```
///
/// The loader's problems (`syntax`, `unknown-key`, `duplicate-id`, …) are reported with
/// the graph rules' findings, so one run shows everything.
public struct Linter: Sendable {
  /// The rules known to the run.
  public let registry: RuleRegistry
  /// Severities, thresholds, ignored paths and strictness.
  public let configuration: LintConfiguration

  /// Input rules that mean a file could not be read or parsed at all: any such error
  /// makes the run exit with status 2, whatever the configuration says.
  public static let fatalInputRules: Set<String> = [
    InputRule.unreadableFile.id, InputRule.invalidEncoding.id, InputRule.syntax.id,
    InputRule.limitExceeded.id, InputRule.unsupportedConstruct.id,
  ]

  /// Creates a linter.
  public init(registry: RuleRegistry = .standard, configuration: LintConfiguration = .init()) {
    self.registry = registry
    self.configuration = configuration
  }

  /// Lints a graph.
  ///
  /// - Parameters:
  ///   - loaded: the graph with its source map and the loader's diagnostics.
  ///   - configurationDiagnostics: problems found in the configuration file, reported too.
  ///   - baseline: known findings to leave out of the report, if any.
  ///   - currentYear: the year against which source years are checked.
  ///   - workingDirectory: what relative file paths are relative to, for ignored paths.
  public func lint(
    _ loaded: LoadedGraph, configurationDiagnostics: [Diagnostic] = [], baseline: Baseline? = nil,
    currentYear: Int, workingDirectory: String = ""
  ) -> LintReport {
    // What the reader reported; the graph rules (integrity ones included) run below. A
    // graph already checked by `GraphIntegrity.checked` carries their findings too: each
    // finding is reported once.
    let input = loaded.diagnostics + configurationDiagnostics
    let inputFailed = input.contains {
      $0.severity == .error && Self.fatalInputRules.contains($0.rule)
    }
    let context = ValidationContext(
      graph: loaded.graph, sourceMap: loaded.sourceMap, options: configuration.options,
      currentYear: currentYear)
    // Rules are independent pure functions: run them on every core, keep registry order.
    let rules = registry.graphRules.filter(configuration.isEnabled)
    let found =
      input
      + ParallelMap.map(rules) { $0.check(context) }
      .joined()
    let (kept, suppressed, used) = applySuppressions(to: found.filter(isReported), in: loaded.graph)
    let suppressionFindings = suppressionProblems(loaded, used: used).filter(isReported)
    var seen = Set<Diagnostic>()
    let configured = (kept + suppressionFindings).compactMap(configured)
      .sorted(by: Diagnostic.canonicalOrder).filter { seen.insert($0).inserted }
    let (new, known) = baseline?.partition(configured) ?? (configured, [])
    return LintReport(
      findings: new, suppressed: suppressed.sorted(by: Diagnostic.canonicalOrder),
      baselined: known, inputFailed: inputFailed, strict: configuration.strict)

    func isReported(_ finding: Diagnostic) -> Bool {
      !configuration.isOff(finding.rule) && !isIgnored(finding, workingDirectory: workingDirectory)
    }
  }

  private func isIgnored(_ finding: Diagnostic, workingDirectory: String) -> Bool {
    guard let file = finding.location?.file, !configuration.ignoredPaths.isEmpty else {
      return false
    }
    return configuration.ignoredPaths.contains {
      PathPattern($0, base: configuration.baseDirectory).matches(
        file, workingDirectory: workingDirectory)
    }
  }

  private func configured(_ finding: Diagnostic) -> Diagnostic? {
    guard let severity = configuration.severity(of: finding.rule, default: finding.severity)
    else { return nil }
    var result = finding
    result.severity = severity
    return result
  }

  private struct SuppressionUse: Hashable {
    let node: NodeID
    let index: Int
  }

  private func applySuppressions(to findings: [Diagnostic], in graph: KnowledgeGraph) -> (
    kept: [Diagnostic], suppressed: [Diagnostic], used: Set<SuppressionUse>
  ) {
    var kept: [Diagnostic] = []
    var suppressed: [Diagnostic] = []
    var used = Set<SuppressionUse>()
    for finding in findings {
      guard let node = finding.node,
        let index = graph.node(node)?.suppressions.firstIndex(where: { $0.rule == finding.rule })
      else {
        kept.append(finding)
        continue
      }
      suppressed.append(finding)
      used.insert(SuppressionUse(node: node, index: index))
    }
    return (kept, suppressed, used)
  }

  private func suppressionProblems(_ loaded: LoadedGraph, used: Set<SuppressionUse>)
    -> [Diagnostic]
  {
    loaded.graph.nodes.flatMap { node in
      node.suppressions.enumerated().compactMap { index, suppression -> Diagnostic? in
        let location = loaded.sourceMap.location(of: node.id, field: "suppress[\(index)]")
        if registry.descriptor(for: suppression.rule) == nil {
          return LinterRule.unknownRule.diagnostic(
            "'\(node.id)' suppresses '\(suppression.rule)', which is not a rule"
              + registry.hint(for: suppression.rule), at: location, node: node.id)
        }
        guard !configuration.isOff(suppression.rule),
          !used.contains(SuppressionUse(node: node.id, index: index))
        else { return nil }
        return LinterRule.unusedSuppression.diagnostic(
          "'\(node.id)' suppresses '\(suppression.rule)', which reports nothing for it; "
            + "remove the suppression", at: location, node: node.id)
      }
    }
  }
}
