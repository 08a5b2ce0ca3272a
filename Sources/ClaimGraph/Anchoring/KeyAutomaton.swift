/// An Aho–Corasick automaton over comparison keys (see ``KeyedText``): every occurrence of
/// many patterns in a text, found in one pass over the text.
///
/// The trie is built from the distinct patterns in sorted order, so its nodes are numbered
/// in depth-first preorder and a node's first child is always the next node: only the
/// other children (one per branch, about one per pattern) need a table, and a node costs 16
/// bytes. Failure links are computed breadth first; each node also knows the nearest
/// pattern ending at it or along its failure links, so a position reports exactly the
/// patterns that end there.
///
/// - Complexity: building is O(*P* log *k*) for *k* patterns of *P* keys in all (the sort);
///   a scan is O(*n* + *r*) for a text of *n* keys and *r* occurrences reported.
///
/// Why an automaton and not a suffix array of the text, measured on `claimgraph-bench`'s
/// anchored article at 100k sentences (11.2 MB of text, 210k quotes, release build, two
/// busy cores): libdivsufsort, tuned C over bytes, builds the text's suffix array in
/// 0.68–0.81 s of CPU, before any search and without the integer alphabet the keys need;
/// keying the text and locating all 210k quotes here takes 1.77–1.88 s of CPU, of which
/// the text's keys are about a fifth. So a suffix array in Swift would not be clearly
/// faster, while it costs 4 bytes per text key for as long as the text lives, searches in
/// O(*m* log *n*) random reads per quote, and leaves the occurrences of an ambiguous quote
/// to be enumerated and checked one by one against its prefix or suffix; the automaton is
/// linear whatever the quotes look like, is freed once they are found, and turns prefixes
/// and suffixes into patterns of a second pass.
struct KeyAutomaton {
  /// For each pattern given, the id of its distinct pattern (equal patterns share one).
  let ids: [Int]
  /// The length of each distinct pattern, by id.
  let lengths: [Int]

  /// Per node: the key on the edge into it (0 for the root) in the low 30 bits, and
  /// whether the next node is its first child and whether it has other children in the
  /// top two (a node's test for a child reads its own word and the next one).
  private var edges: [UInt32]
  /// The failure and output links of each node.
  private var links: [Links] = []
  /// The pattern ending at each node, or -1.
  private var terminal: [Int32]
  /// The children that are not a node's first child, by node and key.
  private var branches: [UInt64: Int32]
  /// The root's child for each ASCII key, or 0 (the root itself) when there is none.
  private var rootASCII: [Int32]

  /// A node's links, side by side since they are read together.
  private struct Links {
    /// The node of the longest proper suffix of this node's path that is in the trie.
    var fail: Int32
    /// The nearest node, this one or one along its failure links, where a pattern ends;
    /// -1 when there is none.
    var output: Int32
  }

  private static let nextIsChild: UInt32 = 1 << 31
  private static let hasBranches: UInt32 = 1 << 30
  /// The bits of a key in ``edges``; a key above them (the key of a character missing from
  /// the text) becomes one no text holds.
  private static let keyBits: UInt32 = (1 << 30) - 1

