import ClaimGraph

/// Where a folder exporter writes: named files, each streamed as it is produced.
///
/// ``ByteFolder`` keeps the files in memory (for tests and `--check`);
/// ``AtomicDirectory`` writes them into a directory that appears all at once.
public protocol ExportFolder {
  /// What one file is written through.
  associatedtype File: ExportSink

  /// Writes one file of the folder, streaming its content through `body`.
  mutating func writeFile(named name: String, _ body: (inout File) throws -> Void) throws
}

/// Writes a selection of a knowledge graph as a folder of files (one file per node or
/// edge kind, say), in a format that real tools load.
///
/// Like ``GraphExporter``, implementations stream each file and their output is a pure
/// function of the selection.
public protocol GraphFolderExporter: Sendable {
  /// The names of every file the exporter writes, whatever the selection.
  var fileNames: [String] { get }

  /// Writes the selection into the folder.
  func export(_ selection: GraphSelection, to folder: inout some ExportFolder) throws
}

extension GraphFolderExporter {
  /// The files of a selection's export, in the order written, for tests and comparisons.
  public func files(of selection: GraphSelection) throws -> [(name: String, bytes: [UInt8])] {
    var folder = ByteFolder()
    try export(selection, to: &folder)
    return folder.files
  }
}

/// An in-memory folder: the files written so far, in order.
public struct ByteFolder: ExportFolder, Sendable {
  /// Every file written, with its bytes, in the order written.
  public private(set) var files: [(name: String, bytes: [UInt8])] = []

  /// Creates an empty folder.
  public init() {}

  /// Writes one file into memory.
  public mutating func writeFile(named name: String, _ body: (inout MemorySink) throws -> Void)
    throws
  {
    var buffer = MemorySink()
    try body(&buffer)
    files.append((name, buffer.bytes))
  }
}

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
