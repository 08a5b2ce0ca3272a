import ClaimGraph

/// A deterministic, seeded synthetic catalogue of articles, written as graph YAML files.
///
/// The catalogue is shaped like a publisher's library (see ``CatalogueShape``): per claim
/// about two citations (a share of them to unlisted sources, some contradicting or merely
/// mentioning) and about three entities (some linked by relations); labels in several
/// scripts, with emoji and the characters XML and DOT writers must escape. Files follow a
/// real `Graph/` folder: `article.yaml` with the sections, `claims/NNNN-….yaml` with
/// ``CatalogueShape/claimsPerFile`` claims each, and `sources/` and `entities/` files.
///
/// Generation is pure: the same shape always gives byte-identical files, and each file
/// can be made on its own (in parallel, or one at a time to bound memory).
///
/// ```swift
/// let catalogue = SyntheticCatalogue(claims: 1_000, seed: 1)
/// for index in 0..<catalogue.fileCount {
///   let file = catalogue.file(index)
///   print(file.path, file.text.utf8.count)
/// }
/// ```
public struct SyntheticCatalogue: Sendable {
  /// Sizes and naming.
  public let shape: CatalogueShape

  private static let nodesPerSideFile = 2_000

  private let parts: [Part]

  /// Creates a catalogue of `claims` claims.
  public init(claims: Int, seed: UInt64 = 1, claimsPerFile: Int = 1_000) {
    shape = CatalogueShape(claims: claims, seed: seed, claimsPerFile: claimsPerFile)
    parts = Self.parts(of: shape)
  }

  // MARK: - Files

  private enum Part {
    case article
    case claims(range: Range<Int>)
    case sources(range: Range<Int>)
    case entities(NodeKind, ordinals: Range<Int>)
  }

  private static func parts(of shape: CatalogueShape) -> [Part] {
    func chunks(_ count: Int, _ size: Int) -> [Range<Int>] {
      stride(from: 0, to: count, by: size).map { $0..<min($0 + size, count) }
    }
    var parts: [Part] = [.article]
    parts += chunks(shape.claims, shape.claimsPerFile).map { .claims(range: $0) }
    parts += chunks(shape.sources, nodesPerSideFile).map { .sources(range: $0) }
    for kind in NodeKind.entityKinds {
      parts += chunks(shape.count(of: kind), nodesPerSideFile).map {
        .entities(kind, ordinals: $0)
      }
    }
    return parts
  }

  /// The number of files.
  public var fileCount: Int { parts.count }

  /// File `index` (0 ≤ `index` < ``fileCount``): its path relative to the graph folder,
  /// and its text.
  public func file(_ index: Int) -> (path: String, text: String) {
    switch parts[index] {
    case .article:
      return ("article.yaml", articleText())
    case .claims(let range):
      let number = range.lowerBound / shape.claimsPerFile + 1
      let topic = shape.sectionID(shape.section(ofClaim: range.lowerBound))
      return ("claims/\(padded(number))-\(topic).yaml", claimsText(range))
    case .sources(let range):
      let number = range.lowerBound / Self.nodesPerSideFile + 1
      return ("sources/sources-\(padded(number)).yaml", sourcesText(range))
    case .entities(let kind, let ordinals):
      let number = ordinals.lowerBound / Self.nodesPerSideFile + 1
      return ("entities/\(kind.plural)-\(padded(number)).yaml", entitiesText(kind, ordinals))
    }
  }

  /// Every file, in order; convenient for small catalogues.
  public var files: [(path: String, text: String)] { (0..<fileCount).map(file) }

  private func padded(_ number: Int) -> String {
    let digits = String(number)
    return String(repeating: "0", count: max(0, 4 - digits.count)) + digits
  }

  // MARK: - Article

  private func articleText() -> String {
    var yaml = YAMLText()
    yaml.line("article:")
    yaml.line("  id: synthetic-catalogue")
    yaml.quoted(
      "  ", "title", "A synthetic library of \(shape.claims) claims — β, μ & “friends” <test>")
    yaml.line("sections:")
    for index in 0..<shape.sections {
      var random = SeededGenerator(seed: shape.seed, stream: 4, UInt64(index))
      let topic = random.pick(SyntheticText.sectionTopics)
      yaml.line("  - id: \(shape.sectionID(index))")
      yaml.quoted("    ", "title", "Part \(index + 1): \(topic.name)")
    }
    return yaml.text
  }

