import ClaimGraph

/// Renders the summary tables as one self-contained HTML page: inline CSS (with a print
/// style sheet), no scripts, no external assets, every text escaped.
///
/// Every table has the same fixed column widths (`table-layout: fixed`), so columns line up
/// from section to section; contradicting studies are marked "against" in red, inferred
/// citations set apart in grey; each table ends with its references, DOIs as links.
public struct HTMLTablesRenderer: SummaryTablesRenderer {
  /// The page's language (`lang` attribute).
  public let language: String

  /// Creates a renderer for a page in `language`.
  public init(language: String = "en") { self.language = language }

  /// The tables as an HTML page.
  public func render(_ tables: SummaryTables) -> String {
    var html =
      HTMLPage.opening(title: tables.title, language: language, styleSheet: Self.styleSheet)
    html += """
      <main>
      <h1>\(Escaping.html(tables.title))</h1>
      <p class="key">Evidence: the sources the article cites for each claim; \
      <span class="against">against</span> marks a study that contradicts the claim, \
      <span class="unlisted">unlisted</span> one the reference list lacks, and \
      <span class="inferred">inferred, not evidence</span> a source the article does not \
      cite there; <span class="stated">stated in the text</span> marks a method the claim's \
      own sentence describes without naming a study.</p>
      <nav aria-label="Tables"><ul>

      """
    for table in tables.tables {
      html += "<li><a href=\"#\(table.anchor)\">\(Escaping.html(table.title))</a> "
      html += "(\(table.countText))</li>\n"
    }
    html += "</ul></nav>\n"
    for table in tables.tables {
      html += "<section class=\"\(table.strength.rawValue)\" aria-labelledby=\"\(table.anchor)\">\n"
      html += "<h2 id=\"\(table.anchor)\">\(Escaping.html(table.title))</h2>\n"
      html += "<p class=\"count\">\(table.countText)</p>\n"
      for group in table.groups {
        if let title = group.title { html += "<h3>\(Escaping.html(title))</h3>\n" }
        if !group.seeAlsoText.isEmpty {
          html += "<p class=\"see-also\">\(Escaping.html(group.seeAlsoText))</p>\n"
        }
        guard !group.rows.isEmpty else { continue }
        html += rowsTable(group.rows)
      }
      html += references(table)
      html += "</section>\n"
    }
    html += "</main>\n</body>\n</html>\n"
    return html
  }

  private func rowsTable(_ rows: [SummaryRow]) -> String {
    var html = """
      <table>
      <colgroup><col class="claim"><col class="evidence"><col class="about"></colgroup>
      <thead><tr><th scope="col">Claim</th><th scope="col">Evidence</th>\
      <th scope="col">About</th></tr></thead>
      <tbody>

      """
    for row in rows {
      html += "<tr><td>\(Escaping.html(row.statement))</td><td>"
      html += evidence(row)
      html += "</td><td>\(Escaping.html(row.aboutText))</td></tr>\n"
    }
    return html + "</tbody>\n</table>\n"
  }

  private func evidence(_ row: SummaryRow) -> String {
    func item(_ item: SummaryEvidence) -> String {
      var text = "<cite>\(Escaping.html(item.label))</cite>"
      if !item.isListed { text += " <span class=\"unlisted\">unlisted</span>" }
      let details = item.methods.map(\.name) + [item.stance.rawValue]
      text += " <span class=\"detail\">(\(Escaping.html(details.joined(separator: ", "))))</span>"
      return text
    }
    var items = row.evidence.map { evidence in
      evidence.stance == .contradicts
        ? "<li class=\"contradicts\"><span class=\"against\">against</span> \(item(evidence))</li>"
        : "<li>\(item(evidence))</li>"
    }
    if !row.stated.isEmpty {
      let methods = row.stated.map(\.name).joined(separator: ", ")
      items.append(
        "<li class=\"stated\"><span class=\"stated\">\(SummaryRow.statedNote)</span> "
          + "\(Escaping.html(methods))</li>")
    }
    if !row.isBacked {
      items.append("<li class=\"missing\">\(SummaryTables.noSource)</li>")
    }
    for inferred in row.inferred {
      items.append(
        "<li class=\"inferred\"><span class=\"inferred\">inferred, not evidence</span> "
          + "\(item(inferred))</li>")
    }
    return "<ul>" + items.joined() + "</ul>"
  }

