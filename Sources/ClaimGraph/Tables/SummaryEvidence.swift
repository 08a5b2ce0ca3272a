/// One citation of a claim as the summary tables show it.
public struct SummaryEvidence: Hashable, Sendable {
  /// The cited source's id.
  public let source: NodeID
  /// A short label: `Boecker et al. 2008`, or the id of a source that does not exist.
  public let label: String
  /// Whether the article's reference list includes the source.
  public let isListed: Bool
  /// The evidence methods (the citation's own, or failing that the source's).
  public let methods: [SummaryTopic]
  /// How the source bears on the claim.
  public let stance: Stance
  /// Whether the citation is the encoder's inference rather than one the text makes: shown,
  /// but never evidence (see ``KnowledgeGraph/isEvidence(_:for:)``).
  public let isInferred: Bool

  /// Creates an evidence item.
  public init(
    source: NodeID, label: String, isListed: Bool, methods: [SummaryTopic], stance: Stance,
    isInferred: Bool = false
  ) {
    self.source = source
    self.label = label
    self.isListed = isListed
    self.methods = methods
    self.stance = stance
    self.isInferred = isInferred
  }

  /// `Boecker et al. 2008 (PET, supports)`; an unlisted source is marked `[unlisted]`, an
  /// inferred citation `[inferred: not evidence]`.
  public var text: String {
    let details = methods.map(\.name) + [stance.rawValue]
    let listing = isListed ? "" : " [unlisted]"
    let inference = isInferred ? " [\(Self.inferredNote)]" : ""
    return "\(label)\(listing) (\(details.joined(separator: ", ")))\(inference)"
  }

  /// What marks an inferred citation: `inferred: not evidence`.
  public static let inferredNote = "inferred: not evidence"
}
