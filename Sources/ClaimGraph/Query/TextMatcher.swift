/// Finds a text inside statements, ignoring case, without allocating per statement when
/// the text is ASCII.
struct TextMatcher: Sendable {
  private let asciiNeedle: [UInt8]?
  private let lowercasedNeedle: String

  init(_ needle: String) {
    lowercasedNeedle = needle.lowercased()
    asciiNeedle = needle.utf8.allSatisfy { $0 < 0x80 } ? Array(lowercasedNeedle.utf8) : nil
  }

  /// Whether `haystack` contains the needle, ignoring case.
  func matches(_ haystack: String) -> Bool {
    guard let needle = asciiNeedle else { return haystack.lowercased().contains(lowercasedNeedle) }
    guard let first = needle.first else { return true }
    var haystack = haystack
    return haystack.withUTF8 { bytes in
      let count = bytes.count
      guard count >= needle.count else { return false }
      for start in 0...(count - needle.count) where Self.fold(bytes[start]) == first {
        var index = 1
        while index < needle.count, Self.fold(bytes[start + index]) == needle[index] { index += 1 }
        if index == needle.count { return true }
      }
      return false
    }
  }

  private static func fold(_ byte: UInt8) -> UInt8 {
    byte >= UInt8(ascii: "A") && byte <= UInt8(ascii: "Z") ? byte + 32 : byte
  }
}
