/// What an edge of the graph means.
public enum EdgeKind: String, CaseIterable, Hashable, Sendable, Comparable {
  /// A claim is about an entity.
  case about
  /// A claim cites a source.
  case cites
  /// An entity relates to another entity, as a claim asserts.
  case relation
  /// A claim rests on an evidence method (through a supporting citation).
  case evidence
  /// A source used an evidence method.
  case usesMethod = "uses-method"

  /// Orders kinds as they are declared.
  public static func < (lhs: EdgeKind, rhs: EdgeKind) -> Bool {
    allCases.firstIndex(of: lhs)! < allCases.firstIndex(of: rhs)!
  }
}

/// A directed edge, derived from the claims and sources of a graph.
///
/// Every edge a claim induces carries the claim's ``EvidenceStrength``, so a picture
/// of the graph shows at a glance what is established and what is not.
public struct Edge: Hashable, Sendable {
  /// A stable identifier, unique within the graph (`about:claim-id:entity-id`).
  public let id: String
  /// What the edge means.
  public let kind: EdgeKind
  /// The node the edge starts from.
  public let source: NodeID
  /// The node the edge points to.
  public let target: NodeID
  /// The strength of the claim that induced the edge; `nil` for `uses-method` edges.
  public let strength: EvidenceStrength?
  /// The claim that induced the edge, if any.
  public let claim: NodeID?
  /// For `relation` edges: the relation's verb.
  public let predicate: String?
  /// For `cites` edges: the citation's stance.
  public let stance: Stance?
  /// For `cites` and `evidence` edges: the evidence methods involved.
  public let methods: [NodeID]
  /// For `cites` edges: the citation's locator.
  public let locator: String?
  /// For `cites` edges: whether the citation is inferred rather than made by the text.
  public let isInferred: Bool
  /// For `cites` edges: whether the citation backs the claim — it counts as evidence, or
  /// contradicts a refuted claim from a passage the article makes (see
  /// ``KnowledgeGraph/backingCitations(of:)``). A claim with no such edge is uncited.
  public let isBacking: Bool

  /// Creates an edge.
  public init(
    id: String, kind: EdgeKind, source: NodeID, target: NodeID,
    strength: EvidenceStrength? = nil, claim: NodeID? = nil, predicate: String? = nil,
    stance: Stance? = nil, methods: [NodeID] = [], locator: String? = nil,
    isInferred: Bool = false, isBacking: Bool = false
  ) {
    self.id = id
    self.kind = kind
    self.source = source
    self.target = target
    self.strength = strength
    self.claim = claim
    self.predicate = predicate
    self.stance = stance
    self.methods = methods
    self.locator = locator
    self.isInferred = isInferred
    self.isBacking = isBacking
  }
}
