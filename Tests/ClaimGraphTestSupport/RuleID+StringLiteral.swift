import ClaimGraph

/// Tests name rules as the outputs they check spell them (`"uncited-claim"`); the library
/// itself names them by ``RuleID``'s static members.
extension RuleID: ExpressibleByStringLiteral {
  /// The id with this text.
  public init(stringLiteral value: String) { self.init(rawValue: value) }
}
