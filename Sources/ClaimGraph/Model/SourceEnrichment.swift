/// Bibliographic facts about a source that come from outside the article.
///
/// The policy: a ``Source``'s own fields hold only what the article (its reference list,
/// or its text for an unlisted source) gives, exactly as it gives it. Anything an encoder
/// adds from elsewhere — a DOI, authors' initials, the full author list behind
/// "et al.", a venue the reference omits, a remark about which publication is meant — goes
/// here, so a reader can always tell the article's word from ours.
public struct SourceEnrichment: Hashable, Sendable {
  /// Authors as found outside the article (`"Boecker H"`).
  public var authors: [String]
  /// The journal or publisher, when the article does not give it.
  public var venue: String?
  /// The Digital Object Identifier, only where it is certain (never invented).
  public var doi: String?
  /// The PubMed identifier.
  public var pmid: String?
  /// A web address.
  public var url: String?
  /// Where these facts come from, or what they correct.
  public var note: String?

  /// Creates an enrichment record.
  public init(
    authors: [String] = [], venue: String? = nil, doi: String? = nil, pmid: String? = nil,
    url: String? = nil, note: String? = nil
  ) {
    self.authors = authors
    self.venue = venue
    self.doi = doi
    self.pmid = pmid
    self.url = url
    self.note = note
  }

  /// Whether the record holds nothing.
  public var isEmpty: Bool {
    authors.isEmpty && venue == nil && doi == nil && pmid == nil && url == nil && note == nil
  }
}
