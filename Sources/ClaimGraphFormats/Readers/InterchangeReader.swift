import ClaimGraph

/// A reader of one interchange format (GraphML, node-link JSON) into a `LoadedGraph` (module `ClaimGraph`).
public protocol InterchangeReader: Sendable {
  /// The largest file read, in bytes; larger files are refused with `limit-exceeded`.
  var maxFileBytes: Int { get }

  /// Reads a document from bytes; `file` names it in diagnostics.
  func load(bytes: [UInt8], file: String) -> LoadedGraph

  /// Reads a file; an unreadable or oversized file gives a graph with one error. By default
  /// the file is read whole, then ``load(bytes:file:)``; a reader that streams reads it a
  /// chunk at a time instead.
  func load(file path: String) -> LoadedGraph
}

extension InterchangeReader {
  /// Reads the whole file, then ``load(bytes:file:)``; an unreadable or oversized file gives a
  /// graph with one error.
  public func load(file path: String) -> LoadedGraph {
    switch InterchangeFile.read(path, maxBytes: maxFileBytes) {
    case .success(let bytes): load(bytes: bytes, file: path)
    case .failure(let diagnostic): InterchangeFile.failed(diagnostic, file: path)
    }
  }
}
