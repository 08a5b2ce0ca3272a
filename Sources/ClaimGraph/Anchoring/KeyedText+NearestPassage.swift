/// The passage of a text nearest to a quote it does not contain: what `quote-not-found`
/// suggests.
///
/// Nearness is edit distance (insertions, deletions and substitutions of characters), by
/// approximate substring matching: a text position may start a match at no cost, so the
/// best match may lie anywhere. The search is bounded per quote:
///
/// - when the quote's keys times the text's (*m* × *n*) are at most ``wholeTextCells``
///   and the text at most ``wholeTextKeys`` long, the whole text is searched: the closest
///   stretch, the first one on ties;
/// - otherwise (a long article) only a few windows of the text are searched: the places
///   that share the most rare 8-key *seeds* with the quote (a seed occurring at most
///   ``seedsKept`` times is rare), found for all the quotes missed in one pass over the
///   text with a ``KeyAutomaton``. Each quote then costs O(*m*²) at most, whatever the
///   text's length; a quote longer than ``longestSearched`` keys is searched by its start.
extension KeyedText {
  /// The most cells (quote keys × text keys) the whole-text search may fill (16 Mi).
  static let wholeTextCells = 1 << 24
  /// The longest text the whole-text search is run on (64 Ki keys: an article of ten
  /// thousand words; the endorphin article has 28 Ki).
  static let wholeTextKeys = 1 << 16
  /// The length of a seed, in keys.
  static let seedLength = 8
  /// The occurrences of a seed counted as votes; a seed found more often is too common to
  /// say where the quote belongs (then its first occurrences vote only if no seed is rare).
  static let seedsKept = 32
  /// The windows searched per quote.
  static let windowsSearched = 2
  /// The keys of a quote the windowed search uses.
  static let longestSearched = 1024

  /// The stretch of the text closest to each needle (nil for an empty needle or text),
  /// as ranges of keys.
  func nearest(to needles: [[UInt32]]) -> [Range<Int>?] {
    var result = [Range<Int>?](repeating: nil, count: needles.count)
    var windowed: [Int] = []
    for (index, needle) in needles.enumerated() where !needle.isEmpty && !keys.isEmpty {
      if keys.count <= Self.wholeTextKeys, needle.count * keys.count <= Self.wholeTextCells {
        result[index] = nearest(to: needle[...], within: keys.indices)?.range
      } else {
        windowed.append(index)
      }
    }
    guard !windowed.isEmpty else { return result }
    // Every seed of every windowed needle, at every offset.
    var seeds: [[UInt32]] = []
    var firstSeed: [Int] = []
    for index in windowed {
      let needle = needles[index].prefix(Self.longestSearched)
      let length = min(Self.seedLength, needle.count)
      firstSeed.append(seeds.count)
      for offset in 0...(needle.count - length) {
        seeds.append(Array(needle[offset..<(offset + length)]))
      }
    }
    firstSeed.append(seeds.count)
    let automaton = KeyAutomaton(seeds)
    var counts = [Int](repeating: 0, count: automaton.lengths.count)
    var kept = [[Int32]](repeating: [], count: automaton.lengths.count)
    automaton.scan(keys) { id, start in
      counts[id] += 1
      if kept[id].count < Self.seedsKept { kept[id].append(Int32(start)) }
    }
    for (slot, index) in windowed.enumerated() {
      let needle = needles[index].prefix(Self.longestSearched)
      let seedRange = firstSeed[slot]..<firstSeed[slot + 1]
      var rare: [Int] = []
      var common: [Int] = []
      for seed in seedRange {
        let id = automaton.ids[seed]
        let offset = seed - seedRange.lowerBound
        let diagonals = kept[id].map { Int($0) - offset }
        if counts[id] <= Self.seedsKept { rare += diagonals } else { common += diagonals }
      }
      var best: (range: Range<Int>, distance: Int)?
      for window in windows(rare.isEmpty ? common : rare, needle: needle.count) {
        guard let found = nearest(to: needle, within: window) else { continue }
        if let current = best,
          (current.distance, current.range.upperBound)
            <= (found.distance, found.range.upperBound)
        {
          continue
        }
        best = found
      }
      result[index] = best?.range
    }
    return result
  }

  /// The windows of the text to search for a needle of `length` keys, from the diagonals
  /// (text position minus needle offset) of its seeds: the densest clusters first, each
  /// grown by half the needle's length on either side; the text's start when there is no
  /// seed.
  private func windows(_ diagonals: [Int], needle length: Int) -> [Range<Int>] {
    let margin = max(1, length / 2)
    let all = 0..<keys.count
    guard !diagonals.isEmpty else { return [(0..<min(keys.count, 2 * length + margin))] }
    // Clusters of sorted diagonals no wider than half the needle.
    var clusters: [(first: Int, last: Int, votes: Int)] = []
    for diagonal in diagonals.sorted() {
      if let last = clusters.last, diagonal - last.first <= margin {
        clusters[clusters.count - 1] = (last.first, diagonal, last.votes + 1)
      } else {
        clusters.append((diagonal, diagonal, 1))
      }
    }
    let chosen = clusters.enumerated()
      .sorted { ($1.element.votes, $0.offset) < ($0.element.votes, $1.offset) }
      .prefix(Self.windowsSearched)
      .map(\.element)
    return chosen.map { cluster in
      ((cluster.first - margin)..<(cluster.last + length + margin)).clamped(to: all)
    }
    .filter { !$0.isEmpty }
  }

  /// The stretch of `window` closest to `needle`, as a range of keys, with its distance.
  ///
  /// O(*m* × *w*) time for a needle of *m* and a window of *w* keys, O(*w*) memory.
  func nearest(to needle: ArraySlice<UInt32>, within window: Range<Int>)
    -> (range: Range<Int>, distance: Int)?
  {
    guard !needle.isEmpty, !window.isEmpty else { return nil }
    let width = window.count
    let base = window.lowerBound
    // previous[j]: the distance of the needle's first i keys to a stretch ending at key j
    // of the window; start[j]: where that stretch begins.
    var previous = [Int](repeating: 0, count: width + 1)
    var previousStart = Array(0...width)
    var current = previous
    var currentStart = previousStart
    for i in 1...needle.count {
      current[0] = i
      currentStart[0] = 0
      let key = needle[needle.startIndex + i - 1]
      for j in 1...width {
        let substitute = previous[j - 1] + (keys[base + j - 1] == key ? 0 : 1)
        let delete = previous[j] + 1
        let insert = current[j - 1] + 1
        if substitute <= delete && substitute <= insert {
          current[j] = substitute
          currentStart[j] = previousStart[j - 1]
        } else if delete <= insert {
          current[j] = delete
          currentStart[j] = previousStart[j]
        } else {
          current[j] = insert
          currentStart[j] = currentStart[j - 1]
        }
      }
      swap(&previous, &current)
      swap(&previousStart, &currentStart)
    }
    var best = 1
    for j in 1...width where previous[j] < previous[best] { best = j }
    return ((base + previousStart[best])..<(base + best), previous[best])
  }
}
