/// A chain of claims linking two entities: `entity —claim— entity —claim— … entity`,
/// each claim being about the entities on either side of it.
public struct EvidenceChain: Hashable, Sendable {
  /// The entities along the chain, from the start to the end; one more than ``claims``.
  public let entities: [NodeID]
  /// The claims linking consecutive entities.
  public let claims: [NodeID]
  /// The weakest strength of the chain's claims: the chain is only as strong as that.
  public let weakest: EvidenceStrength

  /// Creates a chain.
  ///
  /// - Precondition: `entities.count == claims.count + 1`.
  public init(entities: [NodeID], claims: [NodeID], weakest: EvidenceStrength) {
    precondition(entities.count == claims.count + 1, "a chain alternates entities and claims")
    self.entities = entities
    self.claims = claims
    self.weakest = weakest
  }
}
