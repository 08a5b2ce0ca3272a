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
