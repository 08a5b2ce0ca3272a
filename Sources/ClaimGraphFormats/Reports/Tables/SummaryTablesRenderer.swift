import ClaimGraph

/// Turns `SummaryTables` (module `ClaimGraph`) into the text of one format.
public protocol SummaryTablesRenderer: Sendable {
  /// The tables as text, ending with a newline; deterministic (no dates, no locale).
  func render(_ tables: SummaryTables) -> String
}

extension SummaryTable {
  /// `1 claim`, `12 claims`.
  var countText: String { claimCount == 1 ? "1 claim" : "\(claimCount) claims" }
}
