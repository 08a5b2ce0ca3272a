/// One claim in a summary table: the statement, its evidence and what it is about.
public struct SummaryRow: Hashable, Sendable {
  /// The claim's id.
  public let claim: NodeID
  /// The claim's statement.
  public let statement: String
  /// The claim's strength.
  public let strength: EvidenceStrength
  /// Every citation of the claim, in the order written.
  public let evidence: [SummaryEvidence]
  /// Whether a listed source backs the claim (``KnowledgeGraph/backing(of:)`` is
  /// ``ClaimBacking/listed``); when not, tables say "no listed source".
  public let hasListedSupport: Bool
  /// The entities the claim is about, by display name.
  public let about: [SummaryTopic]

  /// Creates a row.
  public init(
    claim: NodeID, statement: String, strength: EvidenceStrength, evidence: [SummaryEvidence],
    hasListedSupport: Bool, about: [SummaryTopic]
  ) {
    self.claim = claim
    self.statement = statement
    self.strength = strength
    self.evidence = evidence
    self.hasListedSupport = hasListedSupport
    self.about = about
  }

  /// The row for a claim of a graph.
  init(_ claim: Claim, in graph: KnowledgeGraph) {
    let evidence = claim.citations.map { citation in
      let source = graph.source(citation.source)
      return SummaryEvidence(
        source: citation.source, label: source?.shortLabel ?? citation.source.rawValue,
        isListed: source?.isListed ?? false,
        methods: graph.methods(of: citation).map { SummaryTopic($0, in: graph) },
        stance: citation.stance, isInferred: citation.isInferred)
    }
    self.init(
      claim: claim.id, statement: claim.statement, strength: claim.strength, evidence: evidence,
      hasListedSupport: graph.backing(of: claim) == .listed,
      about: graph.edges(from: claim.id, kind: .about).map { SummaryTopic($0.target, in: graph) })
  }

  /// The evidence as one line of text, ending with "no listed source" where no listed
  /// source supports the claim.
  public var evidenceText: String {
    let items = evidence.map(\.text) + (hasListedSupport ? [] : [SummaryTables.noListedSource])
    return items.joined(separator: "; ")
  }

  /// The topics as one line of text.
  public var aboutText: String { about.map(\.name).joined(separator: ", ") }
}
