/// An author's decision to silence one lint rule for one node, with the reason.
public struct Suppression: Hashable, Sendable {
  /// The silenced rule's identifier (`uncited-claim`).
  public var rule: RuleID
  /// Why the finding does not apply; required so that reviewers can judge it.
  public var reason: String

  /// Creates a suppression.
  public init(rule: RuleID, reason: String) {
    self.rule = rule
    self.reason = reason
  }
}
