/// Every claim's citations, resolved once when the graph is built and kept as flat arrays
/// of small integers, so that statistics, queries and rules ask "which source, does it
/// count, is the claim backed" without hashing a string or copying a claim.
///
/// Citations are numbered claim by claim, in claim order and then in the order a claim
/// lists them: those of the claim at offset `c` are ``citations(ofClaimAt:)``.
struct CitationIndex: Sendable {
  /// What a citation does for its claim.
  struct Role: OptionSet, Sendable {
    let rawValue: UInt8

    /// It counts as evidence (``KnowledgeGraph/isEvidence(_:for:)``).
    static let evidence = Role(rawValue: 1 << 0)
    /// It backs the claim (``KnowledgeGraph/backingCitations(of:)``).
    static let backing = Role(rawValue: 1 << 1)
    /// It is the encoder's inference rather than a citation the text makes.
    static let inferred = Role(rawValue: 1 << 2)
  }

  /// Where each claim's citations start; one more entry than there are claims.
  private(set) var starts: [Int32] = [0]
  /// The offset of each citation's source among the graph's sources; -1 when the cited id
  /// names no source.
  private(set) var sources: [Int32] = []
  /// What each citation does for its claim.
  private(set) var roles: [Role] = []
  /// How each claim is backed (``KnowledgeGraph/backing(of:)``).
  private(set) var backings: [ClaimBacking] = []

  /// The numbers of the citations of the claim at an offset.
  func citations(ofClaimAt offset: Int) -> Range<Int> {
    Int(starts[offset])..<Int(starts[offset + 1])
  }

  /// Records the next claim's citations: each one's source offset (nil when it names no
  /// source) and role, with whether each source is listed.
  mutating func append(_ citations: [(source: Int32?, role: Role)], isListed: (Int32) -> Bool) {
    var backing = ClaimBacking.none
    for (source, role) in citations {
      sources.append(source ?? -1)
      roles.append(role)
      guard role.contains(.backing), let source else { continue }
      backing = max(backing, isListed(source) ? .listed : .unlisted)
    }
    starts.append(Int32(sources.count))
    backings.append(backing)
  }

  /// Appends the claims of another index, which follow this one's.
  mutating func append(contentsOf other: CitationIndex) {
    let base = Int32(sources.count)
    starts += other.starts.dropFirst().lazy.map { $0 + base }
    sources += other.sources
    roles += other.roles
    backings += other.backings
  }
}
