import ClaimGraph
import ClaimGraphFormats

/// A format `claimgraph export` writes: one file, or a folder of files.
public enum ExportTarget: Sendable, Hashable {
  /// A format written as one file (or to standard output).
  case file(ExportFormat)
  /// A format written as a folder of files.
  case folder(FolderExportFormat)

  /// The format named `name` (`graphml`, …, `neo4j-csv`), or nil.
  public init?(name: String) {
    if let format = ExportFormat(rawValue: name) {
      self = .file(format)
    } else if let format = FolderExportFormat(rawValue: name) {
      self = .folder(format)
    } else {
      return nil
    }
  }

  /// Every format's name, files first.
  public static var names: [String] {
    ExportFormat.allCases.map(\.rawValue) + FolderExportFormat.allCases.map(\.rawValue)
  }
}
