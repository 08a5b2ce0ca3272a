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

  /// Creates a report.
  public init(
    findings: [Diagnostic], suppressed: [Diagnostic] = [], baselined: [Diagnostic] = [],
    inputFailed: Bool = false, strict: Bool = false
  ) {
    self.findings = findings
    self.suppressed = suppressed
    self.baselined = baselined
    self.inputFailed = inputFailed
    self.strict = strict
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

  /// Every finding before the baseline was applied: what `--write-baseline` records.
  public var findingsBeforeBaseline: [Diagnostic] {
    (findings + baselined).sorted(by: Diagnostic.canonicalOrder)
  }

  /// `0` no error-severity finding (nor, when strict, any warning); `1` otherwise;
  /// `2` when input could not be read or parsed.
  public var exitStatus: Int32 {
    let summary = summary
    if inputFailed { return 2 }
    if summary.errors > 0 || (strict && summary.warnings > 0) { return 1 }
    return 0
  }
}
