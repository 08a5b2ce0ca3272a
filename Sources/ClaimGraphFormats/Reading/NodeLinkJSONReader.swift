import ClaimGraph
import Foundation

/// Reads a graph from node-link JSON: ClaimGraph's own (``NodeLinkJSONExporter``), which
/// reads back into an equal graph, or NetworkX's `node_link_data` (edges under `edges` or
/// `links`), which loads with warnings as ``GraphRecordDecoder`` describes.
///
/// Locations are best effort: each node is placed at the line where its `"id"` is written;
/// its attributes share that location.
public struct NodeLinkJSONReader: InterchangeReader {
  /// The largest file read, in bytes.
  public var maxFileBytes: Int

  /// A reader that refuses files larger than `maxFileBytes` (1 GiB by default) with a
  /// `limit-exceeded` diagnostic instead of reading them.
  public init(maxFileBytes: Int = 1 << 30) { self.maxFileBytes = maxFileBytes }

  /// Reads node-link JSON from bytes; `file` names it in diagnostics.
  public func load(bytes: [UInt8], file: String) -> LoadedGraph {
    let lines = LineIndex(bytes)
    func here(_ offset: Int) -> SourceLocation {
      let (line, column) = lines.location(ofOffset: offset)
      return SourceLocation(file: file, line: line, column: column)
    }
    let root: InputValue
    do {
      root = try InputValue.parse(json: Data(bytes))
    } catch {
      return InterchangeFile.failed(syntaxDiagnostic(error, at: here), file: file)
    }
    guard case .object(let top) = root, case .array(let nodeValues)? = top["nodes"] else {
      return InterchangeFile.failed(
        InputRule.wrongType.diagnostic(
          "expected a JSON object with a \"nodes\" list (node-link JSON)", at: here(0)),
        file: file)
    }
    var diagnostics: [Diagnostic] = []
    var unknown = Set<String>()
    var search = 0
    var searching = true
    var records: [NodeRecord] = []
    for (offset, value) in nodeValues.enumerated() {
      guard case .object(var members) = value, let id = members.removeValue(forKey: "id")?.text
      else {
        diagnostics.append(
          InputRule.missingField.diagnostic(
            "node \(offset + 1) is not an object with an \"id\"", at: here(search)))
        continue
      }
      // After the first id that cannot be found as written (numbers, other escaping), stop
      // searching, so a foreign file never costs a scan per node.
      let found = searching ? Self.offset(ofID: id, in: bytes, from: &search) : nil
      if found == nil { searching = false }
      let location = here(found ?? search)
      for name in members.keys.sorted()
      where !GraphRecordDecoder.knownNodeNames.contains(name) && unknown.insert(name).inserted {
        diagnostics.append(
          Diagnostic(
            rule: InputRule.unknownKey.id, severity: .note,
            message: "the node attribute '\(name)' is not a ClaimGraph attribute; it is not read",
            location: location, node: NodeID(id)))
      }
      records.append(
        NodeRecord(
          id: NodeID(id), location: location,
          fields: members.mapValues { NodeRecord.Field(value: $0, location: location) }))
    }
    var edges: [EdgeRecord] = []
    if case .array(let edgeValues)? = top["edges"] ?? top["links"] {
      for case .object(let members) in edgeValues {
        if let source = members["source"]?.text, let target = members["target"]?.text {
          edges.append(
            EdgeRecord(source: NodeID(source), target: NodeID(target), location: here(0)))
        }
      }
    }
    var graphFields: [String: NodeRecord.Field] = [:]
    if case .object(let members)? = top["graph"] {
      graphFields = members.mapValues { NodeRecord.Field(value: $0, location: here(0)) }
    }
    var decoder = GraphRecordDecoder(file: file, diagnostics: diagnostics)
    return decoder.decode(nodes: records, graph: graphFields, edges: edges)
  }

  /// Where `"id":"<id>"` is written, searching forwards (nodes are in file order).
  private static func offset(ofID id: String, in bytes: [UInt8], from search: inout Int) -> Int? {
    var literal = ""
    JSONValue.writeString(id, to: &literal)
    let value = Array(literal.utf8)
    let key = Array("\"id\"".utf8)
    var position = search
    while let found = firstIndex(of: value, in: bytes, from: position) {
      var before = found - 1
      while before >= 0, [0x20, 0x09, 0x0A, 0x0D].contains(bytes[before]) { before -= 1 }
      if before >= 0, bytes[before] == UInt8(ascii: ":") {
        var end = before - 1
        while end >= 0, [0x20, 0x09, 0x0A, 0x0D].contains(bytes[end]) { end -= 1 }
        if end + 1 >= key.count, bytes[(end + 1 - key.count)...end].elementsEqual(key) {
          search = found + value.count
          return end + 1 - key.count
        }
      }
      position = found + 1
    }
    return nil
  }

  private static func firstIndex(of needle: [UInt8], in bytes: [UInt8], from start: Int) -> Int? {
    guard let first = needle.first, bytes.count >= needle.count else { return nil }
    var index = start
    while index <= bytes.count - needle.count {
      if bytes[index] == first && bytes[index..<index + needle.count].elementsEqual(needle) {
        return index
      }
      index += 1
    }
    return nil
  }

  private func syntaxDiagnostic(
    _ error: any Error, at here: (Int) -> SourceLocation
  ) -> Diagnostic {
    let error = error as NSError
    let detail = error.userInfo[NSDebugDescriptionErrorKey] as? String ?? "invalid JSON"
    let offset =
      error.userInfo["NSJSONSerializationErrorIndex"] as? Int
      ?? Self.characterOffset(in: detail) ?? 0
    let message = detail.replacing(/\s+around character \d+\.?/, with: "")
    return InputRule.syntax.diagnostic("invalid JSON: \(message)", at: here(offset))
  }

  /// The offset in Foundation's "… around character 21." messages.
  private static func characterOffset(in message: String) -> Int? {
    (message.firstMatch(of: /around character (\d+)/)?.output.1).flatMap { Int($0) }
  }
}
