import BitCollections

/// A set of claims of one graph, as a bit per claim offset (claims in id order), so
/// AND, OR and NOT are word-wide bit operations.
///
/// Stored in swift-collections' `BitSet`. Measured on the 100k-claim catalogue (query
/// stage of `claimgraph-bench`, CPU time, medians of 5 interleaved runs) it matches the
/// hand-written `[UInt64]` words it replaced: 2.95 ms against 2.96 ms.
struct ClaimSet: Hashable, Sendable {
  private var bits: BitSet
  /// The number of claims in the graph: the complement of a set stays within it.
  let count: Int

  /// An empty set, or (`full`) every claim.
  init(count: Int, full: Bool = false) {
    self.count = count
    bits = full ? BitSet(0..<count) : BitSet(reservingCapacity: count)
  }

  var isEmpty: Bool { bits.isEmpty }

  func contains(_ offset: Int) -> Bool { bits.contains(offset) }

  mutating func insert(_ offset: Int) { bits.insert(offset) }

  mutating func formIntersection(_ other: ClaimSet) { bits.formIntersection(other.bits) }

  mutating func formUnion(_ other: ClaimSet) { bits.formUnion(other.bits) }

  mutating func invert() { bits = BitSet(0..<count).subtracting(bits) }

  /// The offsets in the set, ascending.
  var offsets: [Int] { Array(bits) }
}
