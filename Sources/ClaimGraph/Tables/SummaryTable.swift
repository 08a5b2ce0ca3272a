/// One of the three summary tables: what we know, what we don't know yet, or common
/// misconceptions.
public struct SummaryTable: Hashable, Sendable {
  /// The strength of every claim in the table.
  public let strength: EvidenceStrength
  /// The table's heading.
  public let title: String
  /// The number of distinct claims in the table.
  public let claimCount: Int
  /// The table's groups; a single untitled group when the tables are not grouped.
  public let groups: [SummaryGroup]
  /// The sources its rows cite (inferred citations included), ordered by label.
  public let references: [SummaryReference]

  /// Creates a table.
  public init(
    strength: EvidenceStrength, title: String, claimCount: Int, groups: [SummaryGroup],
    references: [SummaryReference] = []
  ) {
    self.strength = strength
    self.title = title
    self.claimCount = claimCount
    self.groups = groups
    self.references = references
  }

  /// The heading for the table of claims of a strength.
  public static func title(for strength: EvidenceStrength) -> String {
    switch strength {
    case .established: "What we know"
    case .uncertain: "What we don't know yet"
    case .refuted: "Common misconceptions"
    }
  }

  /// A stable anchor for the table (`what-we-know`).
  public var anchor: String {
    switch strength {
    case .established: "what-we-know"
    case .uncertain: "what-we-dont-know-yet"
    case .refuted: "common-misconceptions"
    }
  }
}
