/// The stable identifier of a node: a claim, a source or an entity.
///
/// Identifiers share one namespace across every node kind. In authored YAML they are
/// lowercase kebab-case (`beta-endorphin`); graphs read from GraphML or JSON may carry
/// any non-empty string.
public struct NodeID: RawRepresentable, Hashable, Comparable, Sendable, CustomStringConvertible,
  ExpressibleByStringLiteral
{
  /// The identifier's text.
  public let rawValue: String

  /// Creates an identifier from its text.
  public init(rawValue: String) { self.rawValue = rawValue }

  /// Creates an identifier from its text.
  public init(_ rawValue: String) { self.rawValue = rawValue }

  /// Creates an identifier from a string literal.
  public init(stringLiteral value: String) { self.rawValue = value }

  /// The identifier's text.
  public var description: String { rawValue }

  /// Orders identifiers by their UTF-8 bytes, independent of locale.
  public static func < (lhs: NodeID, rhs: NodeID) -> Bool {
    lhs.rawValue.precedesBytewise(rhs.rawValue)
  }

  /// Whether the text is lowercase kebab-case: `[a-z0-9]+(-[a-z0-9]+)*`.
  public var isKebabCase: Bool {
    // Read in place when the text is stored contiguously (nearly always).
    rawValue.utf8.withContiguousStorageIfAvailable(Self.isKebabCase)
      ?? Self.isKebabCase(
        rawValue.utf8)
  }

  private static func isKebabCase(_ bytes: some Sequence<UInt8>) -> Bool {
    var previousWasHyphen = true
    for byte in bytes {
      switch byte {
      case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "0")...UInt8(ascii: "9"):
        previousWasHyphen = false
      case UInt8(ascii: "-") where !previousWasHyphen:
        previousWasHyphen = true
      default:
        return false
      }
    }
    return !previousWasHyphen
  }
}
