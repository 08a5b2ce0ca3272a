import ClaimGraph

/// A node as an interchange file states it: its id and its attributes, each located.
struct NodeRecord {
  /// One located attribute value.
  struct Field {
    var value: InputValue
    var location: SourceLocation
  }

  var id: NodeID
  var location: SourceLocation
  var fields: [String: Field] = [:]
}

/// An edge as an interchange file states it; edges are derived from claims, so these
/// are only checked against the derived edges.
struct EdgeRecord {
  var source: NodeID
  var target: NodeID
  var location: SourceLocation
}
