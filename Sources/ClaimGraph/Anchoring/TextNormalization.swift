/// The comparison form of text that quotes are matched in.
///
/// Editors change the look of a sentence without changing its words: they re-wrap lines,
/// swap straight and typographic quotes, an en dash for an em dash, `β` for `beta`, or
/// paste text in another Unicode normalization form. All of these compare equal here:
///
/// - every run of whitespace (line breaks included) is one space;
/// - `‘ ’ ‚ ‛ ′` are `'`, and `“ ” „ ‟ ″` are `"`;
/// - the hyphens and dashes `‐ ‑ ‒ – — ― −` are `-`;
/// - `β` is `beta`;
/// - characters compare by canonical equivalence (NFC and NFD forms are equal), because
///   each non-ASCII character is keyed by Swift's `Character`, whose equality and hashing
///   are canonical.
enum TextNormalization {
  /// The replacement for a character, or nil to keep it.
  ///
  /// Every character replaced is one Unicode scalar outside ASCII, so the scalar's value
  /// decides: no string comparison, and ASCII returns at once.
  static func replacement(for character: Character) -> String? {
    guard !character.isASCII else { return nil }
    let scalars = character.unicodeScalars
    guard let scalar = scalars.first, scalars.index(after: scalars.startIndex) == scalars.endIndex
    else { return nil }
    return switch scalar.value {
    case 0x2018, 0x2019, 0x201A, 0x201B, 0x2032: "'"
    case 0x201C, 0x201D, 0x201E, 0x201F, 0x2033: "\""
    case 0x2010, 0x2011, 0x2012, 0x2013, 0x2014, 0x2015, 0x2212: "-"
    case 0x03B2: "beta"
    default: nil
    }
  }

  /// A string in comparison form (for short texts: names, titles, quotes), optionally
  /// lower-cased; leading and trailing whitespace is dropped.
  static func comparable(_ text: String, foldingCase: Bool = false) -> String {
    var result = ""
    result.reserveCapacity(text.utf8.count)
    var pendingSpace = false
    for character in text {
      if character.isWhitespace {
        pendingSpace = !result.isEmpty
        continue
      }
      if pendingSpace {
        result.append(" ")
        pendingSpace = false
      }
      // ASCII (a single scalar: "\r\n", the only ASCII pair, is whitespace) is kept or
      // lower-cased as a byte, without making a string of the character.
      if let ascii = character.asciiValue {
        let isUpper = (UInt8(ascii: "A")...UInt8(ascii: "Z")).contains(ascii)
        result.unicodeScalars.append(Unicode.Scalar(foldingCase && isUpper ? ascii | 0x20 : ascii))
        continue
      }
      if let replacement = replacement(for: character) {
        result += replacement
      } else if foldingCase {
        result += character.lowercased()
      } else {
        result.append(character)
      }
    }
    return result
  }

  /// Whether `word` occurs in `text` as whole words, not inside a longer word.
  ///
  /// Both are compared in comparison form. Case is ignored unless `word` is written in
  /// capitals (an acronym such as `PET` must not match "pet"). To ask about many words in
  /// one text, make a ``WordSearch`` of the text once.
  static func containsWords(_ word: String, in text: String) -> Bool {
    WordSearch(text).contains(word)
  }

  /// The runs of letters and digits of `word` in comparison form, case folded as
  /// ``containsWords(_:in:)`` folds it.
  ///
  /// A text that contains `word` as whole words has every one of these runs among its
  /// ``wordRuns(of:foldingCase:)`` (with the same folding): each run is bounded by
  /// characters that are no letter or digit, in the word or around the match.
  static func wordRuns(of word: String) -> (runs: [Substring], foldingCase: Bool) {
    let isAcronym = word.contains { $0.isLetter } && !word.contains { $0.isLowercase }
    return (wordRuns(of: word, foldingCase: !isAcronym), !isAcronym)
  }

  /// The maximal runs of letters and digits of a text in comparison form.
  static func wordRuns(of text: String, foldingCase: Bool) -> [Substring] {
    comparable(text, foldingCase: foldingCase).split { !isWordCharacter($0) }
  }

