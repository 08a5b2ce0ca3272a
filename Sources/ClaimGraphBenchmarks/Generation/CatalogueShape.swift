import ClaimGraph

/// The sizes of a synthetic catalogue and the names of its nodes.
///
/// A catalogue is shaped like a publisher's library of articles: one article per
/// ``claimsPerArticle`` claims (the last one takes the rest), each with a section per
/// ``slotsPerSection`` claims and a reference list; sources = claims / 5 and entities =
/// claims / 10 (spread over the six entity kinds), shared by every article. Every
/// identifier is a pure function of the seed and an index, so any file can be generated
/// without the others.
public struct CatalogueShape: Sendable, Hashable {
  /// The number of claims.
  public let claims: Int
  /// The number of articles.
  public let articles: Int
  /// The number of sources.
  public let sources: Int
  /// The number of entities, of every entity kind together.
  public let entities: Int
  /// The seed every random choice derives from.
  public let seed: UInt64

  /// Claims per article (the last article also takes the remainder).
  public static let claimsPerArticle = 100
  /// Claims per section of an article.
  public static let slotsPerSection = 20
  /// Claims per paragraph of an article's text.
  public static let slotsPerParagraph = 5

  /// Creates the shape of a catalogue with `claims` claims.
  public init(claims: Int, seed: UInt64) {
    precondition(claims > 0, "a catalogue needs claims")
    self.claims = claims
    self.articles = max(1, claims / Self.claimsPerArticle)
    self.sources = max(1, claims / 5)
    self.entities = max(NodeKind.entityKinds.count, claims / 10)
    self.seed = seed
  }

  // MARK: - Articles

  /// The article claim `index` belongs to.
  public func article(ofClaim index: Int) -> Int {
    min(index / Self.claimsPerArticle, articles - 1)
  }

  /// The claims of article `article`, as a range of claim indices.
  public func claims(ofArticle article: Int) -> Range<Int> {
    let start = article * Self.claimsPerArticle
    return start..<(article == articles - 1 ? claims : start + Self.claimsPerArticle)
  }

  /// The number of sections of article `article` (its reference list not counted).
  public func sectionCount(ofArticle article: Int) -> Int {
    (claims(ofArticle: article).count + Self.slotsPerSection - 1) / Self.slotsPerSection
  }

  /// The topic article `article` is about.
  func articleTopic(_ article: Int) -> SyntheticText.Stem {
    var random = SeededGenerator(seed: seed, stream: 8, UInt64(article))
    return random.pick(SyntheticText.sectionTopics)
  }

  /// The identifier of article `article`: a number and its topic.
  public func articleID(_ article: Int) -> String {
    "article-\(article + 1)-\(articleTopic(article).slug)"
  }

  /// The title of article `article`, the first line of its text.
  public func articleTitle(_ article: Int) -> String {
    "Endorphins and the brain, article \(article + 1): \(articleTopic(article).name)"
  }

  /// The topic of section `section` of article `article`.
  func sectionTopic(article: Int, section: Int) -> SyntheticText.Stem {
    var random = SeededGenerator(seed: seed, stream: 4, UInt64(article), UInt64(section))
    return random.pick(SyntheticText.sectionTopics)
  }

  /// The identifier of section `section` of article `article` (articles share them: each
  /// has a `part-1-…`).
  public func sectionID(article: Int, section: Int) -> String {
    "part-\(section + 1)-\(sectionTopic(article: article, section: section).slug)"
  }

  /// The title of section `section` of article `article`, a heading of its text.
  public func sectionTitle(article: Int, section: Int) -> String {
    "Part \(section + 1): \(sectionTopic(article: article, section: section).name)"
  }

  // MARK: - Entity kinds

  /// Twenty slots that spread entities over kinds: molecules and conditions are the most
  /// common, receptors the rarest, as in the article.
  private static let kindSlots: [NodeKind] = [
    .molecule, .condition, .region, .molecule, .intervention, .condition, .method, .molecule,
    .region, .receptor, .condition, .molecule, .intervention, .method, .region, .condition,
    .molecule, .receptor, .intervention, .method,
  ]
  private static let methodSlots = kindSlots.indices.filter { kindSlots[$0] == .method }

  /// The kind of entity `index`.
  public func kind(ofEntity index: Int) -> NodeKind {
    Self.kindSlots[index % Self.kindSlots.count]
  }

  /// The number of entities of a kind.
  ///
  /// - Complexity: O(1).
  public func count(of kind: NodeKind) -> Int {
    let slots = Self.kindSlots
    let perRound = slots.count { $0 == kind }
    let remainder = slots.prefix(entities % slots.count).count { $0 == kind }
    return entities / slots.count * perRound + remainder
  }

  /// The number of method entities.
  public var methods: Int { count(of: .method) }

  /// The entity index of method `ordinal` (0 ≤ `ordinal` < ``methods``).
  public func entity(ofMethod ordinal: Int) -> Int {
    let perRound = Self.methodSlots.count
    return ordinal / perRound * Self.kindSlots.count + Self.methodSlots[ordinal % perRound]
  }

  /// Whether entity `index` is an animal-study method (``EstablishedOnWeakEvidenceRule``
  /// weighs those).
  func isAnimalMethod(_ index: Int) -> Bool {
    kind(ofEntity: index) == .method && entityStem(index).slug == "animal-model"
  }

  // MARK: - Identifiers

  /// The identifier of claim `index`: a descriptive slug and the index.
  public func claimID(_ index: Int) -> String {
    var random = SeededGenerator(seed: seed, stream: 1, UInt64(index))
    let words = [
      random.pick(SyntheticText.claimWords), random.pick(SyntheticText.moleculeStems).slug,
      random.pick(SyntheticText.claimWords),
    ]
    return words.joined(separator: "-") + "-c\(index)"
  }

  /// The identifier of source `index`: first author, year and index.
  public func sourceID(_ index: Int) -> String {
    let source = SyntheticText.sourceCore(seed: seed, index: index)
    return "\(source.authorSlug)-\(source.year)-s\(index)"
  }

  /// The identifier of entity `index`: its stem and index.
  public func entityID(_ index: Int) -> String {
    "\(entityStem(index).slug)-e\(index)"
  }

  /// The stem (slug and display name) entity `index` is named after.
  func entityStem(_ index: Int) -> SyntheticText.Stem {
    var random = SeededGenerator(seed: seed, stream: 3, UInt64(index))
    return random.pick(SyntheticText.entityStems[kind(ofEntity: index)]!)
  }

  /// The display name of entity `index`: its stem, a suffix and a number.
  func entityName(_ index: Int) -> String {
    var random = SeededGenerator(seed: seed, stream: 7, UInt64(index))
    return "\(entityStem(index).name)\(random.pick(SyntheticText.nameSuffixes)) \(index)"
  }
}
