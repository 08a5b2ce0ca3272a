/// Where each node, and each of its fields, was written.
///
/// Kept beside a ``KnowledgeGraph`` rather than inside it, so that a graph built in code
/// equals the same graph loaded from files. Field paths name a value inside a node the way
/// it is authored: `statement`, `about[2]`, `citations[0].source`, `relations[1].object`.
public struct SourceMap: Sendable, Equatable {
  private var nodes: [NodeID: SourceLocation] = [:]
  private var fields: [NodeID: [String: SourceLocation]] = [:]

  /// Creates an empty map.
  public init() {}

  /// Records where a node is defined.
  public mutating func record(_ location: SourceLocation, for id: NodeID) {
    nodes[id] = location
  }

  /// Records where a field of a node is written.
  public mutating func record(_ location: SourceLocation, for id: NodeID, field: String) {
    fields[id, default: [:]][field] = location
  }

  /// Where a node, or one of its fields, is written.
  ///
  /// A field that was not recorded falls back to its nearest recorded parent
  /// (`citations[0].source` → `citations[0]` → `citations`), then to the node itself.
  public func location(of id: NodeID, field: String? = nil) -> SourceLocation? {
    guard var path = field, let recorded = fields[id] else { return nodes[id] }
    while true {
      if let location = recorded[path] { return location }
      guard let cut = path.lastIndex(where: { $0 == "." || $0 == "[" }) else { break }
      path = String(path[..<cut])
    }
    return nodes[id]
  }

  /// Merges another map into this one; the other map wins where both know a location.
  public mutating func merge(_ other: SourceMap) {
    nodes.merge(other.nodes) { _, new in new }
    fields.merge(other.fields) { old, new in old.merging(new) { _, latest in latest } }
  }

  /// The part of the map that concerns these nodes.
  package func restricted(to ids: Set<NodeID>) -> SourceMap {
    var result = SourceMap()
    result.nodes = nodes.filter { ids.contains($0.key) }
    result.fields = fields.filter { ids.contains($0.key) }
    return result
  }
}
