/// Where each node, and each of its fields, was written.
///
/// Kept beside a ``KnowledgeGraph`` rather than inside it, so that a graph built in code
/// equals the same graph loaded from files. Field paths name a value inside a node the way
/// it is authored: `statement`, `about[2]`, `citations[0].source`, `relations[1].object`.
///
/// A large catalogue records millions of fields, and asks where one is only to report a
/// finding, so recording is cheap and looking up does the work: a node keeps its fields in
/// a small array of compact records (a ``FieldPath`` and a position), file paths are kept
/// once in a table, and a looked-up path is parsed and compared.
public struct SourceMap: Sendable {
  /// Every file named by a location, each once; records refer to files by number.
  private var files: [String] = []
  private var fileNumbers: [String: Int32] = [:]
  private var nodes: [NodeID: NodeRecord] = [:]

  private struct Position: Hashable, Sendable {
    var file: Int32
    var line: Int32
    var column: Int32
  }

  private struct FieldRecord: Sendable {
    var path: FieldPath
    var position: Position
  }

  private struct NodeRecord: Sendable {
    var position: Position?
    /// In the order recorded; a field recorded twice is found at its last record.
    var fields: [FieldRecord] = []
  }

  /// Creates an empty map.
  public init() {}

  /// Records where a node is defined.
  public mutating func record(_ location: SourceLocation, for id: NodeID) {
    let position = position(of: location)
    nodes[id, default: NodeRecord()].position = position
  }

  /// Records where a field of a node is written.
  public mutating func record(_ location: SourceLocation, for id: NodeID, field: String) {
    record(location, for: id, field: FieldPath(parsing: field))
  }

  /// Records where a field of a node is written, its path given in parts.
  package mutating func record(_ location: SourceLocation, for id: NodeID, field: FieldPath) {
    let record = FieldRecord(path: field, position: position(of: location))
    nodes[id, default: NodeRecord()].fields.append(record)
  }

  /// Where a node, or one of its fields, is written.
  ///
  /// A field that was not recorded falls back to its nearest recorded parent
  /// (`citations[0].source` → `citations[0]` → `citations`), then to the node itself.
  public func location(of id: NodeID, field: String? = nil) -> SourceLocation? {
    guard let node = nodes[id] else { return nil }
    if var path = field, !node.fields.isEmpty {
      while true {
        let wanted = FieldPath(parsing: path)
        if let found = node.fields.last(where: { $0.path == wanted }) {
          return location(at: found.position)
        }
        guard let cut = path.lastIndex(where: { $0 == "." || $0 == "[" }) else { break }
        path = String(path[..<cut])
      }
    }
    return node.position.map(location(at:))
  }

  /// Merges another map into this one; the other map wins where both know a location.
  public mutating func merge(_ other: SourceMap) {
    merge(other) { _ in true }
  }

  /// Merges the part of another map that concerns the nodes `includes` accepts.
  package mutating func merge(_ other: SourceMap, including includes: (NodeID) -> Bool) {
    let renumbered = other.files.map { number(of: $0) }
    let unchanged = renumbered.elementsEqual(renumbered.indices.lazy.map(Int32.init))
    nodes.reserveCapacity(nodes.count + other.nodes.count)
    for (id, var record) in other.nodes where includes(id) {
      if !unchanged {
        if let file = record.position?.file { record.position?.file = renumbered[Int(file)] }
        for index in record.fields.indices {
          record.fields[index].position.file = renumbered[Int(record.fields[index].position.file)]
        }
      }
      if var existing = nodes[id] {
        existing.position = record.position ?? existing.position
        existing.fields += record.fields
        record = existing
      }
      nodes[id] = record
    }
  }

  // MARK: - Files and positions

  private mutating func number(of file: String) -> Int32 {
    // Locations come file by file, so the last file is the usual answer (and comparing a
    // string with itself is immediate).
    if let last = files.last, last == file { return Int32(files.count - 1) }
    if let known = fileNumbers[file] { return known }
    let number = Int32(files.count)
    files.append(file)
    fileNumbers[file] = number
    return number
  }

  private mutating func position(of location: SourceLocation) -> Position {
    Position(
      file: number(of: location.file), line: Int32(clamping: location.line),
      column: Int32(clamping: location.column))
  }

  private func location(at position: Position) -> SourceLocation {
    SourceLocation(
      file: files[Int(position.file)], line: Int(position.line), column: Int(position.column))
  }

  /// Every node's location and its fields' latest locations, for comparing maps.
  private var resolved: [NodeID: (SourceLocation?, [FieldPath: SourceLocation])] {
    nodes.mapValues { node in
      var fields: [FieldPath: SourceLocation] = [:]
      for field in node.fields { fields[field.path] = location(at: field.position) }
      return (node.position.map(location(at:)), fields)
    }
  }
}

extension SourceMap: Equatable {
  /// Two maps are equal when they give the same locations, however they were recorded.
  public static func == (lhs: SourceMap, rhs: SourceMap) -> Bool {
    let (left, right) = (lhs.resolved, rhs.resolved)
    return left.count == right.count
      && left.allSatisfy { id, entry in
        right[id].map { $0.0 == entry.0 && $0.1 == entry.1 } ?? false
      }
  }
}