  /// A text made ready for whole-word searches: ``containsWords(_:in:)``'s answers, with the
  /// text's comparison forms (case folded and not) built once rather than once per word.
  ///
  /// A rule asking whether a claim's quotes name any of a graph's methods asks some forty
  /// words of each quote; `claimgraph lint Graph` spent 56% of its instructions (471 of 844
  /// million, callgrind) rebuilding the same quotes' forms, and searching them through
  /// `ranges(of:)`, which copies both texts' characters into new arrays at every call.
  struct WordSearch {
    private let text: String
    /// The comparison forms as bytes, when the text is ASCII (most quotes are).
    private let ascii: (folded: [UInt8], unfolded: [UInt8])?
    /// The comparison forms as characters, when it is not.
    private let characters: (folded: [Character], unfolded: [Character])?

    /// Prepares a text.
    init(_ text: String) {
      self.text = text
      if text.utf8.allSatisfy({ $0 < 0x80 }) {
        ascii = (
          TextNormalization.asciiComparable(text, foldingCase: true),
          TextNormalization.asciiComparable(text, foldingCase: false)
        )
        characters = nil
      } else {
        ascii = nil
        characters = (
          Array(TextNormalization.comparable(text, foldingCase: true)),
          Array(TextNormalization.comparable(text, foldingCase: false))
        )
      }
    }

    /// Whether `word` occurs in the text as whole words (see ``containsWords(_:in:)``).
    func contains(_ word: String) -> Bool { contains(SearchWord(word)) }

    /// Whether a prepared word occurs in the text as whole words.
    func contains(_ word: SearchWord) -> Bool {
      if let needle = word.ascii, let ascii {
        return Self.occurs(
          needle, in: word.isAcronym ? ascii.unfolded : ascii.folded, isWord: isASCIIWordByte)
      }
      // An ASCII text asked about a word that is not ASCII (rare) gets its forms here.
      let haystack =
        characters.map { word.isAcronym ? $0.unfolded : $0.folded }
        ?? Array(comparable(text, foldingCase: !word.isAcronym))
      return Self.occurs(word.characters, in: haystack, isWord: isWordCharacter)
    }

    /// Whether `needle` occurs in `haystack` with no word element just before or after it.
    ///
    /// Like `ranges(of:)`, which this search replaces, matches do not overlap: the search
    /// goes on after each one (characters compare as `Character`s do, canonically).
    private static func occurs<Element: Equatable>(
      _ needle: [Element], in haystack: [Element], isWord: (Element) -> Bool
    ) -> Bool {
      guard let first = needle.first, needle.count <= haystack.count else { return false }
      var start = 0
      while start + needle.count <= haystack.count {
        guard haystack[start] == first,
          haystack[(start + 1)..<(start + needle.count)].elementsEqual(needle[1...])
        else {
          start += 1
          continue
        }
        let end = start + needle.count
        let before = start == 0 ? nil : haystack[start - 1]
        let after = end == haystack.count ? nil : haystack[end]
        if !(before.map(isWord) ?? false) && !(after.map(isWord) ?? false) { return true }
        start = end
      }
      return false
    }
  }

  /// A word made ready to look for in many texts with ``WordSearch``: its comparison form,
  /// and whether it is an acronym (written in capitals, so case is not ignored).
  struct SearchWord {
    /// The word as given.
    let word: String
    let isAcronym: Bool
    /// The comparison form as bytes, when the word is ASCII.
    fileprivate let ascii: [UInt8]?
    /// The comparison form as characters.
    fileprivate let characters: [Character]

    /// Prepares a word.
    init(_ word: String) {
      self.word = word
      isAcronym = word.contains { $0.isLetter } && !word.contains { $0.isLowercase }
      characters = Array(comparable(word, foldingCase: !isAcronym))
      ascii =
        word.utf8.allSatisfy({ $0 < 0x80 })
        ? asciiComparable(word, foldingCase: !isAcronym) : nil
    }
  }

