import ClaimGraph
import Foundation

/// Reads a graph from GraphML with libxml2's SAX2 push parser: the document is fed in
/// chunks, elements arrive as callbacks with their attributes as byte ranges, and only
/// the values kept (ids, `<data>` text) become strings.
///
/// The reader never reaches the network or the file system beyond the file itself: no
/// network access, no DTD loading, no entity substitution, and a SAX handler with no entity
/// resolver or external-subset callback (whatever the process's entity loader); a DOCTYPE
/// that declares entities is refused unread. libxml2's
/// own limits stay on (nesting depth, name length, the size of one text), so a hostile
/// file cannot exhaust memory however large it is; there is no limit on the file's size
/// by default, so every file ClaimGraph wrote reads back. Locations are the XML line of
/// each node and `<data>` element.
///
/// ClaimGraph's own GraphML (``GraphMLExporter``) reads back into an equal graph. GraphML
/// from other tools loads with warnings, as `GraphRecordDecoder` describes: `<key>`s
/// are matched by `attr.name` (falling back to the key id), `<default>` values apply to
/// elements without the data, nested graphs, hyperedges and ports are ignored.
public struct GraphMLReader: InterchangeReader {
  /// The largest file read, in bytes; by default there is no limit (libxml2's limits on
  /// nesting, names and texts guard against hostile input).
  public var maxFileBytes: Int

  /// Creates a reader that refuses files larger than `maxFileBytes`.
  public init(maxFileBytes: Int = .max) { self.maxFileBytes = maxFileBytes }

  /// Reads GraphML from bytes; `file` names it in diagnostics.
  public func load(bytes: [UInt8], file: String) -> LoadedGraph {
    bytes.withUnsafeBufferPointer { buffer in
      var offset = 0
      return load(file: file) {
        let count = min(GraphMLParse.chunkSize, buffer.count - offset)
        defer { offset += count }
        return .bytes(UnsafeBufferPointer(rebasing: buffer[offset..<offset + count]))
      }
    }
  }

  /// Reads a GraphML file a chunk at a time (memory does not grow with the file, only with
  /// the graph); an unreadable or oversized file gives a graph with one error.
  public func load(file path: String) -> LoadedGraph {
    switch InterchangeFile.open(path, maxBytes: maxFileBytes) {
    case .failure(let diagnostic): return InterchangeFile.failed(diagnostic, file: path)
    case .success(let (descriptor, _)):
      defer { close(descriptor) }
      let chunk = UnsafeMutableBufferPointer<UInt8>.allocate(capacity: GraphMLParse.chunkSize)
      defer { chunk.deallocate() }
      return load(file: path) {
        while true {
          let count = read(descriptor, chunk.baseAddress, chunk.count)
          if count >= 0 { return .bytes(UnsafeBufferPointer(rebasing: chunk[0..<count])) }
          if errno != EINTR { return .failed(errno) }
        }
      }
    }
  }

  private func load(file: String, next: () -> GraphMLParse.Piece) -> LoadedGraph {
    LibXML.initialise()
    let parse = GraphMLParse(file: file)
    parse.run(next)
    var decoder = GraphRecordDecoder(file: file, diagnostics: parse.diagnostics)
    if parse.diagnostics.contains(where: { $0.severity == .error }) {
      return decoder.decode(nodes: [], graph: [:], edges: [])
    }
    return decoder.decode(nodes: parse.nodes, graph: parse.graphFields, edges: parse.resolvedEdges)
  }
}
