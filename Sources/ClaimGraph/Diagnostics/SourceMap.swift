/// Where each node, and each of its fields, was written.
///
/// Kept beside a ``KnowledgeGraph`` rather than inside it, so that a graph built in code
/// equals the same graph loaded from files. Field paths name a value inside a node the way
/// it is authored: `statement`, `about[2]`, `citations[0].source`, `relations[1].object`.
///
/// A large catalogue records millions of fields, and asks where one is only to report a
/// finding, so recording is cheap and looking up does the work: a node keeps its fields in
/// a small array of compact records (a `FieldPath` and a line and column in one of the
/// node's files), and a looked-up path is parsed and compared.
public struct SourceMap: Sendable {
  private var nodes: [NodeID: NodeRecord] = [:]

  /// A line and column in one of a node's files.
  private struct Position: Hashable, Sendable {
    /// Which of the node's ``NodeRecord/files``.
    var file: Int32
    var line: Int32
    var column: Int32
  }

  private struct FieldRecord: Sendable {
    var path: FieldPath
    var position: Position
  }

  private struct NodeRecord: Sendable {
    /// The files the node's locations are in: nearly always just one.
    var files: [String] = []
    var position: Position?
    /// In the order recorded; a field recorded twice is found at its last record.
    var fields: [FieldRecord] = []

    mutating func position(of location: SourceLocation) -> Position {
      // Comparing a string with itself is immediate, and a node's locations share a file.
      let file =
        files.lastIndex(of: location.file)
        ?? {
          files.append(location.file)
          return files.count - 1
        }()
      return Position(
        file: Int32(file), line: Int32(clamping: location.line),
        column: Int32(clamping: location.column))
    }

    func location(at position: Position) -> SourceLocation {
      SourceLocation(
        file: files[Int(position.file)], line: Int(position.line), column: Int(position.column))
    }

    mutating func add(_ path: FieldPath, at location: SourceLocation) {
      fields.append(FieldRecord(path: path, position: position(of: location)))
    }
  }

  /// Creates an empty map.
  public init() {}

  /// Records where a node is defined.
  public mutating func record(_ location: SourceLocation, for id: NodeID) {
    modify(id) { $0.position = $0.position(of: location) }
  }

  /// Records where a field of a node is written.
  public mutating func record(_ location: SourceLocation, for id: NodeID, field: String) {
    record(location, for: id, field: FieldPath(parsing: field))
  }

  /// Records where a field of a node is written, its path given in parts.
  package mutating func record(_ location: SourceLocation, for id: NodeID, field: FieldPath) {
    modify(id) { $0.add(field, at: location) }
  }

  /// Records where several fields of a node are written, in order (as many calls of
  /// ``record(_:for:field:)`` would, with one update of the map).
  package mutating func record(
    _ fields: [(path: FieldPath, location: SourceLocation)], for id: NodeID
  ) {
    modify(id) { node in
      node.fields.reserveCapacity(node.fields.count + fields.count)
      for (path, location) in fields { node.add(path, at: location) }
    }
  }

  private mutating func modify(_ id: NodeID, _ change: (inout NodeRecord) -> Void) {
    change(&nodes[id, default: NodeRecord()])
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
          return node.location(at: found.position)
        }
        guard let cut = path.lastIndex(where: { $0 == "." || $0 == "[" }) else { break }
        path = String(path[..<cut])
      }
    }
    return node.position.map(node.location(at:))
  }

  /// Merges another map into this one; the other map wins where both know a location.
  public mutating func merge(_ other: SourceMap) {
    merge(other) { _ in true }
  }

  /// Merges the part of another map that concerns the nodes `includes` accepts.
  ///
  /// A node only one map knows is taken over as it is, without copying its records.
  package mutating func merge(_ other: SourceMap, including includes: (NodeID) -> Bool) {
    nodes.reserveCapacity(nodes.count + other.nodes.count)
    for (id, record) in other.nodes where includes(id) {
      guard nodes[id] != nil else {
        nodes[id] = record
        continue
      }
      modify(id) { node in
        if let position = record.position {
          node.position = node.position(of: record.location(at: position))
        }
        for field in record.fields {
          node.add(field.path, at: record.location(at: field.position))
        }
      }
    }
  }

  /// Every node's location and its fields' latest locations, for comparing maps.
  private var resolved: [NodeID: (SourceLocation?, [FieldPath: SourceLocation])] {
    nodes.mapValues { node in
      var fields: [FieldPath: SourceLocation] = [:]
      for field in node.fields { fields[field.path] = node.location(at: field.position) }
      return (node.position.map(node.location(at:)), fields)
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
