/// A located problem in a graph or its input, with a stable rule identifier.
///
/// Loader problems (`yaml-syntax`, `unknown-key`, …) and validation findings
/// (`uncited-claim`, …) share this shape, so one run can report them all together.
public struct Diagnostic: Error, Hashable, Sendable, CustomStringConvertible {
  /// The stable identifier of the rule that produced it.
  public var rule: RuleID
  /// How serious it is.
  public var severity: Severity
  /// What is wrong and, where possible, how to fix it (lower case, no final period).
  public var message: String
  /// Where it is, if it can be placed in a file.
  public var location: SourceLocation?
  /// The node it is about, if any.
  public var node: NodeID?

  /// Creates a diagnostic.
  public init(
    rule: RuleID, severity: Severity, message: String, location: SourceLocation? = nil,
    node: NodeID? = nil
  ) {
    self.rule = rule
    self.severity = severity
    self.message = message
    self.location = location
    self.node = node
  }

  /// `file:line:column: severity: message [rule]`.
  public var description: String {
    let place = location.map { "\($0): " } ?? ""
    return "\(place)\(severity.rawValue): \(message) [\(rule)]"
  }

  /// Orders diagnostics by location (unlocated first), then rule, then message.
  public static func canonicalOrder(_ lhs: Diagnostic, _ rhs: Diagnostic) -> Bool {
    switch (lhs.location, rhs.location) {
    case (nil, .some): return true
    case (.some, nil): return false
    case (.some(let left), .some(let right)) where left != right: return left < right
    default:
      if lhs.rule != rhs.rule { return lhs.rule < rhs.rule }
      return lhs.message < rhs.message
    }
  }
}
