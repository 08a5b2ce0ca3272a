import ClaimGraph

/// Claim `index` of a synthetic catalogue as a plan: what it is about, what it asserts and
/// how strongly, what it cites, and the sentence of its article's text that states it.
///
/// Plans are pure functions of the shape and the index, so the article's text and its
/// claims file (generated apart) agree, and a planted claim can restate another article's
/// claim by computing that claim's plan. The plan keeps the catalogue lint-clean apart
/// from what is planted on purpose:
///
/// - a claim's strength follows from the relation it asserts (a pure function of subject,
///   predicate and object), so claims of different articles that happen to assert the same
///   relation agree, and neither disagreement rule fires unless planted;
/// - established claims cite two or three sources and uncertain ones one or two, all
///   `supports` (`contradicts` for a myth, `refuted`), one of them listed, no guideline and
///   no animal study, so that `uncited-claim`, `unlisted-source` and
///   `established-on-weak-evidence` stay silent;
/// - the sentence hedges an uncertain claim ("may"), rejects a refuted one ("It is a myth
///   that"), and names each cited source with a passage of its own ("Müller and colleagues
///   in 1998 (report 12-1)"), so that every quote is found once in the article's text;
/// - at the end of every other paragraph one sentence is repeated word for word ("This
///   effect was replicated in a second sample by the same team."): the claim quoting it
///   tells its occurrence apart by a prefix (the sentence before) or a suffix (the next
///   paragraph's opening).
///
/// Planted, per ten articles: in the second, a claim asserting a relation of the article
/// before with another strength (`strength-disagreement`; every other time by
/// `same_as:` instead of the relation); in the seventh, a claim asserting an uncertain
/// relation of the article before and citing that claim's source against it
/// (`stance-disagreement`); in the fourth, a claim misquoting its sentence
/// (`quote-not-found`).
struct CatalogueClaim {
  /// A citation of the plan.
  struct CitationPlan {
    let source: Int
    let stance: Stance
    /// A method the citation names itself (an entity index), in its passage.
    let method: Int?
    let locator: String?
    /// The passage of a sentence that invokes the source: a claim index and the citation's
    /// offset in that claim's sentence (a repeated sentence's claim quotes the sentence
    /// before).
    var passage: (claim: Int, offset: Int)
  }

  /// What a claim asserts: subject, predicate (an index in ``SyntheticText/predicates``) and
  /// object, as entity indices.
  struct Assertion: Hashable {
    let subject: Int
    let predicate: Int
    let object: Int
  }

  let index: Int
  let article: Int
  /// The claim's slot in its article (0-based).
  let slot: Int
  var about: [Int]
  var relations: [Assertion]
  var strength: EvidenceStrength
  /// The predicate its sentence words (that of its first relation, when it has one).
  var predicate: Int
  var citations: [CitationPlan] = []
  /// A claim of another article it restates (a claim index).
  var sameAs: Int?
  /// The claim repeats the sentence before it ("This effect was replicated…").
  var isReplication = false
  /// What the claim plants, if anything.
  var plant: Plant?
  var opener: String
  var qualifier: String
  var hasNote: Bool
  var noteAuthor: String

  // MARK: - Planting

  /// A finding planted on purpose.
  enum Plant {
    /// The claim asserts what a claim of the article before asserts, with another strength.
    case strength
    /// The claim cites against a relation a source the article before cites for it.
    case stance
    /// The claim's quote misquotes its sentence.
    case misquote
  }

  /// The slot of the claim planted for `strength-disagreement` in an article.
  static let strengthSlot = 3
  /// The slot of the claim planted for `stance-disagreement` in an article.
  static let stanceSlot = 6
  /// The slot of the misquoted claim in an article.
  static let misquoteSlot = 7

  /// Whether article `article` plants a strength disagreement.
  static func plantsStrength(_ article: Int) -> Bool { article % 10 == 1 }
  /// Whether article `article` plants a stance disagreement.
  static func plantsStance(_ article: Int) -> Bool { article % 10 == 6 }
  /// Whether article `article` has a misquoted claim.
  static func plantsMisquote(_ article: Int) -> Bool { article % 10 == 3 }

  /// Whether a slot of an article is one of its planted claims.
  static func isPlanted(slot: Int, article: Int) -> Bool {
    (slot == strengthSlot && plantsStrength(article))
      || (slot == stanceSlot && plantsStance(article))
      || (slot == misquoteSlot && plantsMisquote(article))
  }

