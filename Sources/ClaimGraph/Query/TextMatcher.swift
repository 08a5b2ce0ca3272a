/// Finds a text inside statements, ignoring case, in the comparison form of quotes.
///
/// A search forgives what an anchor forgives (``TextNormalization``: `β` is `beta`,
/// typographic quotes and dashes are plain, whitespace runs are one space, NFC equals
/// NFD). It allocates nothing per statement when the statement is plain ASCII.
struct TextMatcher: Sendable {
  private let asciiNeedle: [UInt8]?
  private let normalizedNeedle: String

  init(_ needle: String) {
    normalizedNeedle = TextNormalization.comparable(needle.lowercased(), foldingCase: true)
    asciiNeedle =
      normalizedNeedle.utf8.allSatisfy { $0 < 0x80 } ? Array(normalizedNeedle.utf8) : nil
  }

  /// Whether `haystack` contains the needle, ignoring case and in comparison form.
  func matches(_ haystack: String) -> Bool {
    guard let needle = asciiNeedle, let plain = Self.plainASCIIMatch(needle, in: haystack) else {
      return TextNormalization.comparable(haystack.lowercased(), foldingCase: true)
        .contains(normalizedNeedle)
    }
    return plain
  }

  /// Whether an ASCII needle occurs in a haystack that is already in comparison form
  /// (ASCII, single spaces), ignoring case; nil when the haystack is not.
  private static func plainASCIIMatch(_ needle: [UInt8], in haystack: String) -> Bool? {
    var haystack = haystack
    return haystack.withUTF8 { bytes -> Bool? in
      var previousIsSpace = true
      for byte in bytes {
        if byte >= 0x80 || (byte < 0x20 && byte != 0) { return nil }
        let isSpace = byte == UInt8(ascii: " ")
        if isSpace && previousIsSpace { return nil }
        previousIsSpace = isSpace
      }
      if previousIsSpace && !bytes.isEmpty { return nil }
      guard let first = needle.first else { return true }
      let count = bytes.count
      guard count >= needle.count else { return false }
      for start in 0...(count - needle.count) where fold(bytes[start]) == first {
        var index = 1
        while index < needle.count, fold(bytes[start + index]) == needle[index] { index += 1 }
        if index == needle.count { return true }
      }
      return false
    }
  }

  private static func fold(_ byte: UInt8) -> UInt8 {
    byte >= UInt8(ascii: "A") && byte <= UInt8(ascii: "Z") ? byte + 32 : byte
  }
}
