/// One factual statement of an article, in the graph's own words.
public struct Claim: Hashable, Sendable {
  /// The claim's stable identifier.
  public var id: NodeID
  /// The statement, paraphrased.
  public var statement: String
  /// How firmly the article presents the statement.
  public var strength: EvidenceStrength
  /// The identifier of the article the claim belongs to; nil in a graph that declares no
  /// article (or, built in code, for the graph's only article).
  public var article: String?
  /// The identifier of the section of its article the claim comes from, if any.
  public var section: String?
  /// The entities the claim is about.
  public var about: [NodeID]
  /// Typed entity–entity relations the claim asserts.
  public var relations: [Relation]
  /// The sources the claim cites, and how.
  public var citations: [Citation]
  /// Evidence the claim's own sentence describes without naming a study (`evidence:`):
  /// it counts for `method:` queries, but is no citation.
  public var evidence: [StatedEvidence]
  /// The fragments of the article that state the claim; empty for a claim not anchored.
  public var quotes: [TextQuote]
  /// A free note, such as one about studies the text invokes without a listed source.
  public var note: String?
  /// Lint rules silenced for this claim.
  public var suppressions: [Suppression]
  /// Claims of other articles that this claim restates in other words (`same_as:`): the
  /// disagreement rules compare them as if they asserted the same relation.
  public var sameAs: [NodeID]

  /// Creates a claim.
  public init(
    id: NodeID, statement: String, strength: EvidenceStrength, section: String? = nil,
    about: [NodeID] = [], relations: [Relation] = [], citations: [Citation] = [],
    note: String? = nil, suppressions: [Suppression] = [], quotes: [TextQuote] = [],
    article: String? = nil, sameAs: [NodeID] = [], evidence: [StatedEvidence] = []
  ) {
    self.sameAs = sameAs
    self.evidence = evidence
    self.id = id
    self.article = article
    self.statement = statement
    self.strength = strength
    self.section = section
    self.about = about
    self.relations = relations
    self.citations = citations
    self.note = note
    self.suppressions = suppressions
    self.quotes = quotes
  }

  /// The citations whose stance is `supports`, inferred ones included; whether a citation
  /// counts as evidence is ``KnowledgeGraph/isEvidence(_:for:)``.
  public var supportingCitations: [Citation] { citations.filter { $0.stance == .supports } }
}
