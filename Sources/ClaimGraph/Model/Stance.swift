/// How a cited source bears on a claim.
public enum Stance: String, CaseIterable, Hashable, Sendable {
  /// The source's findings support the claim.
  case supports
  /// The source's findings contradict the claim.
  case contradicts
  /// The source is mentioned without taking a side.
  case mentions
}
