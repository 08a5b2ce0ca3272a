/// The fields a query term can name before its colon (`strength:`, `method:`, …).
public enum QueryField: String, CaseIterable, Hashable, Sendable {
  /// The node itself, by id (`id:boecker-2008-pet-shows-opioid-release-after-endurance-run`,
  /// `id:faq-*`).
  case id
  /// The claim's evidence strength: `established`, `uncertain` or `refuted`.
  case strength
  /// An evidence method a citation that counts as evidence uses (on the citation or its
  /// source): the citation supports the claim, is anchored and is not inferred.
  case method
  /// An evidence method every supporting citation uses.
  case onlyMethod = "only-method"
  /// A source the claim cites (inferred citations aside): id, short label, DOI, PMID,
  /// author and year, or the start of its id or label (see ``NodeLookup``).
  case source
  /// An author of a cited source: a family name, from the article's author strings or the
  /// enrichment's (`author:boecker`).
  case author
  /// The type of a cited source (`primary_research`, `meta_analysis`, …).
  case sourceType = "source-type"
  /// An entity of any kind the claim is about.
  case about
  /// A brain region the claim is about.
  case region
  /// A receptor the claim is about.
  case receptor
  /// A condition the claim is about.
  case condition
  /// A molecule the claim is about.
  case molecule
  /// An intervention the claim is about.
  case intervention
  /// An anatomical structure (not a brain region) the claim is about.
  case structure
  /// The article section: id or title.
  case section
  /// `article:` — the claim belongs to the article with this id, or whose title holds these
  /// words.
  case article
  /// The stance of one of the claim's citations.
  case stance
  /// Whether a citation of an existing source backs the claim (`yes`/`no`): one that counts
  /// as evidence or, for a refuted claim, an anchored one that contradicts it.
  case cited
  /// Whether a listed source backs the claim (`yes`/`no`): supports it, or for a refuted
  /// claim contradicts it, through a citation the article makes.
  case listed
  /// A cited source's publication year: `2010`, `>=2010`, `<2000`, `2008..2015`.
  case year

  /// The field for an entity kind's own field (`region` for ``NodeKind/region``), if any.
  public init?(entityKind kind: NodeKind) {
    switch kind {
    case .region: self = .region
    case .receptor: self = .receptor
    case .condition: self = .condition
    case .molecule: self = .molecule
    case .intervention: self = .intervention
    case .structure: self = .structure
    case .method: self = .method
    case .claim, .source, .article: return nil
    }
  }

  /// An example term, shown in messages about the field.
  public var example: String {
    switch self {
    case .id: "id:boecker-2008-pet-shows-opioid-release-after-endurance-run"
    case .author: "author:boecker"
    case .strength: "strength:established"
    case .method: "method:pet"
    case .onlyMethod: "only-method:pet"
    case .source: "source:boecker-2008"
    case .sourceType: "source-type:meta_analysis"
    case .about: "about:\"mu-opioid receptor\""
    case .region: "region:pag"
    case .receptor: "receptor:mor"
    case .condition: "condition:ptsd"
    case .molecule: "molecule:beta-endorphin"
    case .intervention: "intervention:exercise"
    case .structure: "structure:blood-brain-barrier"
    case .section: "section:faq"
    case .article: "article:endorphins"
    case .stance: "stance:contradicts"
    case .cited: "cited:no"
    case .listed: "listed:no"
    case .year: "year:>=2010"
    }
  }
}