  /// ``comparable(_:foldingCase:)`` of an ASCII text, as bytes.
  private static func asciiComparable(_ text: String, foldingCase: Bool) -> [UInt8] {
    var result: [UInt8] = []
    result.reserveCapacity(text.utf8.count)
    var pendingSpace = false
    for byte in text.utf8 {
      if byte == 0x20 || (0x09...0x0D).contains(byte) {
        pendingSpace = !result.isEmpty
        continue
      }
      if pendingSpace {
        result.append(0x20)
        pendingSpace = false
      }
      result.append(foldingCase && isASCIIUppercase(byte) ? byte | 0x20 : byte)
    }
    return result
  }

  private static func isASCIIUppercase(_ byte: UInt8) -> Bool {
    (UInt8(ascii: "A")...UInt8(ascii: "Z")).contains(byte)
  }

  private static func isASCIILowercase(_ byte: UInt8) -> Bool {
    (UInt8(ascii: "a")...UInt8(ascii: "z")).contains(byte)
  }

  private static func isASCIILetter(_ byte: UInt8) -> Bool {
    isASCIIUppercase(byte) || isASCIILowercase(byte)
  }

  private static func isASCIIWordByte(_ byte: UInt8) -> Bool {
    isASCIILetter(byte) || (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(byte)
  }

  private static func isWordCharacter(_ character: Character) -> Bool {
    character.isLetter || character.isNumber
  }
}

/// A long text (the article) as an array of comparison keys, one per character of the
/// comparison form, with the position in the original text of each.
///
/// Keys make matching a scan over integers: an ASCII character is its code, any other
/// character an index into a table of the distinct characters the text holds (looked up
/// by `Character`, so canonically equivalent spellings share a key).
///
/// The index costs 8 bytes per key: the key and where its character starts, both 32-bit.
/// Where a key's character ends is not stored: the keys' characters tile the text (a run
/// of whitespace is one key, a replaced character's keys share its span), so it ends where
/// the next key with another start begins. Storing both ends as `Int`s took 20 bytes per
/// key; at a million quoted sentences (127 MB of text) the index alone outgrew the caches
/// and the page-fault budget of the whole load.
struct KeyedText: Sendable {
  /// One key per character of the comparison form.
  private(set) var keys: [UInt32] = []
  /// For each key, the offset (in Unicode scalars) of the original character it came from.
  ///
  /// 32 bits: a text is at most 4 Gi scalars (the loaders read files of at most 1 GiB).
  private(set) var starts: [UInt32] = []
  /// The number of Unicode scalars of the text: where the last key's character ends.
  private(set) var scalarCount = 0
  /// The key of each distinct non-ASCII character.
  private var table: [Character: UInt32] = [:]
  /// Whether ``starts`` and ``ends`` are kept (not for the fragments looked for).
  private var keepsPositions = true

  static let space = UInt32(UInt8(ascii: " "))
  private static let firstTableKey: UInt32 = 0x20_0000
  /// A key no text holds: what a character missing from the text's table becomes.
  private static let absent = UInt32.max

  init() {}

  /// The keyed form of a whole text, building the character table.
  init(_ text: String) {
    append(text, growing: true)
  }

  /// The keys of a fragment to look for in this text (leading and trailing space dropped);
  /// a character the text never holds gets a key that matches nothing.
  func keys(of fragment: String) -> [UInt32] {
    var copy = KeyedText()
    copy.table = table
    copy.keepsPositions = false
    copy.append(fragment, growing: false)
    var result = copy.keys[...]
    while result.first == Self.space { result = result.dropFirst() }
    while result.last == Self.space { result = result.dropLast() }
    return Array(result)
  }

