import ClaimGraph

/// What we know, what we don't know yet, common misconceptions: the summary tables, each
/// row a claim linked to its passage in the text and the sources that back it.
enum ReportTables {
  static func html(_ context: ReportContext) -> String {
    var html = "<section id=\"tables\" aria-labelledby=\"tables-h\">\n"
    html += "<h2 id=\"tables-h\">What we know, what we don't, and the myths</h2>\n"
    for table in context.tables.tables {
      html +=
        "<section class=\"s-\(table.strength.rawValue)\">\n"
      html += "<h3 id=\"\(table.anchor)\">\(Escaping.html(table.title))</h3>\n"
      html += "<p class=\"count\">\(ReportContext.count(table.claimCount, "claim"))</p>\n"
      let rows = table.groups.flatMap(\.rows)
      guard !rows.isEmpty else {
        html += "</section>\n"
        continue
      }
      html += "<table class=\"claims\">\n<thead><tr><th scope=\"col\">Claim</th>"
      html += "<th scope=\"col\">Backed by</th></tr></thead>\n<tbody>\n"
      for row in rows {
        html += "<tr><td>\(context.claimLink(row.claim, text: row.statement))</td>"
        html += "<td>\(backedBy(row.claim, context: context))</td></tr>\n"
      }
      html += "</tbody>\n</table>\n</section>\n"
    }
    return html + "</section>\n"
  }

  /// The sources of a claim's backing citations, each once; `∅ no source` when none.
  private static func backedBy(_ id: NodeID, context: ReportContext) -> String {
    guard let claim = context.graph.claim(id) else { return "" }
    var seen = Set<NodeID>()
    let sources = context.graph.backingCitations(of: claim).map(\.element.source).filter {
      context.graph.source($0) != nil && seen.insert($0).inserted
    }
    guard !sources.isEmpty else { return "<span class=\"nosource\">∅ no source</span>" }
    return sources.map(context.sourceLink).joined(separator: "; ")
  }
}
