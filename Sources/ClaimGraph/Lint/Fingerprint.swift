/// A stable identity for a finding that survives edits elsewhere in the graph: the rule,
/// the node (or, for findings about no node, the file) and the message with its numbers
/// blanked out — never the line or column, so inserting lines above a finding keeps it.
///
/// Baselines match findings by it, and SARIF reports it in `partialFingerprints`, so
/// GitHub code scanning tracks a finding across commits.
public struct Fingerprint: Hashable, Sendable, Comparable, CustomStringConvertible {
  /// Sixteen lowercase hexadecimal digits.
  public let value: String

  /// The fingerprint of a finding.
  public init(of diagnostic: Diagnostic) {
    // FNV-1a of the rule, the subject and the message with its numbers blanked, joined by
    // NUL bytes, hashed straight from their UTF-8 (no joined or blanked copy is built).
    var hash = Self.fnv1aOffset
    Self.fnv1a(diagnostic.rule.rawValue, into: &hash)
    Self.fnv1a(0, into: &hash)
    Self.fnv1a(diagnostic.node?.rawValue ?? diagnostic.location?.file ?? "", into: &hash)
    Self.fnv1a(0, into: &hash)
    var inDigits = false
    for byte in diagnostic.message.utf8 {
      let isDigit = (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(byte)
      if !isDigit {
        Self.fnv1a(byte, into: &hash)
      } else if !inDigits {
        Self.fnv1a(UInt8(ascii: "#"), into: &hash)
      }
      inDigits = isDigit
    }
    let hex = String(hash, radix: 16)
    value = String(repeating: "0", count: 16 - hex.count) + hex
  }

  /// The sixteen hex digits.
  public var description: String { value }

  /// Orders fingerprints by their text.
  public static func < (lhs: Fingerprint, rhs: Fingerprint) -> Bool { lhs.value < rhs.value }

  /// 64-bit FNV-1a's starting value; the hash is stable across runs, platforms and Swift
  /// versions (unlike `Hasher`, which is seeded per process).
  private static let fnv1aOffset: UInt64 = 0xcbf2_9ce4_8422_2325

  private static func fnv1a(_ text: String, into hash: inout UInt64) {
    for byte in text.utf8 { fnv1a(byte, into: &hash) }
  }

  private static func fnv1a(_ byte: UInt8, into hash: inout UInt64) {
    hash ^= UInt64(byte)
    hash = hash &* 0x0000_0100_0000_01b3
  }
}
