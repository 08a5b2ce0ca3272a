/// A set of claims of one graph, as a bit per claim offset (claims in id order), so
/// AND, OR and NOT are word-wide bit operations.
struct ClaimSet: Hashable, Sendable {
  private(set) var words: [UInt64]
  let count: Int

  /// An empty set, or (`full`) every claim.
  init(count: Int, full: Bool = false) {
    self.count = count
    words = Array(repeating: full ? ~0 : 0, count: (count + 63) / 64)
    if full { clearPadding() }
  }

  var isEmpty: Bool { words.allSatisfy { $0 == 0 } }

  func contains(_ offset: Int) -> Bool { words[offset >> 6] & (1 << UInt64(offset & 63)) != 0 }

  mutating func insert(_ offset: Int) { words[offset >> 6] |= 1 << UInt64(offset & 63) }

  mutating func formIntersection(_ other: ClaimSet) {
    for index in words.indices { words[index] &= other.words[index] }
  }

  mutating func formUnion(_ other: ClaimSet) {
    for index in words.indices { words[index] |= other.words[index] }
  }

  mutating func invert() {
    for index in words.indices { words[index] = ~words[index] }
    clearPadding()
  }

  /// The offsets in the set, ascending.
  var offsets: [Int] {
    var result: [Int] = []
    for (index, word) in words.enumerated() {
      var remaining = word
      while remaining != 0 {
        result.append(index << 6 + remaining.trailingZeroBitCount)
        remaining &= remaining - 1
      }
    }
    return result
  }

  private mutating func clearPadding() {
    let used = count & 63
    if used != 0 { words[words.count - 1] &= (1 << UInt64(used)) - 1 }
  }
}
