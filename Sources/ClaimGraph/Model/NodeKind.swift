/// What a node stands for.
public enum NodeKind: String, CaseIterable, Hashable, Sendable, Comparable {
  /// One factual statement with its evidence strength and citations.
  case claim
  /// A publication or study that claims cite.
  case source
  /// A brain region, structure, circuit or system.
  case region
  /// A receptor or receptor-like target.
  case receptor
  /// A condition, symptom or phenomenon.
  case condition
  /// A peptide, hormone, neurotransmitter or drug.
  case molecule
  /// An intervention, activity or trigger.
  case intervention
  /// An evidence method: PET, naloxone blockade, meta-analysis, …
  case method
  /// An anatomical structure or cell type that is not a brain region: nerve fibres, the
  /// blood–brain barrier.
  case structure
  /// An article of the library: its claims point to it with `in-article` edges.
  case article

  /// The entity kinds: every kind except claims, sources and articles.
  public static let entityKinds: [NodeKind] = [
    .region, .receptor, .condition, .molecule, .intervention, .method, .structure,
  ]

  /// Whether this kind is an entity kind (not a claim, a source or an article).
  public var isEntity: Bool { self != .claim && self != .source && self != .article }

  /// The plural used as a top-level YAML key and in messages (`regions`).
  public var plural: String { rawValue + "s" }

  /// Orders kinds as they are declared: claims, sources, entities, then articles.
  public static func < (lhs: NodeKind, rhs: NodeKind) -> Bool {
    allCases.firstIndex(of: lhs)! < allCases.firstIndex(of: rhs)!
  }
}
