import ClaimGraph

/// Renders the summary tables as one CSV file with a header row and one record per row.
///
/// The file follows RFC 4180 (CRLF line ends, quoted fields where needed). Contradicting
/// citations are marked `against:` in `evidence`; inferred citations are in their own
/// column, `inferred`, never in `evidence`; the methods a claim's own sentence describes
/// without naming a study are in `stated`.
public struct CSVTablesRenderer: SummaryTablesRenderer {
  /// The CSV renderer; it has no options (the format is fixed by RFC 4180).
  public init() {}

  /// The tables as CSV.
  public func render(_ tables: SummaryTables) -> String {
    var output = Escaping.csvRecord([
      "table", "group", "claim", "statement", "strength", "evidence", "listed_support", "about",
      "inferred", "stated",
    ])
    for table in tables.tables {
      for group in table.groups {
        for row in group.rows {
          output += Escaping.csvRecord([
            table.title, group.title ?? "", row.claim.rawValue, row.statement,
            row.strength.rawValue,
            row.evidence.map(\.markedText).joined(separator: "; ")
              + (row.isBacked ? "" : (row.evidence.isEmpty ? "" : "; ") + SummaryTables.noSource),
            row.hasListedSupport ? "yes" : "no", row.aboutText,
            row.inferred.map(\.text).joined(separator: "; "),
            row.stated.map(\.name).joined(separator: "; "),
          ])
        }
      }
    }
    return output
  }
}
