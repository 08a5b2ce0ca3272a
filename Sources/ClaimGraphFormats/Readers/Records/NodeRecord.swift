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
