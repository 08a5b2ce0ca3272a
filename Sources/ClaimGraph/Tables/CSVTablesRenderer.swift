/// Renders the summary tables as one CSV file (RFC 4180: CRLF line ends, quoted fields
/// where needed) with a header row and one record per row of every table.
public struct CSVTablesRenderer: SummaryTablesRenderer {
  /// Creates a renderer.
  public init() {}

  /// The tables as CSV.
  public func render(_ tables: SummaryTables) -> String {
    var output = Escaping.csvRecord([
      "table", "group", "claim", "statement", "strength", "evidence", "listed_support", "about",
    ])
    for table in tables.tables {
      for group in table.groups {
        for row in group.rows {
          output += Escaping.csvRecord([
            table.title, group.title ?? "", row.claim.rawValue, row.statement,
            row.strength.rawValue, row.evidenceText, row.hasListedSupport ? "yes" : "no",
            row.aboutText,
          ])
        }
      }
    }
    return output
  }
}
