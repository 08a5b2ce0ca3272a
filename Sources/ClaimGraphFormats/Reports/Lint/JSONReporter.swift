import ClaimGraph

/// Renders a lint report as the JSON object of the public contract.
///
/// The shape is `{"findings":[{"rule","severity","message","file","line","column","node"}],
/// "summary":{"errors","warnings","notes"}}`. `file`, `line` and `column` are left out
/// of a finding that has no location, and `node` of one that is about no node.
public enum JSONReporter {
  /// The report as a JSON value.
  public static func json(_ report: LintReport) -> JSONValue {
    let summary = report.summary
    return .object([
      ("findings", .array(report.findings.map(json(for:)))),
      (
        "summary",
        .object([
          ("errors", .int(summary.errors)), ("warnings", .int(summary.warnings)),
          ("notes", .int(summary.notes)),
        ])
      ),
    ])
  }

  /// The report serialised (pretty-printed), ending in a newline.
  public static func render(_ report: LintReport) -> String {
    json(report).serialized() + "\n"
  }

  private static func json(for finding: Diagnostic) -> JSONValue {
    var members: [(String, JSONValue)] = [
      ("rule", .string(finding.rule)), ("severity", .string(finding.severity.rawValue)),
      ("message", .string(finding.message)),
    ]
    if let location = finding.location {
      members += [
        ("file", .string(location.file)), ("line", .int(location.line)),
        ("column", .int(location.column)),
      ]
    }
    if let node = finding.node { members.append(("node", .string(node.rawValue))) }
    return .object(members)
  }
}