  /// Appends the keys of a text, character by character, to an empty keyed text.
  ///
  /// An ASCII byte followed by another (or by the end) is a character of its own, except
  /// `\r\n`, which is one; so most of a text is keyed from its bytes, and only a non-ASCII
  /// byte, or an ASCII one that a combining mark may follow, is read as a `Character`.
  private mutating func append(_ text: String, growing: Bool) {
    var copy = text
    copy.withUTF8 { bytes in
      keys.reserveCapacity(bytes.count)
      if keepsPositions { starts.reserveCapacity(bytes.count) }
      var index = 0
      var offset = 0
      while index < bytes.count {
        let byte = bytes[index]
        let next = index + 1 < bytes.count ? bytes[index + 1] : nil
        if byte == UInt8(ascii: "\r"), next == UInt8(ascii: "\n") {
          appendSpace(at: offset)
          index += 2
          offset += 2
          continue
        }
        if byte < 0x80, next.map({ $0 < 0x80 }) ?? true {
          append(ascii: byte, at: offset)
          index += 1
          offset += 1
          continue
        }
        // Both conversions between byte offsets and indices are O(1) in a native string.
        let position = text.utf8.index(text.utf8.startIndex, offsetBy: index)
        let character = text[position]
        let width = character.unicodeScalars.count
        append(character, at: offset, growing: growing)
        index = text.utf8.distance(from: text.utf8.startIndex, to: text.index(after: position))
        offset += width
      }
      scalarCount = offset
    }
  }

  private mutating func append(ascii: UInt8, at start: Int) {
    if ascii == 0x20 || (0x09...0x0D).contains(ascii) {
      appendSpace(at: start)
    } else {
      add(UInt32(ascii), at: start)
    }
  }

  private mutating func append(_ character: Character, at start: Int, growing: Bool) {
    // ("\r\n" is one character whose ASCII value is the line feed.)
    if let ascii = character.asciiValue {
      append(ascii: ascii, at: start)
      return
    }
    if character.isWhitespace {
      appendSpace(at: start)
      return
    }
    if let replacement = TextNormalization.replacement(for: character) {
      for scalar in replacement.unicodeScalars { add(scalar.value, at: start) }
      return
    }
    if let key = table[character] {
      add(key, at: start)
    } else if growing {
      let key = Self.firstTableKey + UInt32(table.count)
      table[character] = key
      add(key, at: start)
    } else {
      add(Self.absent, at: start)
    }
  }

  /// A run of whitespace is one space (which spans the whole run: see ``end(ofKey:)``).
  private mutating func appendSpace(at start: Int) {
    if keys.last != Self.space { add(Self.space, at: start) }
  }

  private mutating func add(_ key: UInt32, at start: Int) {
    keys.append(key)
    guard keepsPositions else { return }
    starts.append(UInt32(start))
  }

  /// The offset just after the original character a key came from: the start of the next
  /// key that starts elsewhere (a replaced character's keys share one start), or the end
  /// of the text.
  func end(ofKey key: Int) -> Int {
    let start = starts[key]
    var next = key + 1
    while next < starts.count, starts[next] == start { next += 1 }
    return next < starts.count ? Int(starts[next]) : scalarCount
  }

  /// The keys that came from a range of the text's scalars, without a leading or trailing
  /// space.
  func keys(within scalars: Range<Int>) -> Range<Int> {
    var lower = firstKey(startingAtOrAfter: scalars.lowerBound)
    var upper = firstKey(startingAtOrAfter: scalars.upperBound)
    while lower < upper, keys[lower] == Self.space { lower += 1 }
    while upper > lower, keys[upper - 1] == Self.space { upper -= 1 }
    return lower..<upper
  }

  /// The first key whose character starts at or after a scalar offset (binary search).
  private func firstKey(startingAtOrAfter offset: Int) -> Int {
    starts.partitionPoint { Int($0) >= offset }
  }

  /// The range grown to whole words at both ends (a suggestion that starts or ends inside
  /// a word is hard to recognise).
  func widenedToWords(_ range: Range<Int>) -> Range<Int> {
    func isWord(_ key: UInt32) -> Bool {
      guard key < 0x80 else { return key != Self.absent && key != Self.space }
      let scalar = Unicode.Scalar(UInt8(key))
      return scalar.properties.isAlphabetic || ("0"..."9").contains(scalar)
    }
    var lower = range.lowerBound
    var upper = range.upperBound
    while lower > 0, isWord(keys[lower - 1]), lower < keys.count, isWord(keys[lower]) { lower -= 1 }
    while upper < keys.count, upper > 0, isWord(keys[upper - 1]), isWord(keys[upper]) { upper += 1 }
    return lower..<upper
  }
}
