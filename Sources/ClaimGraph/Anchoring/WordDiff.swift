/// The words that differ between a quote and the passage nearest to it, marked as `git
/// diff --word-diff` marks them: `… the [-prefrontal-]{+frontal+} cortex …`.
///
/// Words compare in the comparison form of quotes (`TextNormalization`), so a
/// typographic quote or a dash never shows as a change; each change keeps two words of
/// context either side, and what lies between changes is shortened to `…`.
public enum WordDiff {
  /// The most words of each side compared; longer texts are not diffed (nil).
  public static let maxWords = 400

  /// The marked difference of `quote` (what was written) against `passage` (what the text
  /// says), or nil when they have the same words or are too long to compare.
  public static func marked(_ quote: String, against passage: String, context: Int = 2) -> String? {
    let old = quote.split(whereSeparator: \.isWhitespace).map(String.init)
    let new = passage.split(whereSeparator: \.isWhitespace).map(String.init)
    guard old.count <= maxWords, new.count <= maxWords else { return nil }
    let oldKeys = old.map { TextNormalization.comparable($0, foldingCase: false) }
    let newKeys = new.map { TextNormalization.comparable($0, foldingCase: false) }
    // Longest common subsequence, by a table of suffix lengths.
    let width = newKeys.count + 1
    var table = [Int](repeating: 0, count: (oldKeys.count + 1) * width)
    for i in stride(from: oldKeys.count - 1, through: 0, by: -1) {
      for j in stride(from: newKeys.count - 1, through: 0, by: -1) {
        table[i * width + j] =
          oldKeys[i] == newKeys[j]
          ? table[(i + 1) * width + j + 1] + 1
          : max(table[(i + 1) * width + j], table[i * width + j + 1])
      }
    }
    enum Piece {
      case same(String)
      case removed(String)
      case added(String)
    }
    var pieces: [Piece] = []
    var i = 0
    var j = 0
    while i < old.count || j < new.count {
      if i < old.count, j < new.count, oldKeys[i] == newKeys[j] {
        pieces.append(.same(new[j]))
        i += 1
        j += 1
      } else if j < new.count,
        i == old.count || table[i * width + j + 1] >= table[(i + 1) * width + j]
      {
        pieces.append(.added(new[j]))
        j += 1
      } else {
        pieces.append(.removed(old[i]))
        i += 1
      }
    }
    let changed = pieces.indices.filter {
      if case .same = pieces[$0] { return false }
      return true
    }
    guard !changed.isEmpty else { return nil }
    // Keep the changes and `context` words around each; runs of one kind are joined.
    var keep = Set<Int>()
    for index in changed {
      for near in max(0, index - context)...min(pieces.count - 1, index + context) {
        keep.insert(near)
      }
    }
    var words: [String] = []
    var index = 0
    if keep.min() != 0 { words.append("…") }
    while index < pieces.count {
      guard keep.contains(index) else {
        if words.last != "…" { words.append("…") }
        index += 1
        continue
      }
      switch pieces[index] {
      case .same(let word):
        words.append(word)
        index += 1
      case .removed, .added:
        var removed: [String] = []
        var added: [String] = []
        while index < pieces.count {
          if case .removed(let word) = pieces[index] {
            removed.append(word)
          } else if case .added(let word) = pieces[index] {
            added.append(word)
          } else {
            break
          }
          index += 1
        }
        var change = ""
        if !removed.isEmpty { change += "[-" + removed.joined(separator: " ") + "-]" }
        if !added.isEmpty { change += "{+" + added.joined(separator: " ") + "+}" }
        words.append(change)
      }
    }
    return words.joined(separator: " ")
  }
}