  // MARK: - Claims

  /// A file holding one top-level list: `key:` then an item per index.
  private func listText(
    _ key: String, _ indices: some Sequence<Int>, bytesPerItem: Int,
    _ append: (Int, inout YAMLText) -> Void
  ) -> String {
    var yaml = YAMLText(reservingCapacity: indices.underestimatedCount * bytesPerItem)
    yaml.line("\(key):")
    for index in indices { append(index, &yaml) }
    return yaml.text
  }

  private func claimsText(_ range: Range<Int>) -> String {
    listText("claims", range, bytesPerItem: 420) { appendClaim($0, to: &$1) }
  }

  private func appendClaim(_ index: Int, to yaml: inout YAMLText) {
    var random = SeededGenerator(seed: shape.seed, stream: 5, UInt64(index))
    let about = distinct(1 + random.below(5), using: &random) { random in
      pickNear(index * shape.entities / shape.claims, count: shape.entities, using: &random)
    }
    let relation = SyntheticText.predicates[random.below(SyntheticText.predicates.count)]
    let subject = entityName(about[0])
    let object = about.count > 1 ? entityName(about[1]) : "its targets"
    let statement =
      "\(subject) \(relation.phrase) \(object) \(random.pick(SyntheticText.qualifiers))."
    let strength = random.weighted([
      EvidenceStrength.established: 70, .uncertain: 25, .refuted: 5,
    ])

    yaml.line("  - id: \(shape.claimID(index))")
    yaml.folded("    ", "statement", statement)
    yaml.line("    strength: \(strength.rawValue)")
    yaml.line("    section: \(shape.sectionID(shape.section(ofClaim: index)))")
    yaml.list("    ", "about", about.map(shape.entityID))
    if about.count > 1, random.chance(55) {
      yaml.line("    relations:")
      appendRelation(about[0], relation.predicate, about[1], to: &yaml)
      if about.count > 2, random.chance(20) {
        appendRelation(
          about[2], random.pick(SyntheticText.predicates).predicate, about[0], to: &yaml)
      }
    }
    let citationCount = [0, 1, 1, 2, 2, 2, 2, 3, 3, 4][random.below(10)]
    let cited = distinct(citationCount, using: &random) { random in
      pickNear(index / 5, count: shape.sources, using: &random)
    }
    if !cited.isEmpty { yaml.line("    citations:") }
    for source in cited { appendCitation(source, using: &random, to: &yaml) }
    if random.chance(12) {
      yaml.literal(
        "    ", "note",
        "Studies invoked without a listed source:\n"
          + "see \(random.pick(SyntheticText.surnames).name) & co. <unpublished> \"2019\"")
    }
  }

  private func appendRelation(
    _ subject: Int, _ predicate: String, _ object: Int, to yaml: inout YAMLText
  ) {
    yaml.line(
      "      - {subject: \(shape.entityID(subject)), predicate: \(predicate), "
        + "object: \(shape.entityID(object))}")
  }

  private func appendCitation(
    _ source: Int, using random: inout SeededGenerator, to yaml: inout YAMLText
  ) {
    yaml.line("      - source: \(shape.sourceID(source))")
    if random.chance(25) {
      let method = shape.entity(ofMethod: random.below(shape.methods))
      yaml.list("        ", "methods", [shape.entityID(method)])
    }
    let stance = random.weighted([Stance.supports: 80, .contradicts: 10, .mentions: 10])
    yaml.line("        stance: \(stance.rawValue)")
    if random.chance(20) {
      yaml.quoted(
        "        ", "locator", "p. \(1 + random.below(400)) <fig. \(1 + random.below(9))>")
    }
  }

  // MARK: - Sources

  private func sourcesText(_ range: Range<Int>) -> String {
    listText("sources", range, bytesPerItem: 300) { appendSource($0, to: &$1) }
  }

