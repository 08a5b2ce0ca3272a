/// The formats ClaimGraph exports as a folder of files.
public enum FolderExportFormat: String, CaseIterable, Hashable, Sendable {
  /// CSV files with the headers `neo4j-admin database import full` reads (or plain
  /// property names, see ``Neo4jCSVExporter/HeaderStyle``) and a LadybugDB script beside
  /// them.
  case neo4jCSV = "neo4j-csv"

  /// The exporter that writes this format.
  public var exporter: any GraphFolderExporter { exporter(headerStyle: .neo4j) }

  /// The exporter that writes this format, its CSV headers in `headerStyle`.
  public func exporter(headerStyle: Neo4jCSVExporter.HeaderStyle) -> any GraphFolderExporter {
    switch self {
    case .neo4jCSV: Neo4jCSVExporter(headerStyle: headerStyle)
    }
  }
}
