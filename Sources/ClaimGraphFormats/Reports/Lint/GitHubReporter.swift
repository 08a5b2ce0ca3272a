import ClaimGraph

/// Renders a lint report for GitHub Actions: workflow commands that become annotations
/// on the pull request, and a Markdown table for the job's step summary.
///
/// GitHub shows only 10 error and 10 warning annotations per step, so errors come first;
/// the step summary lists every finding.
public enum GitHubReporter {
  /// How many annotations of one severity GitHub shows per step.
  public static let annotationLimit = 10

  /// One workflow command per finding, errors first, then warnings, then notes
  /// (`::error file=…,line=…,col=…,title=…::message`), each ending in a newline.
  ///
  /// - Parameters:
  ///   - report: the lint report.
  ///   - related: where else each finding is (a claim's passages in the article text):
  ///     each place gets an annotation of its own right after the finding's, its message
  ///     ending with where the finding itself is reported, so a pull request that only
  ///     edits the article shows the finding on the article's lines.
  public static func annotations(
    _ report: LintReport, related: (Diagnostic) -> [SourceLocation] = { _ in [] }
  ) -> String {
    let ordered = Severity.allCases.reversed().flatMap { severity in
      report.findings.filter { $0.severity == severity }
    }
    return ordered.map { finding in
      var text = command(for: finding)
      var seen: Set<SourceLocation> = finding.location.map { [$0] } ?? []
      for place in related(finding) where seen.insert(place).inserted {
        var copy = finding
        copy.location = place
        if let location = finding.location { copy.message += " (reported at \(location))" }
        text += command(for: copy)
      }
      return text
    }.joined()
  }

  /// A plain line telling that GitHub hides some annotations, or nil when all are shown.
  ///
  /// - Parameters:
  ///   - report: the lint report.
  ///   - stepSummary: whether the findings also went to the job's step summary.
  public static func limitNotice(_ report: LintReport, stepSummary: Bool = false) -> String? {
    let summary = report.summary
    guard
      summary.errors > annotationLimit || summary.warnings > annotationLimit
        || summary.notes > annotationLimit
    else { return nil }
    return "GitHub shows at most \(annotationLimit) annotations per severity in a step; "
      + "all \(report.findings.count) findings are listed "
      + (stepSummary ? "in the job summary and in the log above.\n" : "in the log above.\n")
  }

  /// The workflow command for one finding, ending in a newline.
  public static func command(for finding: Diagnostic) -> String {
    let name =
      switch finding.severity {
      case .error: "error"
      case .warning: "warning"
      case .note: "notice"
      }
    var properties: [(String, String)] = []
    if let location = finding.location {
      properties += [
        ("file", location.file), ("line", String(location.line)), ("col", String(location.column)),
      ]
    }
    properties.append(("title", "claimgraph: \(finding.rule)"))
    let list = properties.map { "\($0.0)=\(escapeProperty($0.1))" }.joined(separator: ",")
    return "::\(name) \(list)::\(escapeData(finding.message))\n"
  }

  /// Escapes a command's message: `%`, carriage return and line feed, so a value from a
  /// pull request can never end the line and start a command of its own.
  public static func escapeData(_ text: String) -> String {
    var result = ""
    for scalar in text.unicodeScalars {
      switch scalar {
      case "%": result += "%25"
      case "\r": result += "%0D"
      case "\n": result += "%0A"
      default: result.unicodeScalars.append(scalar)
      }
    }
    return result
  }

  /// Escapes a property value: as ``escapeData(_:)``, plus `:` and `,`, which separate
  /// properties.
  public static func escapeProperty(_ text: String) -> String {
    escapeData(text).replacing(":", with: "%3A").replacing(",", with: "%2C")
  }

  /// A Markdown step summary listing every finding in a table, ending in a newline.
  public static func stepSummary(_ report: LintReport) -> String {
    var text = "## claimgraph lint\n\n" + TextReporter.summary(report) + "\n"
    guard !report.findings.isEmpty else { return text }
    text += "| Severity | Location | Rule | Message |\n| --- | --- | --- | --- |\n"
    let ordered = Severity.allCases.reversed().flatMap { severity in
      report.findings.filter { $0.severity == severity }
    }
    for finding in ordered {
      let place = finding.location.map(\.description) ?? ""
      text +=
        "| \(finding.severity.rawValue) | \(cell(place)) | \(cell(finding.rule)) | "
        + "\(cell(finding.message)) |\n"
    }
    return text
  }

  /// Text made safe for a Markdown table cell: no HTML, no pipes, no line breaks.
  static func cell(_ text: String) -> String { Escaping.markdownCell(text, inert: true) }
}
