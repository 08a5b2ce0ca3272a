import ClaimGraph

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