  /// Whether a slot closes a paragraph that a repeated sentence follows.
  static func isReplicationSlot(_ slot: Int) -> Bool {
    slot % (2 * CatalogueShape.slotsPerParagraph) == 2 * CatalogueShape.slotsPerParagraph - 1
  }

  /// The plan of claim `index`.
  static func plan(_ index: Int, in shape: CatalogueShape) -> CatalogueClaim {
    let article = shape.article(ofClaim: index)
    let slot = index - shape.claims(ofArticle: article).lowerBound
    if isReplicationSlot(slot), slot > 0 {
      let before = plan(index - 1, in: shape)
      if let replication = before.replication(index, in: shape) { return replication }
    }
    var claim = ordinary(index, article: article, slot: slot, in: shape)
    if article > 0, slot == strengthSlot, plantsStrength(article) {
      claim.plantStrengthDisagreement(in: shape)
    } else if article > 0, slot == stanceSlot, plantsStance(article) {
      claim.plantStanceDisagreement(in: shape)
    } else if slot == misquoteSlot, plantsMisquote(article) {
      claim.plant = .misquote
    }
    return claim
  }

  /// The strength every claim asserting a relation gives it.
  static func strength(of assertion: Assertion, in shape: CatalogueShape) -> EvidenceStrength {
    var random = SeededGenerator(
      seed: shape.seed, stream: 9, UInt64(assertion.subject), UInt64(assertion.predicate),
      UInt64(assertion.object))
    return random.weighted([EvidenceStrength.established: 70, .uncertain: 25, .refuted: 5])
  }

  /// An ordinary claim: about its own entity and a few near it, citing its own source and
  /// a few near it.
  private static func ordinary(
    _ index: Int, article: Int, slot: Int, in shape: CatalogueShape
  ) -> CatalogueClaim {
    var random = SeededGenerator(seed: shape.seed, stream: 5, UInt64(index))
    // Its own entity first, so that every entity is referred to.
    let own = min(index * shape.entities / shape.claims, shape.entities - 1)
    let about =
      [own]
      + distinct(random.below(5), excluding: [own], using: &random) { random in
        pickNear(own, count: shape.entities, using: &random)
      }
    let predicate = random.below(SyntheticText.predicates.count)
    var relations: [Assertion] = []
    var strength = random.weighted([EvidenceStrength.established: 70, .uncertain: 25, .refuted: 5])
    if about.count > 1, random.chance(55) {
      let first = Assertion(subject: about[0], predicate: predicate, object: about[1])
      relations.append(first)
      strength = Self.strength(of: first, in: shape)
      if about.count > 2, random.chance(20) {
        let second = Assertion(
          subject: about[2], predicate: random.below(SyntheticText.predicates.count),
          object: about[0])
        // Only a relation its strength fits, so that articles never disagree by chance.
        if Self.strength(of: second, in: shape) == strength { relations.append(second) }
      }
    }
    var claim = CatalogueClaim(
      index: index, article: article, slot: slot, about: about, relations: relations,
      strength: strength, predicate: predicate,
      opener: random.pick(openers[strength]!), qualifier: random.pick(SyntheticText.qualifiers),
      hasNote: random.chance(12), noteAuthor: random.pick(SyntheticText.surnames).name)
    claim.cite(using: &random, in: shape)
    return claim
  }

  /// Chooses the sources: its own (index / 5, so that every source is cited), a few near it,
  /// and a sound one if none is; sometimes a source that only mentions the finding.
  private mutating func cite(using random: inout SeededGenerator, in shape: CatalogueShape) {
    let count =
      strength == .established ? 2 + random.below(2) : 1 + random.below(2)
    let own = min(index / 5, shape.sources - 1)
    var sources = [own]
    sources += Self.distinct(count - 1, excluding: sources, using: &random) { random in
      Self.pickNear(own, count: shape.sources, using: &random)
    }
    let facts = sources.map { CatalogueSource($0, in: shape) }
    let needed = strength == .established ? 2 : 1
    if !facts.contains(where: { $0.isSolid(in: shape) }) || sources.count < needed {
      let near = Self.pickNear(own, count: shape.sources, using: &random)
      if let sound = Self.soundSource(near: near, in: shape), !sources.contains(sound) {
        if sources.count > needed - 1, sources.count > 1 {
          sources[sources.count - 1] = sound
        } else {
          sources.append(sound)
        }
      }
    }
    let stance: Stance = strength == .refuted ? .contradicts : .supports
    citations = sources.map { plannedCitation($0, stance, using: &random, in: shape) }
    if random.chance(6) {
      let extra = Self.pickNear(own, count: shape.sources, using: &random)
      if !sources.contains(extra) {
        citations.append(plannedCitation(extra, .mentions, using: &random, in: shape))
      }
    }
    numberPassages()
  }

