/// Renders the summary tables as GitHub-flavoured Markdown: a heading per table (and per
/// group), and a pipe table with the columns Claim, Evidence and About.
public struct MarkdownTablesRenderer: SummaryTablesRenderer {
  /// The level of the page title (`#`); tables and groups use the next two levels.
  public let headingLevel: Int

  /// Creates a renderer whose title uses `headingLevel` `#` signs.
  public init(headingLevel: Int = 1) { self.headingLevel = max(1, headingLevel) }

  /// The tables as Markdown.
  public func render(_ tables: SummaryTables) -> String {
    func heading(_ depth: Int, _ text: String) -> String {
      String(repeating: "#", count: headingLevel + depth) + " " + text + "\n\n"
    }
    var output = heading(0, tables.title)
    for table in tables.tables {
      output += heading(1, table.title)
      output += "_\(table.countText)._\n\n"
      for group in table.groups {
        if let title = group.title { output += heading(2, title) }
        guard !group.rows.isEmpty else { continue }
        output += "| Claim | Evidence | About |\n| --- | --- | --- |\n"
        for row in group.rows {
          let cells = [row.statement, row.evidenceText, row.aboutText].map {
            Escaping.markdownCell($0)
          }
          output += "| " + cells.joined(separator: " | ") + " |\n"
        }
        output += "\n"
      }
    }
    return output.hasSuffix("\n\n") ? String(output.dropLast()) : output
  }
}
