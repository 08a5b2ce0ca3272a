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
  /// Whether the citation is inferred (the text does not make it): shown apart, never
  /// evidence.
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

  /// `Boecker et al. 2008 (PET, supports)`; an unlisted source is marked `[unlisted]`.
  public var text: String {
    let details = methods.map(\.name) + [stance.rawValue]
    let listing = isListed ? "" : " [unlisted]"
    return "\(label)\(listing) (\(details.joined(separator: ", ")))"
  }

  /// What marks an inferred citation wherever it is shown: `inferred, not evidence`.
  public static let inferredNote = "inferred, not evidence"

  /// ``text`` with what the tables put before it: `against:` for a citation that
  /// contradicts the claim.
  public var markedText: String {
    stance == .contradicts ? "against: " + text : text
  }
}
