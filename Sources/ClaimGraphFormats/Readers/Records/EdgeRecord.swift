import ClaimGraph

/// An edge as an interchange file states it.
///
/// Edges are derived from claims, so these are checked against the derived edges; an `about`, `cites` or `relation` edge also says
/// what its claim's lists hold when the claim's node leaves them out (see
/// ``GraphRecordDecoder``).
struct EdgeRecord {
  var source: NodeID
  var target: NodeID
  var location: SourceLocation
  /// The edge's `kind`, when it is one ClaimGraph knows.
  var kind: EdgeKind?
  /// The edge's other attributes that say a claim's lists (``GraphRecordDecoder/edgeNames``).
  var fields: [String: NodeRecord.Field] = [:]
  /// `N` when the edge's id is `eN`, the short ids ClaimGraph writes in the graph's edge
  /// order: a tool that rewrites the file may group edges otherwise (NetworkX writes them
  /// by source node), and a claim's lists keep their order by it.
  var order: Int?

  /// The `N` of an id `eN`.
  static func order(ofID id: String) -> Int? {
    guard id.hasPrefix("e"), id.utf8.dropFirst().allSatisfy({ (0x30...0x39).contains($0) })
    else { return nil }
    return Int(id.dropFirst())
  }
}
