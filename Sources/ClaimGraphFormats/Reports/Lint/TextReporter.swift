import ClaimGraph

/// Renders a lint report for people: one `file:line:column: severity: message [rule]` line
/// per finding (the shape compilers use, which editors and terminals turn into links),
/// and a one-line summary.
public enum TextReporter {
  /// One line per finding, each ending in a newline; ANSI colour only when `color`.
  public static func findings(_ report: LintReport, color: Bool) -> String {
    report.findings.map { line(for: $0, color: color) }.joined()
  }

  /// One finding's line, ending in a newline; ANSI colour only when `color`.
  public static func line(for finding: Diagnostic, color: Bool) -> String {
    guard color else { return finding.description + "\n" }
    let code =
      switch finding.severity {
      case .error: "31"
      case .warning: "33"
      case .note: "36"
      }
    let place = finding.location.map { "\u{1B}[1m\($0):\u{1B}[0m " } ?? ""
    let severity = "\u{1B}[1;\(code)m\(finding.severity.rawValue):\u{1B}[0m"
    return "\(place)\(severity) \(finding.message) \u{1B}[2m[\(finding.rule)]\u{1B}[0m\n"
  }

  /// `3 errors, 1 warning and 2 notes in 2 files (1 suppressed, 4 in the baseline).`
  /// or `No problems found.`, ending in a newline.
  public static func summary(_ report: LintReport) -> String {
    let summary = report.summary
    let counts = [
      (summary.errors, "error"), (summary.warnings, "warning"), (summary.notes, "note"),
    ].filter { $0.0 > 0 }.map { plural($0.0, $0.1) }
    var text: String
    if counts.isEmpty {
      text = "No problems found"
    } else {
      let files = Set(report.findings.compactMap(\.location?.file)).count
      let list =
        counts.count == 1
        ? counts[0] : counts.dropLast().joined(separator: ", ") + " and " + counts.last!
      text = "\(list) in \(plural(files, "file"))"
    }
    var silenced: [String] = []
    if !report.suppressed.isEmpty { silenced.append("\(report.suppressed.count) suppressed") }
    if !report.baselined.isEmpty { silenced.append("\(report.baselined.count) in the baseline") }
    if !silenced.isEmpty { text += " (\(silenced.joined(separator: ", ")))" }
    if report.strict, summary.warnings > 0, summary.errors == 0 {
      text += "; warnings fail the run (\(Advice.strict.words))"
    }
    if report.graphRulesSkipped {
      text += "; the graph rules run once every file can be read"
    }
    return text + ".\n"
  }

  static func plural(_ count: Int, _ noun: String) -> String {
    "\(count) \(noun)\(count == 1 ? "" : "s")"
  }
}
