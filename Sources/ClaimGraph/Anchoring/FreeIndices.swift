/// The indices `0..<count` not taken yet, for giving each index to the first of many
/// overlapping ranges that reaches it: each taken index is skipped from then on, so
/// visiting a range costs its free indices, not its length (a union–find with path
/// halving).
struct FreeIndices {
  /// links[i]: an index at or after i that may still be free; `count` is never taken.
  private var links: [Int]

  /// All of `0..<count` free.
  init(count: Int) {
    links = Array(0...count)
  }

  /// The first free index at or after `start` (`count` when none is).
  mutating func first(atOrAfter start: Int) -> Int {
    var index = start
    while links[index] != index {
      links[index] = links[links[index]]
      index = links[index]
    }
    return index
  }

  /// Takes a free index.
  mutating func take(_ index: Int) {
    links[index] = index + 1
  }
}
