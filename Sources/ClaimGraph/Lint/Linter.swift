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

  /// Input rules that mean a file could not be read or parsed at all, or holds nothing: any
  /// such error makes the run exit with status 2, whatever the configuration says.
  static let fatalInputRules: Set<RuleID> = [
    .unreadableFile, .invalidEncoding, .syntax, .limitExceeded, .unsupportedConstruct, .emptyFile,
  ]

  /// The rules whose findings depend on the article's text rather than only on the file
  /// that holds them: when only some files are linted and the text is one of them, their
  /// findings are reported wherever they are.
  public static let textRules: Set<RuleID> = [.quoteNotFound, .quoteAmbiguous, .uncoveredSentence]

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
    // A file that could not be read leaves the graph incomplete: the graph rules would
    // report what it holds as missing (orphan entities and unused sources in the other
    // files, unknown references to its ids), so they wait until it reads.
    var found = input
    var suppressed: [Diagnostic] = []
    if !inputFailed {
      let context = ValidationContext(
        graph: loaded.graph, sourceMap: loaded.sourceMap, options: configuration.options,
        currentYear: currentYear, cues: Cues.standard.adding(configuration.cues))
      // Rules are independent pure functions: run them on every core, keep registry order.
      let rules = registry.graphRules.filter(configuration.isEnabled)
      found += ParallelMap.map(rules) { $0.check(context) }.joined()
      let applied = applySuppressions(to: found.filter(isReported), in: loaded.graph)
      found = applied.kept + suppressionProblems(loaded, used: applied.used).filter(isReported)
      suppressed = applied.suppressed
    } else {
      found = found.filter(isReported)
    }
    found += rejectedSuppressionProblems(loaded).filter(isReported)
    let settled = Self.uniqueSorted(found.compactMap(configured))
    let (new, known, stale) = baseline?.match(settled) ?? (settled, [], [])
    let staleEntries = inputFailed ? [] : stale
    let staleFindings = staleEntries.compactMap { entry in
      configured(staleFinding(entry, in: baseline))
    }
    return LintReport(
      // `new` keeps the order of `settled`, so only stale findings need placing.
      findings: staleFindings.isEmpty
        ? new : (new + staleFindings).sorted(by: Diagnostic.canonicalOrder),
      suppressed: suppressed.sorted(by: Diagnostic.canonicalOrder), baselined: known,
      inputFailed: inputFailed, strict: configuration.strict, staleBaselineEntries: staleEntries,
      graphRulesSkipped: inputFailed)

    func isReported(_ finding: Diagnostic) -> Bool {
      !configuration.isOff(finding.rule) && !isIgnored(finding, workingDirectory: workingDirectory)
    }
  }

  /// The findings in canonical order, each once.
  ///
  /// Equal findings sort next to each other (the order compares location, rule and
  /// message), so each is compared only with the others of its run, never hashed.
  static func uniqueSorted(_ findings: [Diagnostic]) -> [Diagnostic] {
    let sorted = Diagnostic.canonicallySorted(findings)
    var unique: [Diagnostic] = []
    unique.reserveCapacity(sorted.count)
    var runStart = 0
    for finding in sorted {
      if let last = unique.last, Diagnostic.canonicalOrder(last, finding) {
        runStart = unique.count
      }
      if !unique[runStart...].contains(finding) { unique.append(finding) }
    }
    return unique
  }

  private func staleFinding(_ entry: Baseline.Entry, in baseline: Baseline?) -> Diagnostic {
    let subject = entry.node.map { " on '\($0)'" } ?? entry.file.map { " in \($0)" } ?? ""
    let times = entry.count == 1 ? "" : " (\(entry.count) of them)"
    return LinterRule.staleBaselineEntry.diagnostic(
      "the baseline entry for '\(entry.rule)'\(subject) matches no finding any more\(times); "
        + Advice.pruneBaseline.words, at: baseline?.location(of: entry))
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
    // Few nodes suppress anything: look findings up among those only.
    var declared: [NodeID: [Suppression]] = [:]
    for (id, suppressions) in Self.suppressions(in: graph) { declared[id] = suppressions }
    guard !declared.isEmpty else { return (findings, [], []) }
    var kept: [Diagnostic] = []
    var suppressed: [Diagnostic] = []
    var used = Set<SuppressionUse>()
    for finding in findings {
      guard let node = finding.node,
        let index = declared[node]?.firstIndex(where: { $0.rule == finding.rule })
      else {
        kept.append(finding)
        continue
      }
      suppressed.append(finding)
      used.insert(SuppressionUse(node: node, index: index))
    }
    return (kept, suppressed, used)
  }

  /// The nodes that declare suppressions, with them, in node order (claims, sources,
  /// entities), read in place without copying the nodes that declare none.
  private static func suppressions(in graph: KnowledgeGraph) -> [(NodeID, [Suppression])] {
    var found: [(NodeID, [Suppression])] = []
    for offset in graph.claims.indices where !graph.claims[offset].suppressions.isEmpty {
      found.append((graph.claims[offset].id, graph.claims[offset].suppressions))
    }
    for offset in graph.sources.indices where !graph.sources[offset].suppressions.isEmpty {
      found.append((graph.sources[offset].id, graph.sources[offset].suppressions))
    }
    for offset in graph.entities.indices where !graph.entities[offset].suppressions.isEmpty {
      found.append((graph.entities[offset].id, graph.entities[offset].suppressions))
    }
    return found
  }

  /// `unknown-rule` for suppressions the reader refused (no reason) that name no rule.
  private func rejectedSuppressionProblems(_ loaded: LoadedGraph) -> [Diagnostic] {
    loaded.rejectedSuppressions.compactMap { rejected in
      guard registry.descriptor(for: rejected.rule) == nil else { return nil }
      return unknownRuleFinding(rejected.rule, on: rejected.node, at: rejected.location)
    }
  }

  private func unknownRuleFinding(_ rule: RuleID, on node: NodeID, at location: SourceLocation?)
    -> Diagnostic
  {
    LinterRule.unknownRule.diagnostic(
      "'\(node)' suppresses '\(rule)', which is not a rule" + registry.hint(for: rule.rawValue),
      at: location, node: node)
  }

  private func suppressionProblems(_ loaded: LoadedGraph, used: Set<SuppressionUse>)
    -> [Diagnostic]
  {
    Self.suppressions(in: loaded.graph).flatMap { node, suppressions in
      suppressions.enumerated().compactMap { index, suppression -> Diagnostic? in
        let location = loaded.sourceMap.location(of: node, field: "suppress[\(index)]")
        if registry.descriptor(for: suppression.rule) == nil {
          return unknownRuleFinding(suppression.rule, on: node, at: location)
        }
        guard !configuration.isOff(suppression.rule),
          !used.contains(SuppressionUse(node: node, index: index))
        else { return nil }
        return LinterRule.unusedSuppression.diagnostic(
          "'\(node)' suppresses '\(suppression.rule)', which reports nothing for it; "
            + "remove the suppression", at: location, node: node)
      }
    }
  }
}
