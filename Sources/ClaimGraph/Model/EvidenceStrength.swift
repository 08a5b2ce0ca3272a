/// How firmly the article presents a claim.
///
/// Strengths are ordered from the weakest to the strongest, so `min` of a chain's
/// strengths is its weakest link: `refuted < uncertain < established`.
public enum EvidenceStrength: String, CaseIterable, Hashable, Sendable, Comparable {
  /// Presented as well established, consistent or confirmed.
  case established
  /// Presented as suggested, hypothesised, emerging or needing further study.
  case uncertain
  /// A misconception the article rejects.
  case refuted

  private var rank: Int {
    switch self {
    case .refuted: 0
    case .uncertain: 1
    case .established: 2
    }
  }

  /// Orders strengths from the weakest (`refuted`) to the strongest (`established`).
  public static func < (lhs: EvidenceStrength, rhs: EvidenceStrength) -> Bool {
    lhs.rank < rhs.rank
  }
}
