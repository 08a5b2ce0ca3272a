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
    let subject = diagnostic.node?.rawValue ?? diagnostic.location?.file ?? ""
    let key = [diagnostic.rule, subject, Self.blankingNumbers(diagnostic.message)]
      .joined(separator: "\u{0}")
    let hex = String(Self.fnv1a(key), radix: 16)
    value = String(repeating: "0", count: 16 - hex.count) + hex
  }

  /// The sixteen hex digits.
  public var description: String { value }

  /// Orders fingerprints by their text.
  public static func < (lhs: Fingerprint, rhs: Fingerprint) -> Bool { lhs.value < rhs.value }

  /// The message with every run of digits replaced by `#`, so line numbers quoted in a
  /// message ("first defined at line 12") do not change the fingerprint.
  static func blankingNumbers(_ message: String) -> String {
    var result = ""
    var inDigits = false
    for scalar in message.unicodeScalars {
      if ("0"..."9").contains(scalar) {
        if !inDigits { result += "#" }
        inDigits = true
      } else {
        inDigits = false
        result.unicodeScalars.append(scalar)
      }
    }
    return result
  }

  /// 64-bit FNV-1a over UTF-8: stable across runs, platforms and Swift versions
  /// (unlike `Hasher`, which is seeded per process).
  static func fnv1a(_ text: String) -> UInt64 {
    var hash: UInt64 = 0xcbf2_9ce4_8422_2325
    for byte in text.utf8 {
      hash ^= UInt64(byte)
      hash = hash &* 0x0000_0100_0000_01b3
    }
    return hash
  }
}
