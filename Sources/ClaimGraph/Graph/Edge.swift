/// A directed edge, derived from the claims and sources of a graph.
///
/// Every edge a claim induces carries the claim's ``EvidenceStrength``, so a picture
/// of the graph shows at a glance what is established and what is not.
public struct Edge: Hashable, Sendable {
  /// A stable identifier, unique within the graph (`about:claim-id:entity-id`).
  ///
  /// A graph spells it out only when asked: it follows from the edge's kind, claim and ends
  /// (`about:C:E`, `cites:C:S`, `relation:C:SUBJECT:PREDICATE:OBJECT`, `evidence:C:M`,
  /// `uses-method:S:M`, `same-as:C:C2`, `in-article:C:article:A`), with a `:2`, `:3`… suffix on an id that would repeat.
  public var id: String { explicitID ?? derivedID }
  /// The identifier when it is not the one derived from the edge's fields (given to the
  /// public initializer, or made unique with a suffix); nil otherwise.
  private let explicitID: String?
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
  /// For `cites` edges: whether the citation backs the claim.
  ///
  /// It backs the claim when it counts as evidence, or contradicts a refuted claim from a
  /// passage the article makes (see ``KnowledgeGraph/backingCitations(of:)``). A claim with
  /// no such edge is uncited.
  public let isBacking: Bool
  /// For `evidence` edges: whether the claim's own sentence describes the method.
  ///
  /// True when the claim's stated evidence (``Claim/evidence``) names it, rather than only
  /// its citations carrying it. The edge may come through citations as well; their `cites`
  /// edges carry their methods.
  public let isStated: Bool

  /// Creates an edge with the given identifier.
  public init(
    id: String, kind: EdgeKind, source: NodeID, target: NodeID,
    strength: EvidenceStrength? = nil, claim: NodeID? = nil, predicate: String? = nil,
    stance: Stance? = nil, methods: [NodeID] = [], locator: String? = nil,
    isInferred: Bool = false, isBacking: Bool = false, isStated: Bool = false
  ) {
    self.init(
      explicitID: id, kind: kind, source: source, target: target, strength: strength,
      claim: claim, predicate: predicate, stance: stance, methods: methods, locator: locator,
      isInferred: isInferred, isBacking: isBacking, isStated: isStated)
  }

  /// Creates an edge whose identifier is derived from its fields (see ``id``) unless
  /// `explicitID` gives another.
  init(
    explicitID: String? = nil, kind: EdgeKind, source: NodeID, target: NodeID,
    strength: EvidenceStrength? = nil, claim: NodeID? = nil, predicate: String? = nil,
    stance: Stance? = nil, methods: [NodeID] = [], locator: String? = nil,
    isInferred: Bool = false, isBacking: Bool = false, isStated: Bool = false
  ) {
    self.explicitID = explicitID
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
    self.isStated = isStated
  }

  /// The identifier that the edge's kind, claim and ends give it, before any suffix.
  var derivedID: String {
    let owner = (claim ?? source).rawValue
    return switch kind {
    case .relation:
      "relation:\(owner):\(source.rawValue):\(predicate ?? ""):\(target.rawValue)"
    default: "\(kind.rawValue):\(owner):\(target.rawValue)"
    }
  }

  /// The same edge with another identifier.
  func withID(_ id: String) -> Edge {
    Edge(
      explicitID: id == derivedID ? nil : id, kind: kind, source: source, target: target,
      strength: strength, claim: claim, predicate: predicate, stance: stance, methods: methods,
      locator: locator, isInferred: isInferred, isBacking: isBacking, isStated: isStated)
  }

  /// Whether two edges induced by the same node have the same derived identifier, told
  /// without spelling either out where the kinds and targets settle it.
  func hasSameDerivedID(asSibling other: Edge) -> Bool {
    guard kind == other.kind else { return false }
    // Past the shared `kind:owner:` prefix, only a relation's id holds more than the target.
    guard kind == .relation else { return target == other.target }
    if source == other.source, predicate == other.predicate, target == other.target {
      return true
    }
    // Relations with different ends or verbs can spell one id only when a part holds a colon.
    let colon = UInt8(ascii: ":")
    let partsHoldAColon = [self, other].contains { edge in
      edge.source.rawValue.utf8.contains(colon) || edge.target.rawValue.utf8.contains(colon)
        || (edge.predicate?.utf8.contains(colon) ?? false)
    }
    return partsHoldAColon && derivedID == other.derivedID
  }

  /// Two edges are equal when their identifiers and every field are.
  public static func == (lhs: Edge, rhs: Edge) -> Bool {
    lhs.kind == rhs.kind && lhs.source == rhs.source && lhs.target == rhs.target
      && lhs.strength == rhs.strength && lhs.claim == rhs.claim
      && lhs.predicate == rhs.predicate && lhs.stance == rhs.stance && lhs.methods == rhs.methods
      && lhs.locator == rhs.locator && lhs.isInferred == rhs.isInferred
      && lhs.isBacking == rhs.isBacking && lhs.isStated == rhs.isStated && lhs.id == rhs.id
  }

  /// Hashes what `==` compares.
  public func hash(into hasher: inout Hasher) {
    hasher.combine(id)
    hasher.combine(kind)
    hasher.combine(source)
    hasher.combine(target)
    hasher.combine(claim)
    hasher.combine(methods)
  }
}
