import ClaimGraph

/// The lint findings grouped by rule (in the registry's order), each with its place in the
/// graph's files and a link to the passage or source it is about.
enum ReportFindings {
  static func html(_ context: ReportContext) -> String {
    var html = "<section id=\"findings\" aria-labelledby=\"findings-h\">\n"
    html += "<h2 id=\"findings-h\">Lint findings</h2>\n<p>"
    guard !context.findings.isEmpty else {
      return html + "The linter finds nothing.\(suppressedNote(context))</p>\n</section>\n"
    }
    html += "\(ReportContext.count(context.findings.count, "finding")), by rule"
    if context.baselined > 0 {
      html += "; \(context.baselined) of them are known debt recorded in the baseline, which "
      html += "<code>claimgraph lint</code> does not report again"
    }
    html += ".\(suppressedNote(context))</p>\n"
    var byRule: [String: [Diagnostic]] = [:]
    for finding in context.findings { byRule[finding.rule, default: []].append(finding) }
    let known = context.registry.descriptors.map(\.id)
    let order =
      known.filter { byRule[$0] != nil } + byRule.keys.filter { !known.contains($0) }.sorted()
    for (index, rule) in order.enumerated() {
      let findings = byRule[rule] ?? []
      let id = ReportContext.anchor(NodeID(rule), "rule", index)
      html += "<section>\n<h3 id=\"\(id)\"><code>"
      html += "\(Escaping.html(rule))</code> (\(findings.count))</h3>\n"
      if let summary = context.registry.descriptor(for: rule)?.summary {
        html += "<p>\(Escaping.html(summary))</p>\n"
      }
      html += "<ol class=\"findings\">\n"
      for finding in findings { html += "<li>\(item(finding, context: context))</li>\n" }
      html += "</ol>\n</section>\n"
    }
    return html + "</section>\n"
  }

  private static func suppressedNote(_ context: ReportContext) -> String {
    guard context.suppressed > 0 else { return "" }
    let findings = ReportContext.count(context.suppressed, "finding")
    return " \(findings) more \(context.suppressed == 1 ? "is" : "are") suppressed in the "
      + "graph's files, each with its reason."
  }

  private static func item(_ finding: Diagnostic, context: ReportContext) -> String {
    var html = "<span class=\"sev\">\(finding.severity.rawValue)</span> "
    if let location = finding.location {
      html += "<code>\(Escaping.html(location.description))</code> "
    }
    html += Escaping.html(finding.message)
    guard let node = finding.node else { return html }
    if context.claimsInText.contains(node) {
      html += " <a href=\"#\(context.anchor(ofClaim: node))\">the passage</a>"
    } else if context.graph.source(node) != nil {
      html += " <a href=\"#\(context.anchor(ofSource: node))\">the source</a>"
    }
    return html
  }
}