  private func appendSource(_ index: Int, to yaml: inout YAMLText) {
    var (_, firstAuthor, year, random) = SyntheticText.sourceCore(seed: shape.seed, index: index)
    let isListed = random.below(100) >= 20
    yaml.line("  - id: \(shape.sourceID(index))")
    yaml.line("    type: \(SourceType.allCases[random.below(SourceType.allCases.count)].rawValue)")
    yaml.quoted(
      "    ", "title", "\(random.pick(SyntheticText.titleTopics)) (\(index % 97 + 1))")
    if isListed || random.chance(30) {
      let others = (0..<random.below(6)).map { _ in
        "\(random.pick(SyntheticText.surnames).name) \(random.pick(["K", "L", "W", "P", "M"]))"
      }
      yaml.quotedList(
        "    ", "authors", ["\(firstAuthor) \(random.pick(["A", "H", "J"]))"] + others)
    }
    yaml.line("    year: \(year)")
    yaml.quoted("    ", "venue", random.pick(SyntheticText.venues))
    if isListed, random.chance(40) { yaml.line("    doi: 10.\(1000 + index % 9000)/cg.\(index)") }
    if random.chance(40) {
      yaml.list(
        "    ", "methods", [shape.entityID(shape.entity(ofMethod: random.below(shape.methods)))])
    }
    if !isListed {
      yaml.line("    listed: false")
      yaml.quoted(
        "    ", "mentioned_as", "“\(random.pick(SyntheticText.titleTopics))”, as the text puts it")
    }
  }

  // MARK: - Entities

  /// The entity index of the `ordinal`-th entity of a kind.
  private func entityIndex(_ kind: NodeKind, ordinal: Int) -> Int {
    if kind == .method { return shape.entity(ofMethod: ordinal) }
    var seen = 0
    for index in 0..<shape.entities where shape.kind(ofEntity: index) == kind {
      if seen == ordinal { return index }
      seen += 1
    }
    preconditionFailure("there is no \(kind) number \(ordinal)")
  }

  private func entitiesText(_ kind: NodeKind, _ ordinals: Range<Int>) -> String {
    let first = entityIndex(kind, ordinal: ordinals.lowerBound)
    let indices = (first..<shape.entities).lazy.filter { shape.kind(ofEntity: $0) == kind }
      .prefix(ordinals.count)
    return listText(kind.plural, indices, bytesPerItem: 160) { appendEntity($0, to: &$1) }
  }

  private func appendEntity(_ index: Int, to yaml: inout YAMLText) {
    var random = SeededGenerator(seed: shape.seed, stream: 6, UInt64(index))
    yaml.line("  - id: \(shape.entityID(index))")
    yaml.quoted("    ", "name", entityName(index))
    if random.chance(30) {
      yaml.quotedList("    ", "aliases", [random.pick(SyntheticText.aliases)])
    }
    if random.chance(25) {
      yaml.quoted(
        "    ", "description", "Synthetic \(shape.kind(ofEntity: index).rawValue) <#\(index)> & kin"
      )
    }
  }

  /// The display name of entity `index`: its stem, a suffix and a number.
  private func entityName(_ index: Int) -> String {
    var random = SeededGenerator(seed: shape.seed, stream: 7, UInt64(index))
    return "\(shape.entityStem(index).name)\(random.pick(SyntheticText.nameSuffixes)) \(index)"
  }

  // MARK: - Choosing targets

  /// An index in `0..<count`: 60% near `center` (the nodes of the same article), else
  /// anywhere, favouring low indices (the sources every article cites).
  private func pickNear(_ center: Int, count: Int, using random: inout SeededGenerator) -> Int {
    guard random.chance(60) else { return random.skewed(below: count) }
    let window = min(count, 400)
    let start = min(max(0, center - window / 2), count - window)
    return start + random.below(window)
  }

  /// `count` distinct values drawn with `draw` (fewer if draws keep colliding).
  private func distinct(
    _ count: Int, using random: inout SeededGenerator, _ draw: (inout SeededGenerator) -> Int
  ) -> [Int] {
    var values: [Int] = []
    var attempts = 0
    while values.count < count, attempts < count * 4 {
      let value = draw(&random)
      if !values.contains(value) { values.append(value) }
      attempts += 1
    }
    return values
  }
}
