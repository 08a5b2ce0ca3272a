/// The formats `claimgraph query` prints its matches in.
public enum QueryFormat: String, CaseIterable, Sendable {
  /// A plain-text table (id, strength, statement) with a footer counting the matches.
  case text
  /// `{"claims":[…]}` (or `sources`, `entities`), pretty-printed: the public contract.
  case json
  /// RFC 4180 CSV with a header row.
  case csv
  /// A Markdown table.
  case markdown
}
