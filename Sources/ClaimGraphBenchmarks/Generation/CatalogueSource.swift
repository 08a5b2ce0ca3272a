import ClaimGraph

/// Source `index` of a synthetic catalogue: one study, whichever articles cite it.
///
/// A pure function of the seed and the index, so that a claim can ask what a source is
/// (listed, of which type, by which method) without generating the sources' file.
struct CatalogueSource {
  let index: Int
  let firstAuthor: String
  let initial: String
  let otherAuthors: [String]
  let year: Int
  let type: SourceType
  /// Whether it is in the reference lists of the articles citing it.
  let isListed: Bool
  let title: String
  let venue: String
  /// The method it used (an entity index), named in its title.
  let method: Int?
  let hasAuthors: Bool
  let hasDOI: Bool
  let mentionedAs: String

  init(_ index: Int, in shape: CatalogueShape) {
    self.index = index
    var (_, firstAuthor, year, random) = SyntheticText.sourceCore(seed: shape.seed, index: index)
    self.firstAuthor = firstAuthor
    self.year = year
    isListed = random.below(100) >= 12
    type = random.weighted([
      SourceType.primaryResearch: 50, .reviewArticle: 14, .metaAnalysis: 8, .systematicReview: 6,
      .clinicalGuideline: 6, .book: 6, .other: 10,
    ])
    let topic = random.pick(SyntheticText.titleTopics)
    method =
      random.chance(40) ? shape.entity(ofMethod: random.below(shape.methods)) : nil
    // The cohort number opens the title, so that no two sources share their title's first
    // words (`duplicate-source` compares them).
    title =
      "Cohort \(index + 1): \(topic)" + (method.map { ", with \(shape.entityName($0))" } ?? "")
    venue = random.pick(SyntheticText.venues)
    initial = random.pick(["A", "H", "J"])
    hasAuthors = isListed || random.chance(30)
    otherAuthors = (0..<random.below(6)).map { _ in
      "\(random.pick(SyntheticText.surnames).name) \(random.pick(["K", "L", "W", "P", "M"]))"
    }
    hasDOI = isListed && random.chance(40)
    mentionedAs = "“\(random.pick(SyntheticText.titleTopics))”, as the text puts it"
  }

  /// Whether a claim backed by this source alone is soundly backed: it is listed, no
  /// guideline and no animal study (see `unlisted-source` and
  /// `established-on-weak-evidence`).
  func isSolid(in shape: CatalogueShape) -> Bool {
    isListed && type != .clinicalGuideline && !(method.map(shape.isAnimalMethod) ?? false)
  }

  /// Its entry in a reference list, as every article citing it words it.
  var entry: String {
    "\(firstAuthor) \(initial) et al. (\(year)). \(title). \(venue)."
  }

  /// Appends its YAML to a sources file.
  func append(to yaml: inout YAMLText, in shape: CatalogueShape) {
    yaml.line("  - id: \(shape.sourceID(index))")
    yaml.line("    type: \(type.rawValue)")
    yaml.quoted("    ", "title", title)
    if hasAuthors {
      yaml.quotedList("    ", "authors", ["\(firstAuthor) \(initial)"] + otherAuthors)
    }
    yaml.line("    year: \(year)")
    yaml.quoted("    ", "venue", venue)
    if hasDOI { yaml.line("    doi: 10.\(1000 + index % 9000)/cg.\(index)") }
    if let method { yaml.list("    ", "methods", [shape.entityID(method)]) }
    if isListed {
      yaml.quoted("    ", "quote", entry)
    } else {
      yaml.line("    listed: false")
      yaml.quoted("    ", "mentioned_as", mentionedAs)
    }
  }
}
