/// One step of an evidence path: a claim that links two nodes — two entities it is about
/// (or whose relation it asserts), or an entity it is about and a source it cites.
public struct EvidenceStep: Hashable, Sendable {
  /// Where the step starts.
  public let from: NodeID
  /// Where it ends.
  public let to: NodeID
  /// The claim that links them: the best of those that do (see ``EvidencePaths``).
  public let claim: NodeID
  /// The claim's evidence strength.
  public let strength: EvidenceStrength
  /// Whether the claim is cited: backed by a citation that counts as evidence (for a
  /// refuted claim, one that contradicts it).
  public let isCited: Bool
  /// The relation the claim asserts between the two, if it asserts one (in either
  /// direction); nil when it is only about both, or when the step goes through a source.
  public let relation: Relation?
  /// The other claims that link the same two nodes, best first.
  public let alternatives: [NodeID]

  /// Creates a step.
  public init(
    from: NodeID, to: NodeID, claim: NodeID, strength: EvidenceStrength, isCited: Bool,
    relation: Relation?, alternatives: [NodeID]
  ) {
    self.from = from
    self.to = to
    self.claim = claim
    self.strength = strength
    self.isCited = isCited
    self.relation = relation
    self.alternatives = alternatives
  }
}
