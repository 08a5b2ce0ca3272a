/// A source in the references that end each summary table.
public struct SummaryReference: Hashable, Sendable {
  /// The source's id.
  public let source: NodeID
  /// Its short label, as the rows cite it (`Boecker et al. 2008`).
  public let label: String
  /// Its title.
  public let title: String
  /// For an unlisted source: what the article's text says of it.
  public let mentionedAs: String?
  /// Its venue, as the article gives it, else as added from outside the article.
  public let venue: String?
  /// Whether the article's reference list includes it.
  public let isListed: Bool
  /// Its DOI, when known.
  public let doi: String?
  /// Whether the DOI was added from outside the article (``SourceEnrichment``) rather than
  /// given by it.
  public let isDOIAdded: Bool
  /// Whether the table's rows cite it only by inferred citations, which are never
  /// evidence.
  public let isInferredOnly: Bool

  /// Creates a reference.
  public init(
    source: NodeID, label: String, title: String, mentionedAs: String? = nil, venue: String?,
    isListed: Bool, doi: String?, isDOIAdded: Bool, isInferredOnly: Bool = false
  ) {
    self.source = source
    self.label = label
    self.title = title
    self.mentionedAs = mentionedAs
    self.venue = venue
    self.isListed = isListed
    self.doi = doi
    self.isDOIAdded = isDOIAdded
    self.isInferredOnly = isInferredOnly
  }

  /// The reference for a source of a graph: `isListed` as judged by the articles of the
  /// claims citing it, and whether only inferred citations cite it.
  init(_ source: Source, isListed: Bool, isInferredOnly: Bool) {
    let doi = source.doi ?? source.enrichment?.doi
    self.init(
      source: source.id, label: source.shortLabel, title: source.title,
      mentionedAs: isListed ? nil : source.mentionedAs,
      venue: source.venue ?? source.enrichment?.venue, isListed: isListed, doi: doi,
      isDOIAdded: source.doi == nil && doi != nil, isInferredOnly: isInferredOnly)
  }

  /// The DOI as a link (`https://doi.org/10.…`), when known.
  public var doiLink: String? { doi.map { "https://doi.org/" + $0 } }

  /// `Boecker et al. 2008. The runner's high…. Cerebral Cortex.`, without the DOI; an
  /// unlisted source is marked and quotes what the text says of it:
  /// `PET studies of… [unlisted]; mentioned as: PET studies said to have found…`; one the
  /// rows cite only by inferred citations ends `[inferred, not evidence]`.
  public var text: String {
    var parts = [label]
    if title != label { parts.append(title) }
    if let venue { parts.append(venue) }
    var text = parts.map { $0.hasSuffix(".") ? $0 : $0 + "." }.joined(separator: " ")
    if !isListed {
      text = String(text.dropLast()) + " [unlisted]"
      if let mentionedAs { text += "; mentioned as: \(mentionedAs)" }
    }
    if isInferredOnly { text += " [\(SummaryEvidence.inferredNote)]" }
    return text
  }

  /// What the tables say about the DOIs added from outside the article.
  public static let addedDOINote =
    "DOIs marked * are not in the article: they were added from outside it."
}
