/// How well a claim is backed: by a source the article's reference list includes, only by
/// studies the text invokes without listing them, or by nothing at all.
///
/// It reads the claim's backing citations (``KnowledgeGraph/backingCitations(of:)``), so
/// it agrees with `uncited-claim` (``none``), `unlisted-source` (``unlisted``), the
/// `cited:` and `listed:` query fields and the statistics. Cases are ordered from the
/// least backed to the best backed, so `min` of several claims' backings is the weakest.
public enum ClaimBacking: String, CaseIterable, Hashable, Sendable, Comparable {
  /// No citation of an existing source backs the claim.
  case none
  /// Only sources the reference list lacks back the claim.
  case unlisted
  /// At least one source in the reference list backs the claim.
  case listed

  private var rank: Int {
    switch self {
    case .none: 0
    case .unlisted: 1
    case .listed: 2
    }
  }

  /// Orders backings from the weakest (`none`) to the strongest (`listed`).
  public static func < (lhs: ClaimBacking, rhs: ClaimBacking) -> Bool { lhs.rank < rhs.rank }
}

extension KnowledgeGraph {
  /// How a claim is backed: by a listed source, only by unlisted ones, or not at all.
  public func backing(of claim: Claim) -> ClaimBacking {
    let sources = backingCitations(of: claim).compactMap { source($0.element.source) }
    if sources.contains(where: { isListed($0, for: claim) }) { return .listed }
    return sources.isEmpty ? .none : .unlisted
  }

  /// How the claim at an offset in ``claims`` is backed, as resolved when the graph was
  /// built (the same answer as ``backing(of:)``, without looking anything up).
  func backing(ofClaimAt offset: Int) -> ClaimBacking { citationIndex.backings[offset] }

  /// Whether a claim is backed by at least one citation of an existing source: one that
  /// counts as evidence (``isEvidence(_:for:)``) or, for a refuted claim, an anchored one
  /// that contradicts it (``backingCitations(of:)``).
  public func isCited(_ claim: Claim) -> Bool { backing(of: claim) != .none }
}
