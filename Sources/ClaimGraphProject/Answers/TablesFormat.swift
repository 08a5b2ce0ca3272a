import ClaimGraph
import ClaimGraphFormats

/// The formats `claimgraph tables` prints.
public enum TablesFormat: String, Sendable, Hashable, CaseIterable {
  /// GitHub-flavoured Markdown.
  case markdown
  /// One self-contained, printable HTML page.
  case html
  /// CSV, one table after another.
  case csv
  /// One JSON object.
  case json

  var renderer: any SummaryTablesRenderer {
    switch self {
    case .markdown: MarkdownTablesRenderer()
    case .html: HTMLTablesRenderer()
    case .csv: CSVTablesRenderer()
    case .json: JSONTablesRenderer()
    }
  }
}
