/// One factual statement of an article, in the graph's own words.
public struct Claim: Hashable, Sendable {
  /// The claim's stable identifier.
  public var id: NodeID
  /// The statement, paraphrased.
  public var statement: String
  /// How firmly the article presents the statement.
  public var strength: EvidenceStrength
  /// The identifier of the article section the claim comes from, if any.
  public var section: String?
  /// The entities the claim is about.
  public var about: [NodeID]
  /// Typed entity–entity relations the claim asserts.
  public var relations: [Relation]
  /// The sources the claim cites, and how.
  public var citations: [Citation]
  /// A free note, such as one about studies the text invokes without a listed source.
  public var note: String?
  /// Lint rules silenced for this claim.
  public var suppressions: [Suppression]

  /// Creates a claim.
  public init(
    id: NodeID, statement: String, strength: EvidenceStrength, section: String? = nil,
    about: [NodeID] = [], relations: [Relation] = [], citations: [Citation] = [],
    note: String? = nil, suppressions: [Suppression] = []
  ) {
    self.id = id
    self.statement = statement
    self.strength = strength
    self.section = section
    self.about = about
    self.relations = relations
    self.citations = citations
    self.note = note
    self.suppressions = suppressions
  }

  /// The citations whose stance is `supports`.
  public var supportingCitations: [Citation] { citations.filter { $0.stance == .supports } }
}
