/// An Aho–Corasick automaton over comparison keys (see ``KeyedText``): every occurrence of
/// many patterns in a text, found in one pass over the text.
///
/// The trie is built from the distinct patterns in sorted order, so its nodes are numbered
/// in depth-first preorder and a node's first child is always the next node: only the
/// other children (one per branch, about one per pattern) need a table, and a node costs 17
/// bytes. Failure links are computed breadth first; each node also knows the nearest
/// pattern ending at it or along its failure links, so a position reports exactly the
/// patterns that end there.
///
/// - Complexity: building is O(*P* log *k*) for *k* patterns of *P* keys in all (the sort);
///   a scan is O(*n* + *r*) for a text of *n* keys and *r* occurrences reported.
struct KeyAutomaton {
  /// For each pattern given, the id of its distinct pattern (equal patterns share one).
  let ids: [Int]
  /// The length of each distinct pattern, by id.
  let lengths: [Int]

  /// The key on the edge into each node (0 for the root).
  private var incoming: [UInt32] = [0]
  /// Per node: whether the next node is its first child, and whether it has other children.
  private var flags: [UInt8] = [0]
  /// The failure link of each node.
  private var fail: [Int32] = []
  /// The nearest node, this one or one along its failure links, where a pattern ends; -1
  /// when there is none.
  private var output: [Int32] = []
  /// The pattern ending at each node, or -1.
  private var terminal: [Int32] = [-1]
  /// The children that are not a node's first child, by node and key.
  private var branches: [UInt64: Int32] = [:]
  /// The root's child for each ASCII key, or 0 (the root itself) when there is none.
  private var rootASCII = [Int32](repeating: 0, count: 128)

  private static let nextIsChild: UInt8 = 1
  private static let hasBranches: UInt8 = 2

  /// Builds the automaton of the patterns; empty patterns are never reported.
  init(_ patterns: [[UInt32]]) {
    let order = patterns.indices.sorted { patterns[$0].lexicographicallyPrecedes(patterns[$1]) }
    var ids = [Int](repeating: -1, count: patterns.count)
    var lengths: [Int] = []
    var parent: [Int32] = [-1]
    var depth: [Int32] = [0]
    // The nodes on the path of the previous pattern, by depth.
    var path: [Int32] = [0]
    var previous: [UInt32] = []
    for index in order {
      let pattern = patterns[index]
      guard !pattern.isEmpty else { continue }
      if pattern == previous {
        ids[index] = lengths.count - 1
        continue
      }
      var common = 0
      while common < min(pattern.count, previous.count), pattern[common] == previous[common] {
        common += 1
      }
      path.removeLast(path.count - common - 1)
      for position in common..<pattern.count {
        let from = path[position]
        let node = Int32(incoming.count)
        let key = pattern[position]
        if Int(from) == incoming.count - 1 {
          flags[Int(from)] |= Self.nextIsChild
        } else {
          flags[Int(from)] |= Self.hasBranches
          branches[Self.branchKey(from, key)] = node
        }
        if from == 0, key < 128 { rootASCII[Int(key)] = node }
        incoming.append(key)
        flags.append(0)
        terminal.append(-1)
        parent.append(from)
        depth.append(Int32(position + 1))
        path.append(node)
      }
      terminal[Int(path[pattern.count])] = Int32(lengths.count)
      ids[index] = lengths.count
      lengths.append(pattern.count)
      previous = pattern
    }
    self.ids = ids
    self.lengths = lengths
    linkFailures(parent: parent, depth: depth)
  }

  private static func branchKey(_ node: Int32, _ key: UInt32) -> UInt64 {
    UInt64(UInt32(bitPattern: node)) << 32 | UInt64(key)
  }

  /// The child of `node` along `key`, or nil.
  @inline(__always)
  private func child(of node: Int32, _ key: UInt32) -> Int32? {
    if node == 0 {
      if key < 128 {
        let child = rootASCII[Int(key)]
        return child == 0 ? nil : child
      }
    } else {
      let flag = flags[Int(node)]
      if flag & Self.nextIsChild != 0, incoming[Int(node) + 1] == key { return node + 1 }
      if flag & Self.hasBranches == 0 { return nil }
    }
    if node == 0, incoming.count > 1, incoming[1] == key { return 1 }
    return branches[Self.branchKey(node, key)]
  }

  /// Computes the failure and output links, breadth first (nodes ordered by depth).
  private mutating func linkFailures(parent: [Int32], depth: [Int32]) {
    let count = incoming.count
    var byDepth = [Int](repeating: 0, count: Int(depth.max() ?? 0) + 2)
    for level in depth { byDepth[Int(level) + 1] += 1 }
    for level in 1..<byDepth.count { byDepth[level] += byDepth[level - 1] }
    var order = [Int32](repeating: 0, count: count)
    for node in 0..<count {
      let level = Int(depth[node])
      order[byDepth[level]] = Int32(node)
      byDepth[level] += 1
    }
    fail = [Int32](repeating: 0, count: count)
    output = [Int32](repeating: -1, count: count)
    for node in order.dropFirst() {
      let index = Int(node)
      let from = parent[index]
      var link: Int32 = 0
      if from != 0 {
        var candidate = fail[Int(from)]
        while true {
          if let next = child(of: candidate, incoming[index]) {
            link = next
            break
          }
          if candidate == 0 { break }
          candidate = fail[Int(candidate)]
        }
      }
      fail[index] = link
      output[index] = terminal[index] >= 0 ? node : output[Int(link)]
    }
  }

  /// Scans `keys` once and calls `report` with the id and start of every occurrence of
  /// every pattern, in the order the occurrences end (so ascending starts per pattern).
  func scan(_ keys: [UInt32], report: (_ id: Int, _ start: Int) -> Void) {
    guard incoming.count > 1 else { return }
    var state: Int32 = 0
    for (position, key) in keys.enumerated() {
      while true {
        if let next = child(of: state, key) {
          state = next
          break
        }
        if state == 0 { break }
        state = fail[Int(state)]
      }
      var found = output[Int(state)]
      while found >= 0 {
        let id = Int(terminal[Int(found)])
        report(id, position + 1 - lengths[id])
        found = output[Int(fail[Int(found)])]
      }
    }
  }

  /// Every occurrence of every pattern: the ascending starts of each, by id.
  func occurrences(in keys: [UInt32]) -> [[Int32]] {
    var result = [[Int32]](repeating: [], count: lengths.count)
    scan(keys) { id, start in result[id].append(Int32(start)) }
    return result
  }
}
