/// One claim in a summary table: the statement, its evidence and what it is about.
public struct SummaryRow: Hashable, Sendable {
  /// The claim's id.
  public let claim: NodeID
  /// The claim's statement.
  public let statement: String
  /// The claim's strength.
  public let strength: EvidenceStrength
  /// The citations the article makes for the claim, in the order written: supporting,
  /// contradicting (marked, see ``SummaryEvidence/markedText``) and mentioning ones.
  public let evidence: [SummaryEvidence]
  /// Citations the article does not make (inferred): shown apart, never evidence.
  public let inferred: [SummaryEvidence]
  /// The methods the claim's own sentence describes without naming a study (its anchored
  /// ``Claim/evidence``): evidence, but no source.
  public let stated: [SummaryTopic]
  /// Whether any source backs the claim (see ``KnowledgeGraph/backingCitations(of:)``);
  /// when none does, tables say "no source cited".
  public let isBacked: Bool
  /// Whether a listed source backs the claim.
  public let hasListedSupport: Bool
  /// The entities the claim is about, by display name.
  public let about: [SummaryTopic]

  /// Creates a row.
  public init(
    claim: NodeID, statement: String, strength: EvidenceStrength, evidence: [SummaryEvidence],
    inferred: [SummaryEvidence] = [], stated: [SummaryTopic] = [], isBacked: Bool? = nil,
    hasListedSupport: Bool, about: [SummaryTopic]
  ) {
    self.stated = stated
    self.claim = claim
    self.statement = statement
    self.strength = strength
    self.evidence = evidence
    self.inferred = inferred
    self.isBacked = isBacked ?? hasListedSupport
    self.hasListedSupport = hasListedSupport
    self.about = about
  }

  /// The row for a claim of a graph; "listed" is judged by the claim's own article.
  init(_ claim: Claim, in graph: KnowledgeGraph) {
    func item(_ citation: Citation) -> SummaryEvidence {
      let source = graph.source(citation.source)
      return SummaryEvidence(
        source: citation.source, label: source?.shortLabel ?? citation.source.rawValue,
        isListed: source.map { graph.isListed($0, for: claim) } ?? false,
        methods: graph.methods(of: citation).map { SummaryTopic($0, in: graph) },
        stance: citation.stance, isInferred: citation.isInferred)
    }
    let backing = graph.backingCitations(of: claim).map(\.element)
    let made = claim.citations.filter { !$0.isInferred }
    let order: [Stance] = [.supports, .contradicts, .mentions]
    let evidence = order.flatMap { stance in made.filter { $0.stance == stance }.map(item) }
    self.init(
      claim: claim.id, statement: claim.statement, strength: claim.strength, evidence: evidence,
      inferred: claim.citations.filter(\.isInferred).map(item),
      stated: claim.evidence.filter(\.isAnchored).reduce(into: [NodeID]()) { methods, stated in
        if !methods.contains(stated.method) { methods.append(stated.method) }
      }.map { SummaryTopic($0, in: graph) },
      isBacked: !backing.isEmpty,
      hasListedSupport: backing.contains { citation in
        graph.source(citation.source).map { graph.isListed($0, for: claim) } ?? false
      },
      about: graph.edges(from: claim.id, kind: .about).map { SummaryTopic($0.target, in: graph) })
  }

  /// The evidence as one line of text: the article's citations (contradicting ones marked
  /// `against:`), the methods the claim's sentence describes (``statedText``), "no source
  /// cited" where no source backs the claim, and inferred citations last, marked as not
  /// evidence.
  public var evidenceText: String {
    var items = evidence.map(\.markedText)
    if !stated.isEmpty { items.append(statedText) }
    if !isBacked { items.append(SummaryTables.noSource) }
    if !inferred.isEmpty { items.append(inferredText) }
    return items.joined(separator: "; ")
  }

  /// The inferred citations as one item: `inferred, not evidence: Kennedy et al. 2006 (…)`;
  /// empty when there are none.
  public var inferredText: String {
    inferred.isEmpty
      ? "" : SummaryEvidence.inferredNote + ": " + inferred.map(\.text).joined(separator: ", ")
  }

  /// What marks the methods a claim's own sentence describes: `stated in the text`.
  public static let statedNote = "stated in the text"

  /// The methods the claim's sentence describes as one item: `stated in the text: Naloxone
  /// blockade`; empty when there are none.
  public var statedText: String {
    stated.isEmpty
      ? "" : Self.statedNote + ": " + stated.map(\.name).joined(separator: ", ")
  }

  /// The topics as one line of text.
  public var aboutText: String { about.map(\.name).joined(separator: ", ") }
}
