import ClaimGraph

/// The headline numbers: claims by strength, cited and uncited, how they are backed,
/// sources listed and unlisted, the article's coverage and the lint findings.
enum ReportSummary {
  static func html(_ context: ReportContext) -> String {
    let graph = context.graph
    var backings: [ClaimBacking: Int] = [:]
    for claim in context.claims { backings[graph.backing(of: claim), default: 0] += 1 }
    let uncited = backings[.none] ?? 0
    let listed = context.sources.count(where: context.isListed)
    var html = "<section id=\"glance\" aria-labelledby=\"glance-h\">\n"
    html += "<h2 id=\"glance-h\">At a glance</h2>\n<dl class=\"figures\">\n"
    func figure(_ term: String, _ value: String, _ detail: String) {
      html += "<div><dt>\(term)</dt><dd><span class=\"n\">\(value)</span> "
      html += "<span class=\"detail\">\(detail)</span></dd></div>\n"
    }
    let strengths = context.tables.tables.map { table in
      "<a href=\"#\(table.anchor)\">\(table.claimCount) \(table.strength.rawValue)</a>"
    }
    figure("Claims", "\(context.claims.count)", strengths.joined(separator: " · "))
    figure(
      "Cited", "\(context.claims.count - uncited)", "backed by a citation; \(uncited) uncited")
    figure(
      "Backed by a listed source", "\(backings[.listed] ?? 0)",
      "\(backings[.unlisted] ?? 0) only by unlisted studies ◇ · "
        + "\(backings[.none] ?? 0) by no source ∅")
    figure(
      "Sources", "\(context.sources.count)",
      "<a href=\"#listed\">\(listed) listed</a> · "
        + "<a href=\"#unlisted\">\(context.sources.count - listed) unlisted</a>")
    if let coverage = context.coverage {
      figure(
        "Coverage", coverage.shareText,
        "claims state \(coverage.covered) of "
          + ReportContext.count(coverage.factual, "factual sentence"))
    } else {
      figure("Coverage", "–", "no article text")
    }
    var severities: [Severity: Int] = [:]
    for finding in context.findings { severities[finding.severity, default: 0] += 1 }
    figure(
      "Lint findings", "\(context.findings.count)",
      "<a href=\"#findings\">" + ReportContext.count(severities[.error] ?? 0, "error") + " · "
        + ReportContext.count(severities[.warning] ?? 0, "warning") + " · "
        + ReportContext.count(severities[.note] ?? 0, "note") + "</a>")
    return html + "</dl>\n</section>\n"
  }
}
