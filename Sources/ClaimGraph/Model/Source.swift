/// A publication or study that claims cite.
///
/// A source the article's text invokes but its reference list lacks is *unlisted*
/// (`isListed == false`): it keeps what the text says of it in ``mentionedAs``.
public struct Source: Hashable, Sendable {
  /// The source's stable identifier.
  public var id: NodeID
  /// The publication type.
  public var type: SourceType?
  /// The title, or for an unlisted source a description of the study.
  public var title: String
  /// Authors as written in the reference (`"Boecker H"`).
  public var authors: [String]
  /// The publication year.
  public var year: Int?
  /// The journal, publisher or issuing body.
  public var venue: String?
  /// The Digital Object Identifier, only where it is certain.
  public var doi: String?
  /// The PubMed identifier.
  public var pmid: String?
  /// A web address.
  public var url: String?
  /// The evidence methods the study used.
  public var methods: [NodeID]
  /// Whether a reference list includes the source: in a library, which articles list it
  /// is read from their texts (``KnowledgeGraph/isListed(_:inArticle:)``).
  public var isListed: Bool
  /// For an unlisted source: what the article's text says of it.
  public var mentionedAs: String?
  /// A free note.
  public var note: String?
  /// Lint rules silenced for this source.
  public var suppressions: [Suppression]
  /// Where an article names the source: for a listed source, its reference-list entry.
  ///
  /// One quote per wording, when articles of a library format their lists differently: a
  /// listed source is in the reference list of each article whose text holds one of them.
  public var quotes: [TextQuote]
  /// Facts about the source from outside the article, kept apart from the article's own.
  public var enrichment: SourceEnrichment?

  /// Creates a source.
  public init(
    id: NodeID, type: SourceType?, title: String, authors: [String] = [], year: Int? = nil,
    venue: String? = nil, doi: String? = nil, pmid: String? = nil, url: String? = nil,
    methods: [NodeID] = [], isListed: Bool = true, mentionedAs: String? = nil,
    note: String? = nil, suppressions: [Suppression] = [], quotes: [TextQuote] = [],
    enrichment: SourceEnrichment? = nil
  ) {
    self.id = id
    self.type = type
    self.title = title
    self.authors = authors
    self.year = year
    self.venue = venue
    self.doi = doi
    self.pmid = pmid
    self.url = url
    self.methods = methods
    self.isListed = isListed
    self.mentionedAs = mentionedAs
    self.note = note
    self.suppressions = suppressions
    self.quotes = quotes
    self.enrichment = enrichment
  }

  /// A short citation label: `Boecker 2008`, `Machin & Dunbar 2011`, `Fuss et al. 2015`;
  /// the title when there are no authors.
  public var shortLabel: String {
    let names = authors.map(Self.familyName(of:))
    let who: String
    switch names.count {
    case 0: return title
    case 1: who = authors[0].hasSuffix(" et al.") ? "\(names[0]) et al." : names[0]
    case 2: who = "\(names[0]) & \(names[1])"
    default: who = "\(names[0]) et al."
    }
    return year.map { "\(who) \($0)" } ?? who
  }

  /// The family names of the authors, as the article's text would name them
  /// (`"Boecker et al."` → `"Boecker"`).
  public var familyNames: [String] { authors.map(Self.familyName(of:)) }

  /// `"Boecker H"` → `"Boecker"`, `"Boecker et al."` → `"Boecker"`; an organisation's
  /// name stays whole.
  static func familyName(of author: String) -> String {
    var author = Substring(author)
    if author.hasSuffix(" et al.") { author = author.dropLast(7) }
    // APA and "Family, G.": the family name comes before the comma.
    if let comma = author.firstIndex(of: ","),
      isInitials(author[author.index(after: comma)...])
    {
      return String(author[..<comma])
    }
    let parts = author.split(separator: " ")
    guard parts.count > 1, let last = parts.last, last.count <= 3,
      last.allSatisfy({ $0.isUppercase || $0 == "." })
    else { return String(author) }
    return parts.dropLast().joined(separator: " ")
  }

  /// `D.`, `K. L.`, `J.-P.`, `KL`: capitals, each alone or of at most two letters, with
  /// dots, spaces and hyphens between.
  private static func isInitials(_ text: Substring) -> Bool {
    let pieces = text.split { $0 == " " || $0 == "." || $0 == "-" }
    return !pieces.isEmpty
      && pieces.allSatisfy { $0.count <= 2 && $0.allSatisfy(\.isUppercase) }
  }
}