  /// Points each citation at its passage in this claim's sentence.
  private mutating func numberPassages() {
    for offset in citations.indices { citations[offset].passage = (index, offset) }
  }

  private func plannedCitation(
    _ source: Int, _ stance: Stance, using random: inout SeededGenerator,
    in shape: CatalogueShape
  ) -> CitationPlan {
    // Sometimes the passage names the method the source used (`method-not-in-source`
    // reports a citation naming another one).
    var method: Int?
    if random.chance(35), let used = CatalogueSource(source, in: shape).method,
      !shape.isAnimalMethod(used)
    {
      method = used
    }
    let locator =
      random.chance(20) ? "p. \(1 + random.below(400)) <fig. \(1 + random.below(9))>" : nil
    return CitationPlan(
      source: source, stance: stance, method: method, locator: locator, passage: (index, 0))
  }

  /// The first sound source from `start` on (wrapping), or nil if the catalogue has none
  /// near.
  private static func soundSource(near start: Int, in shape: CatalogueShape) -> Int? {
    for step in 0..<min(shape.sources, 200) {
      let candidate = (start + step) % shape.sources
      if CatalogueSource(candidate, in: shape).isSolid(in: shape) { return candidate }
    }
    return nil
  }

  /// The claim repeating this one's sentence, at claim `index` (the next slot); nil when
  /// this claim cannot be repeated (a myth, a planted or misquoted claim, or no listed
  /// source to cite).
  private func replication(_ index: Int, in shape: CatalogueShape) -> CatalogueClaim? {
    guard strength != .refuted, plant == nil,
      let cited = citations.first(where: {
        $0.stance == .supports && CatalogueSource($0.source, in: shape).isListed
      })
    else { return nil }
    var random = SeededGenerator(seed: shape.seed, stream: 10, UInt64(index))
    return CatalogueClaim(
      index: index, article: article, slot: slot + 1, about: [about[0]], relations: [],
      strength: .uncertain, predicate: predicate, citations: [cited], isReplication: true,
      opener: "", qualifier: random.pick(SyntheticText.qualifiers), hasNote: false,
      noteAuthor: "")
  }

  /// The first ordinary claim of the article before this one's that `accept` takes.
  private func claimOfArticleBefore(
    in shape: CatalogueShape, _ accept: (CatalogueClaim) -> Bool
  ) -> CatalogueClaim? {
    let previous = article - 1
    let range = shape.claims(ofArticle: previous)
    for index in range {
      let slot = index - range.lowerBound
      guard !Self.isReplicationSlot(slot), !Self.isPlanted(slot: slot, article: previous) else {
        continue
      }
      let candidate = Self.ordinary(index, article: previous, slot: slot, in: shape)
      if accept(candidate) { return candidate }
    }
    return nil
  }

  /// Makes this claim assert a claim of the article before with another strength: by its
  /// relation, or (every other plant) by `same_as:`.
  private mutating func plantStrengthDisagreement(in shape: CatalogueShape) {
    let bySameAs = (article / 10) % 2 == 1
    guard
      let other = claimOfArticleBefore(in: shape, { bySameAs || !$0.relations.isEmpty })
    else { return }
    let strength: EvidenceStrength = other.strength == .established ? .uncertain : .established
    about = Array(other.about.prefix(2))
    predicate = other.predicate
    if bySameAs {
      relations = []
      sameAs = other.index
    } else {
      relations = [other.relations[0]]
    }
    restate(as: strength, in: shape)
    plant = .strength
  }

  /// Makes this claim assert an uncertain relation of a claim of the article before,
  /// citing that claim's listed source against it.
  private mutating func plantStanceDisagreement(in shape: CatalogueShape) {
    guard
      let other = claimOfArticleBefore(
        in: shape,
        { $0.strength == .uncertain && !$0.relations.isEmpty && $0.listedSupport(in: shape) != nil }
      ), let contested = other.listedSupport(in: shape)
    else { return }
    about = Array(other.about.prefix(2))
    predicate = other.predicate
    relations = [other.relations[0]]
    restate(as: .uncertain, in: shape)
    // Backed by a listed source of its own, and citing the other claim's source against it.
    let backing =
      citations.first {
        $0.stance == .supports && $0.source != contested.source
          && CatalogueSource($0.source, in: shape).isListed
      }
      ?? Self.soundSource(near: index / 5 + 1, in: shape).map {
        CitationPlan(source: $0, stance: .supports, method: nil, locator: nil, passage: (index, 0))
      }
    citations = [backing].compactMap { $0 }.filter { $0.source != contested.source }
    citations.append(
      CitationPlan(
        source: contested.source, stance: .contradicts, method: nil, locator: nil,
        passage: (index, 0)))
    numberPassages()
    plant = .stance
  }