  /// Builds the automaton of the patterns; empty patterns are never reported.
  init(_ patterns: [[UInt32]]) {
    // The patterns end to end, so that sorting and building read one buffer.
    var flat: [UInt32] = []
    flat.reserveCapacity(patterns.reduce(0) { $0 + $1.count })
    var bounds = [0]
    bounds.reserveCapacity(patterns.count + 1)
    for pattern in patterns {
      flat += pattern
      bounds.append(flat.count)
    }
    var ids = [Int](repeating: -1, count: patterns.count)
    var lengths: [Int] = []
    var edges: [UInt32] = [0]
    var terminal: [Int32] = [-1]
    var branches: [UInt64: Int32] = [:]
    var rootASCII = [Int32](repeating: 0, count: 128)
    var parent: [Int32] = [-1]
    var depth: [Int32] = [0]
    parent.reserveCapacity(flat.count + 1)
    depth.reserveCapacity(flat.count + 1)
    edges.reserveCapacity(flat.count + 1)
    terminal.reserveCapacity(flat.count + 1)
    flat.withUnsafeBufferPointer { keys in
      func pattern(_ index: Int) -> UnsafeBufferPointer<UInt32> {
        UnsafeBufferPointer(rebasing: keys[bounds[index]..<bounds[index + 1]])
      }
      let order = Self.sortedLexicographically(keys, bounds)
      // The nodes on the path of the previous pattern, by depth.
      var path: [Int32] = [0]
      var previous = UnsafeBufferPointer(rebasing: keys[0..<0])
      for index in order {
        let pattern = pattern(index)
        guard !pattern.isEmpty else { continue }
        if pattern.elementsEqual(previous) {
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
          let node = Int32(edges.count)
          let key = min(pattern[position], Self.keyBits)
          if Int(from) == edges.count - 1 {
            edges[Int(from)] |= Self.nextIsChild
          } else {
            edges[Int(from)] |= Self.hasBranches
            branches[Self.branchKey(from, key)] = node
          }
          if from == 0, key < 128 { rootASCII[Int(key)] = node }
          edges.append(key)
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
    }
    self.ids = ids
    self.lengths = lengths
    self.edges = edges
    self.terminal = terminal
    self.branches = branches
    self.rootASCII = rootASCII
    linkFailures(parent: parent, depth: depth)
  }

  /// The indices of the patterns (`keys[bounds[i]..<bounds[i + 1]]`) in lexicographic
  /// order of their keys; equal patterns in any order.
  ///
  /// A multikey quicksort (Bentley and Sedgewick): each step splits a run of patterns on
  /// their key at one depth into less, equal and greater, and only the equal part goes on
  /// to the next key. That reads each key a pattern shares with its neighbours about once,
  /// where a comparison sort re-reads the shared start at every comparison: many quotes
  /// start with the same words, and at 100k sentences the merge sort this replaces was the
  /// anchoring stage's costliest step after the failure links. Pivots come from a
  /// fixed-seed generator, so no arrangement of the quotes makes it quadratic by design;
  /// the runs still to sort are kept on an explicit stack, so no input deepens the call
  /// stack.
  ///
  /// - Complexity: expected O(*P* + *k* log *k*) key reads for *k* patterns of *P* keys.
  static func sortedLexicographically(
    _ keys: UnsafeBufferPointer<UInt32>, _ bounds: [Int]
  ) -> [Int] {
    var order = Array(0..<(bounds.count - 1))
    // The key of a pattern at a depth, or -1 past its end (a prefix sorts first).
    func key(_ pattern: Int, _ depth: Int) -> Int64 {
      let position = bounds[pattern] + depth
      return position < bounds[pattern + 1] ? Int64(keys[position]) : -1
    }
    var generator = SplitMix64(seed: 0x5EED)
    var runs: [(low: Int, high: Int, depth: Int)] = [(0, order.count, 0)]
    while let (low, high, depth) = runs.popLast() {
      guard high - low > 1 else { continue }
      let pivot = key(order[low + Int(generator.next() % UInt64(high - low))], depth)
      // Dutch-flag partition of order[low..<high] on the key at `depth`.
      var less = low
      var index = low
      var greater = high
      while index < greater {
        let current = key(order[index], depth)
        if current < pivot {
          order.swapAt(less, index)
          less += 1
          index += 1
        } else if current > pivot {
          greater -= 1
          order.swapAt(index, greater)
        } else {
          index += 1
        }
      }
      runs.append((low, less, depth))
      runs.append((greater, high, depth))
      // Patterns that ended here are equal; the others go on to the next key.
      if pivot >= 0 { runs.append((less, greater, depth + 1)) }
    }
    return order
  }

  /// A small deterministic generator (SplitMix64), for the sort's pivots.
  private struct SplitMix64 {
    var state: UInt64
    init(seed: UInt64) { state = seed }
    mutating func next() -> UInt64 {
      state &+= 0x9E37_79B9_7F4A_7C15
      var value = state
      value = (value ^ (value >> 30)) &* 0xBF58_476D_1CE4_E5B9
      value = (value ^ (value >> 27)) &* 0x94D0_49BB_1331_11EB
      return value ^ (value >> 31)
    }
  }

  private static func branchKey(_ node: Int32, _ key: UInt32) -> UInt64 {
    UInt64(UInt32(bitPattern: node)) << 32 | UInt64(key)
  }

  /// The child of `node` along `key`, or nil.
  @inline(__always)
  private func child(
    of node: Int32, _ key: UInt32, in edges: UnsafeBufferPointer<UInt32>
  ) -> Int32? {
    if node == 0 {
      if key < 128 {
        let child = rootASCII[Int(key)]
        return child == 0 ? nil : child
      }
      if edges.count > 1, edges[1] & Self.keyBits == key { return 1 }
    } else {
      let edge = edges[Int(node)]
      if edge & Self.nextIsChild != 0, edges[Int(node) + 1] & Self.keyBits == key {
        return node + 1
      }
      if edge & Self.hasBranches == 0 { return nil }
    }
    return branches[Self.branchKey(node, key)]
  }

  /// The state after reading `key` in `state`: its child along the key, else that of the
  /// first node along its failure links that has one, else the root.
  @inline(__always)
  private func transition(
    from state: Int32, _ key: UInt32, _ edges: UnsafeBufferPointer<UInt32>,
    _ links: UnsafeBufferPointer<Links>
  ) -> Int32 {
    var state = state
    while true {
      if let next = child(of: state, key, in: edges) { return next }
      if state == 0 { return 0 }
      state = links[Int(state)].fail
    }
  }

  /// Computes the failure and output links, breadth first (nodes ordered by depth).
  private mutating func linkFailures(parent: [Int32], depth: [Int32]) {
    let count = edges.count
    var byDepth = [Int](repeating: 0, count: Int(depth.max() ?? 0) + 2)
    for level in depth { byDepth[Int(level) + 1] += 1 }
    for level in 1..<byDepth.count { byDepth[level] += byDepth[level - 1] }
    var order = [Int32](repeating: 0, count: count)
    for node in 0..<count {
      let level = Int(depth[node])
      order[byDepth[level]] = Int32(node)
      byDepth[level] += 1
    }
    var links = [Links](repeating: Links(fail: 0, output: -1), count: count)
    edges.withUnsafeBufferPointer { edges in
      links.withUnsafeMutableBufferPointer { links in
        for node in order.dropFirst() {
          let index = Int(node)
          let from = parent[index]
          let key = edges[index] & Self.keyBits
          let link =
            from == 0
            ? 0 : transition(from: links[Int(from)].fail, key, edges, UnsafeBufferPointer(links))
          links[index] = Links(
            fail: link, output: terminal[index] >= 0 ? node : links[Int(link)].output)
        }
      }
    }
    self.links = links
  }

  /// Scans `keys` once and calls `report` with the id and start of every occurrence of
  /// every pattern, in the order the occurrences end (so ascending starts per pattern).
  func scan(_ keys: [UInt32], report: (_ id: Int, _ start: Int) -> Void) {
    guard edges.count > 1 else { return }
    edges.withUnsafeBufferPointer { edges in
      links.withUnsafeBufferPointer { links in
        var state: Int32 = 0
        for (position, key) in keys.enumerated() {
          state = transition(from: state, key, edges, links)
          var found = links[Int(state)].output
          while found >= 0 {
            let id = Int(terminal[Int(found)])
            report(id, position + 1 - lengths[id])
            found = links[Int(links[Int(found)].fail)].output
          }
        }
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
