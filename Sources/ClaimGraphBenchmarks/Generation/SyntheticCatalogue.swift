import ClaimGraph

/// A deterministic, seeded synthetic library of articles, written as a graph folder.
///
/// The library is shaped like a publisher's (see ``CatalogueShape``): about one article per
/// hundred claims, each in `articles/<id>/` with its `article.yaml` (title, text, sections),
/// its text `article.txt` (a title, a heading per section, paragraphs of sentences, and a
/// reference list) and its claims in `claims/claims.yaml`; sources and entities in
/// `sources/` and `entities/`, shared by every article (a study is cited by many of them).
/// Every claim quotes the sentence of its article that states it, and every citation the
/// passage of that sentence that names its source; every listed source quotes its entry in
/// the reference lists. ``CatalogueClaim`` says how the claims are planned so that the
/// library lints clean apart from the few findings it plants (``planted``). Labels carry
/// several scripts, emoji and the characters XML and DOT writers must escape.
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
  public init(claims: Int, seed: UInt64 = 1) {
    shape = CatalogueShape(claims: claims, seed: seed)
    parts = Self.parts(of: shape)
  }

  // MARK: - Files

  private enum Part {
    case article(Int)
    case text(Int)
    case claims(article: Int)
    case sources(range: Range<Int>)
    case entities(NodeKind, ordinals: Range<Int>)
  }

  private static func parts(of shape: CatalogueShape) -> [Part] {
    func chunks(_ count: Int, _ size: Int) -> [Range<Int>] {
      stride(from: 0, to: count, by: size).map { $0..<min($0 + size, count) }
    }
    var parts: [Part] = []
    for article in 0..<shape.articles {
      parts += [.article(article), .text(article), .claims(article: article)]
    }
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

  /// Whether file `index` is an article's text (the others are YAML).
  public func isText(_ index: Int) -> Bool {
    if case .text = parts[index] { return true }
    return false
  }

  /// File `index` (0 ≤ `index` < ``fileCount``): its path relative to the graph folder,
  /// and its text.
  public func file(_ index: Int) -> (path: String, text: String) {
    switch parts[index] {
    case .article(let article):
      return (folder(article) + "/article.yaml", articleYAML(article))
    case .text(let article):
      return (folder(article) + "/article.txt", articleText(article))
    case .claims(let article):
      return (folder(article) + "/claims/claims.yaml", claimsYAML(article))
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

  private func folder(_ article: Int) -> String { "articles/\(shape.articleID(article))" }

  private func padded(_ number: Int) -> String {
    let digits = String(number)
    return String(repeating: "0", count: max(0, 4 - digits.count)) + digits
  }

  // MARK: - Planted findings

  /// What the catalogue plants on purpose: claims that disagree with a claim of another
  /// article on strength (by relation or `same_as:`) or on a source's stance, and claims
  /// that misquote their sentence.
  public struct Planted: Sendable, Hashable {
    /// Claims asserting what a claim of the article before asserts, with another strength.
    public var strength = 0
    /// Claims citing against a relation a source that a claim of the article before
    /// cites for it.
    public var stance = 0
    /// Claims whose quote is not in their article's text.
    public var misquotes = 0

    /// Counts of planted claims.
    public init(strength: Int = 0, stance: Int = 0, misquotes: Int = 0) {
      self.strength = strength
      self.stance = stance
      self.misquotes = misquotes
    }
  }

  /// The planted claims, counted.
  public var planted: Planted {
    var planted = Planted()
    for article in 0..<shape.articles {
      let range = shape.claims(ofArticle: article)
      for slot in [
        CatalogueClaim.strengthSlot, CatalogueClaim.stanceSlot, CatalogueClaim.misquoteSlot,
      ] where slot < range.count {
        switch CatalogueClaim.plan(range.lowerBound + slot, in: shape).plant {
        case .strength: planted.strength += 1
        case .stance: planted.stance += 1
        case .misquote: planted.misquotes += 1
        case nil: break
        }
      }
    }
    return planted
  }

  // MARK: - Articles

  private func plans(_ article: Int) -> [CatalogueClaim] {
    shape.claims(ofArticle: article).map { CatalogueClaim.plan($0, in: shape) }
  }

  private func articleYAML(_ article: Int) -> String {
    var yaml = YAMLText()
    yaml.line("article:")
    yaml.line("  id: \(shape.articleID(article))")
    yaml.quoted("  ", "title", shape.articleTitle(article))
    yaml.line("  text: article.txt")
    yaml.line("sections:")
    for section in 0..<shape.sectionCount(ofArticle: article) {
      yaml.line("  - id: \(shape.sectionID(article: article, section: section))")
      yaml.quoted("    ", "title", shape.sectionTitle(article: article, section: section))
    }
    yaml.line("  - id: references")
    yaml.line("    title: References")
    return yaml.text
  }

  /// The text: the title; per section its heading and paragraphs, a sentence per claim;
  /// then the reference list, an entry per listed source the claims cite.
  private func articleText(_ article: Int) -> String {
    let plans = plans(article)
    var text = shape.articleTitle(article) + "\n"
    text.reserveCapacity(plans.count * 300)
    for section in 0..<shape.sectionCount(ofArticle: article) {
      text += "\n" + shape.sectionTitle(article: article, section: section) + "\n"
      let first = section * CatalogueShape.slotsPerSection
      let end = min(plans.count, first + CatalogueShape.slotsPerSection)
      for start in stride(from: first, to: end, by: CatalogueShape.slotsPerParagraph) {
        let last = min(end, start + CatalogueShape.slotsPerParagraph)
        text += plans[start..<last].map { $0.sentence(in: shape) }.joined(separator: " ")
        text += "\n"
      }
    }
    text += "\nReferences\n"
    var listed: Set<Int> = []
    for plan in plans {
      for citation in plan.citations { listed.insert(citation.source) }
    }
    for source in listed.sorted() {
      let facts = CatalogueSource(source, in: shape)
      if facts.isListed { text += facts.entry + "\n" }
    }
    return text
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

  private func claimsYAML(_ article: Int) -> String {
    let plans = plans(article)
    return listText("claims", plans.indices, bytesPerItem: 700) { slot, yaml in
      appendClaim(
        plans[slot], next: plans.indices.contains(slot + 1) ? plans[slot + 1] : nil,
        before: slot > 0 ? plans[slot - 1] : nil, to: &yaml)
    }
  }

  private func appendClaim(
    _ claim: CatalogueClaim, next: CatalogueClaim?, before: CatalogueClaim?,
    to yaml: inout YAMLText
  ) {
    yaml.line("  - id: \(shape.claimID(claim.index))")
    yaml.folded("    ", "statement", claim.statement(in: shape))
    yaml.line("    strength: \(claim.strength.rawValue)")
    let section = claim.slot / CatalogueShape.slotsPerSection
    yaml.line("    section: \(shape.sectionID(article: claim.article, section: section))")
    if claim.isReplication, let before {
      // The repeated sentence: told apart by the next paragraph's opening when the same
      // section goes on, else by the end of the sentence before.
      let context: String
      if claim.slot % CatalogueShape.slotsPerSection < CatalogueShape.slotsPerSection / 2,
        let next
      {
        context = "suffix: \(YAMLText.quote(next.quote(in: shape)))"
      } else {
        context = "prefix: \(YAMLText.quote("(report \(before.index)-\(before.citations.count))."))"
      }
      yaml.line("    quote: [{exact: \(YAMLText.quote(CatalogueClaim.repeated)), \(context)}]")
    } else {
      var quote = claim.quote(in: shape)
      if claim.plant == .misquote {
        quote = quote.replacingOccurrences(of: " in cohort ", with: " in the cohort ")
      }
      yaml.quoted("    ", "quote", quote)
    }
    yaml.list("    ", "about", claim.about.map(shape.entityID))
    if !claim.relations.isEmpty {
      yaml.line("    relations:")
      for relation in claim.relations {
        yaml.line(
          "      - {subject: \(shape.entityID(relation.subject)), "
            + "predicate: \(SyntheticText.predicates[relation.predicate].predicate), "
            + "object: \(shape.entityID(relation.object))}")
      }
    }
    if let other = claim.sameAs { yaml.line("    same_as: \(shape.claimID(other))") }
    if !claim.citations.isEmpty { yaml.line("    citations:") }
    for offset in claim.citations.indices {
      let citation = claim.citations[offset]
      yaml.line("      - source: \(shape.sourceID(citation.source))")
      if let method = citation.method { yaml.list("        ", "methods", [shape.entityID(method)]) }
      yaml.line("        stance: \(citation.stance.rawValue)")
      if let locator = citation.locator { yaml.quoted("        ", "locator", locator) }
      yaml.quoted("        ", "quote", claim.passage(offset, in: shape))
    }
    if claim.hasNote {
      yaml.literal(
        "    ", "note",
        "Studies invoked without a listed source:\n"
          + "see \(claim.noteAuthor) & co. <unpublished> \"2019\"")
    }
  }

  // MARK: - Sources

  private func sourcesText(_ range: Range<Int>) -> String {
    listText("sources", range, bytesPerItem: 300) { index, yaml in
      CatalogueSource(index, in: shape).append(to: &yaml, in: shape)
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
    yaml.quoted("    ", "name", shape.entityName(index))
    // Methods have no aliases: an alias names its method in every quote holding it.
    if random.chance(30), shape.kind(ofEntity: index) != .method {
      yaml.quotedList("    ", "aliases", [random.pick(SyntheticText.aliases)])
    }
    if random.chance(25) {
      yaml.quoted(
        "    ", "description", "Synthetic \(shape.kind(ofEntity: index).rawValue) <#\(index)> & kin"
      )
    }
  }

}
