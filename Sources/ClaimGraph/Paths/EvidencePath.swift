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

/// A path of claims from one node to another (see ``KnowledgeGraph/evidencePaths(from:to:options:)``).
public struct EvidencePath: Hashable, Sendable {
  /// The steps, from the start to the end.
  public let steps: [EvidenceStep]
  /// What the path costs: lower is better (stronger, cited, explicit relations, fewer
  /// and less crowded nodes).
  public let cost: Int

  /// Creates a path.
  public init(steps: [EvidenceStep], cost: Int) {
    self.steps = steps
    self.cost = cost
  }

  /// The nodes along the path, from the start to the end.
  public var nodes: [NodeID] { (steps.first.map { [$0.from] } ?? []) + steps.map(\.to) }

  /// The weakest strength of its claims: the path is only as strong as that.
  public var weakest: EvidenceStrength { steps.map(\.strength).min() ?? .established }

  /// Whether every step's claim is cited.
  public var isCited: Bool { steps.allSatisfy(\.isCited) }
}

/// The best evidence paths between two nodes.
public struct EvidencePaths: Hashable, Sendable {
  /// How to search.
  public struct Options: Hashable, Sendable {
    /// The most paths to return.
    public var limit: Int
    /// The most claims a path may have.
    public var maxSteps: Int
    /// Nodes no path may pass through (the ends excepted).
    public var avoid: Set<NodeID>
    /// Whether to keep paths from passing through hubs (nodes linked to more claims than
    /// ``hubThreshold``); when no path avoids them, paths through them are given anyway.
    public var avoidsHubs: Bool
    /// How many claims make a node a hub; nil for the default, a fifth of the graph's
    /// claims but at least 20.
    public var hubThreshold: Int?

    /// Creates options.
    public init(
      limit: Int = 5, maxSteps: Int = 4, avoid: Set<NodeID> = [], avoidsHubs: Bool = true,
      hubThreshold: Int? = nil
    ) {
      self.limit = limit
      self.maxSteps = maxSteps
      self.avoid = avoid
      self.avoidsHubs = avoidsHubs
      self.hubThreshold = hubThreshold
    }
  }

  /// Where the paths start.
  public let from: NodeID
  /// Where they end.
  public let to: NodeID
  /// The paths, best (lowest cost) first.
  public let paths: [EvidencePath]
  /// The hubs the paths were kept from, most linked first.
  public let avoidedHubs: [NodeID]
  /// Whether no path avoided the hubs, so these paths may pass through them.
  public let throughHubs: Bool

  /// Creates a result.
  public init(
    from: NodeID, to: NodeID, paths: [EvidencePath], avoidedHubs: [NodeID], throughHubs: Bool
  ) {
    self.from = from
    self.to = to
    self.paths = paths
    self.avoidedHubs = avoidedHubs
    self.throughHubs = throughHubs
  }
}