  private func references(_ table: SummaryTable) -> String {
    guard !table.references.isEmpty else { return "" }
    var html = "<h3 class=\"references\">References: \(Escaping.html(table.title))</h3>\n"
    html += "<ul class=\"references\">\n"
    for reference in table.references {
      html += "<li>\(Escaping.html(reference.text))"
      if let link = reference.doiLink, let doi = reference.doi {
        html += " <a href=\"\(Escaping.html(link))\">doi:\(Escaping.html(doi))</a>"
        if reference.isDOIAdded { html += "*" }
      }
      html += "</li>\n"
    }
    html += "</ul>\n"
    if table.references.contains(where: \.isDOIAdded) {
      html += "<p class=\"note\">\(Escaping.html(SummaryReference.addedDOINote))</p>\n"
    }
    return html
  }

  private static let styleSheet = """
    :root { color-scheme: light; --ink: #1f2328; --muted: #59636e; --rule: #d1d9e0; }
    body { margin: 0; font: 16px/1.5 system-ui, -apple-system, "Segoe UI", sans-serif; color: var(--ink); background: #fff; }
    main { max-width: 72rem; margin: 0 auto; padding: 1.5rem; }
    h1 { font-size: 1.8rem; margin: 0 0 1rem; }
    h2 { font-size: 1.4rem; margin: 2rem 0 0.25rem; padding-left: 0.6rem; border-left: 0.35rem solid var(--accent, #59636e); }
    h3 { font-size: 1.1rem; margin: 1.25rem 0 0.5rem; }
    section.established { --accent: #1a7f37; }
    section.uncertain { --accent: #9a6700; }
    section.refuted { --accent: #cf222e; }
    .count { color: var(--muted); margin: 0 0 0.75rem; }
    nav ul { margin: 0; padding-left: 1.2rem; }
    table { width: 100%; border-collapse: collapse; margin-bottom: 1rem; table-layout: fixed; }
    col.claim { width: 50%; }
    col.evidence { width: 32%; }
    col.about { width: 18%; }
    td { overflow-wrap: anywhere; }
    th, td { text-align: left; vertical-align: top; padding: 0.45rem 0.6rem; border-bottom: 1px solid var(--rule); }
    th { border-bottom-width: 2px; }
    td ul { margin: 0; padding-left: 1rem; }
    cite { font-style: normal; font-weight: 600; }
    .detail { color: var(--muted); }
    .unlisted, .missing { color: #9a6700; font-weight: 600; }
    .unlisted { font-size: 0.85em; text-transform: uppercase; letter-spacing: 0.03em; }
    li.contradicts { border-left: 3px solid #cf222e; padding-left: 0.35rem; list-style: none; margin-left: -1rem; }
    .against { color: #cf222e; font-weight: 700; font-size: 0.85em; text-transform: uppercase; letter-spacing: 0.03em; }
    li.inferred { color: var(--muted); font-style: italic; }
    span.inferred { font-size: 0.85em; }
    span.stated { font-size: 0.85em; color: var(--muted); }
    .key, .see-also, .note { color: var(--muted); }
    ul.references { padding-left: 1.2rem; font-size: 0.92em; }
    @media print {
      body { font-size: 10.5pt; }
      main { max-width: none; padding: 0; }
      nav { display: none; }
      h2 { break-after: avoid; }
      h3 { break-after: avoid; }
      tr { break-inside: avoid; }
      thead { display: table-header-group; }
      a { color: inherit; text-decoration: none; }
    }
    """
}
