/// The claims a query matched, in canonical (id) order.
///
/// A view onto the graph's claims: building it copies no claim, so a query that matches
/// most of a large graph costs no more than the bits of its evaluation.
public struct QueryMatches: RandomAccessCollection, Sendable {
  private let claims: [Claim]
  private let offsets: [Int]

  init(claims: [Claim], offsets: [Int]) {
    self.claims = claims
    self.offsets = offsets
  }

  /// The position of the first match.
  public var startIndex: Int { 0 }
  /// The position after the last match.
  public var endIndex: Int { offsets.count }

  /// The match at a position.
  public subscript(position: Int) -> Claim { claims[offsets[position]] }

  /// The matched claims' ids, in order.
  public var ids: [NodeID] { offsets.map { claims[$0].id } }
}