  /// The first listed source the claim cites in support.
  private func listedSupport(in shape: CatalogueShape) -> CitationPlan? {
    citations.first { $0.stance == .supports && CatalogueSource($0.source, in: shape).isListed }
  }

  /// Gives the claim a strength, with its wording and citations to match.
  private mutating func restate(as strength: EvidenceStrength, in shape: CatalogueShape) {
    self.strength = strength
    var random = SeededGenerator(seed: shape.seed, stream: 12, UInt64(index))
    opener = random.pick(Self.openers[strength]!)
    cite(using: &random, in: shape)
  }

  // MARK: - Wording

  /// How sentences open, by strength: shared first words, as real prose has ("Research",
  /// "In adults"), and the words that hedge or reject.
  static let openers: [EvidenceStrength: [String]] = [
    .established: [
      "Research shows that ", "The evidence indicates that ", "In adults, ", "As a rule, ",
    ],
    .uncertain: [
      "Research suggests that ", "Some evidence indicates that ", "In adults, ", "Perhaps ",
    ],
    .refuted: ["It is a myth that ", "Contrary to popular belief, it is not true that "],
  ]

  /// The quoted part of the sentence: its opening up to the cohort.
  func quote(in shape: CatalogueShape) -> String {
    let subject = shape.entityName(about[0])
    let object = about.count > 1 ? shape.entityName(about[1]) : "its targets"
    let wording = SyntheticText.predicates[predicate]
    let verb = strength == .uncertain ? "may \(wording.base)" : wording.phrase
    return "\(opener)\(subject) \(verb) \(object) in cohort \(index),"
  }

  /// The passage that invokes citation `offset`.
  func passage(_ offset: Int, in shape: CatalogueShape) -> String {
    let citation = citations[offset]
    let source = CatalogueSource(citation.source, in: shape)
    let using = citation.method.map { ", using \(shape.entityName($0))," } ?? ""
    let (claim, place) = citation.passage
    return
      "\(source.firstAuthor) and colleagues\(using) in \(source.year) (report \(claim)-\(place + 1))"
  }

  /// The sentence stating the claim.
  func sentence(in shape: CatalogueShape) -> String {
    if isReplication { return Self.repeated }
    let passages = citations.indices.map { "by " + passage($0, in: shape) }
    var list = passages.first ?? ""
    if passages.count > 1 {
      list = passages.dropLast().joined(separator: ", ") + " and " + passages.last!
    }
    return "\(quote(in: shape)) as reported \(list)."
  }

  /// The sentence repeated after every other paragraph.
  static let repeated = "This effect was replicated in a second sample by the same team."

  /// The statement, in the encoder's words.
  func statement(in shape: CatalogueShape) -> String {
    if isReplication {
      return "A second sample replicated the effect on \(shape.entityName(about[0])) \(qualifier)."
    }
    let subject = shape.entityName(about[0])
    let object = about.count > 1 ? shape.entityName(about[1]) : "its targets"
    return "\(subject) \(SyntheticText.predicates[predicate].phrase) \(object) \(qualifier)."
  }

  // MARK: - Choosing targets

  /// An index in `0..<count`: 60% near `center` (the nodes of the same article), else
  /// anywhere, favouring low indices (the sources every article cites).
  static func pickNear(_ center: Int, count: Int, using random: inout SeededGenerator) -> Int {
    guard random.chance(60) else { return random.skewed(below: count) }
    let window = min(count, 400)
    let start = min(max(0, center - window / 2), count - window)
    return start + random.below(window)
  }

  /// `count` distinct values drawn with `draw`, none in `excluding` (fewer if draws keep
  /// colliding).
  static func distinct(
    _ count: Int, excluding: [Int], using random: inout SeededGenerator,
    _ draw: (inout SeededGenerator) -> Int
  ) -> [Int] {
    var values: [Int] = []
    var attempts = 0
    while values.count < count, attempts < count * 4 {
      let value = draw(&random)
      if !values.contains(value), !excluding.contains(value) { values.append(value) }
      attempts += 1
    }
    return values
  }
}
