/// The outcome of a lint run: what to report, what was silenced, and the exit status.
public struct LintReport: Sendable {
  /// The findings to report, in canonical order (by file, line, column, rule).
  public let findings: [Diagnostic]
  /// Findings silenced by a `suppress:` entry on their node.
  public let suppressed: [Diagnostic]
  /// Findings the baseline already knows.
  public let baselined: [Diagnostic]
  /// Whether some input could not be read or parsed at all (exit status 2).
  public let inputFailed: Bool
  /// Whether warnings fail the run.
  public let strict: Bool
  /// The baseline's entries that no finding filled (each with its unused count); the
  /// findings include one `stale-baseline-entry` finding for each, unless that rule is off.
  public let staleBaselineEntries: [Baseline.Entry]
  /// Whether the graph rules were left out because some input could not be read or
  /// parsed: on an incomplete graph they would report what the missing files hold as
  /// missing (orphan entities, unknown sources, …).
  public let graphRulesSkipped: Bool

  /// Creates a report.
  public init(
    findings: [Diagnostic], suppressed: [Diagnostic] = [], baselined: [Diagnostic] = [],
    inputFailed: Bool = false, strict: Bool = false, staleBaselineEntries: [Baseline.Entry] = [],
    graphRulesSkipped: Bool = false
  ) {
    self.findings = findings
    self.suppressed = suppressed
    self.baselined = baselined
    self.inputFailed = inputFailed
    self.strict = strict
    self.staleBaselineEntries = staleBaselineEntries
    self.graphRulesSkipped = graphRulesSkipped
  }

  /// The report limited to the findings `isIncluded` accepts (reported, suppressed and
  /// baselined alike), as when only some files of a graph are linted; stale baseline
  /// entries are dropped, since a partial view cannot tell them.
  public func filtered(_ isIncluded: (Diagnostic) -> Bool) -> LintReport {
    LintReport(
      findings: findings.filter { $0.rule != .staleBaselineEntry && isIncluded($0) },
      suppressed: suppressed.filter(isIncluded), baselined: baselined.filter(isIncluded),
      inputFailed: inputFailed, strict: strict, graphRulesSkipped: graphRulesSkipped)
  }

  /// The report without its stale-baseline findings, as after pruning the baseline.
  public func withoutStaleBaselineEntries() -> LintReport {
    LintReport(
      findings: findings.filter { $0.rule != .staleBaselineEntry },
      suppressed: suppressed, baselined: baselined, inputFailed: inputFailed, strict: strict,
      graphRulesSkipped: graphRulesSkipped)
  }

  /// Counts of reported findings by severity.
  public struct Summary: Hashable, Sendable {
    /// Error-severity findings.
    public var errors = 0
    /// Warning-severity findings.
    public var warnings = 0
    /// Note-severity findings.
    public var notes = 0
  }

  /// Counts of the reported findings by severity.
  public var summary: Summary {
    var summary = Summary()
    for finding in findings {
      switch finding.severity {
      case .error: summary.errors += 1
      case .warning: summary.warnings += 1
      case .note: summary.notes += 1
      }
    }
    return summary
  }

  /// Every finding before the baseline was applied: what `--write-baseline` records
  /// (stale-baseline findings are about the baseline itself, and are left out).
  public var findingsBeforeBaseline: [Diagnostic] {
    (findings.filter { $0.rule != .staleBaselineEntry } + baselined)
      .sorted(by: Diagnostic.canonicalOrder)
  }

  /// Whether the findings fail the run: an error-severity finding, or, when strict, a
  /// warning. (Input that could not be read is ``inputFailed``.)
  public var fails: Bool {
    let summary = summary
    return summary.errors > 0 || (strict && summary.warnings > 0)
  }
}
