/// Reports `established` claims whose backing is weak for a claim of that strength.
///
/// Backing is the set of citations with stance `supports` whose source exists. It is weak
/// when it comes only from animal studies (a citation's methods include a method whose
/// id, name or category mentions "animal"), only from clinical guidelines, or from fewer
/// distinct sources than `min-sources` with no meta-analysis or systematic review among
/// them. Animal-only backing is accepted for a claim whose statement is itself about
/// animals (it mentions animals, mice, rats or rodents). Unbacked claims are left to
/// `uncited-claim`.
public struct EstablishedOnWeakEvidenceRule: ConfigurableRule {
  /// The id its findings carry, and that configurations, suppressions and baselines name.
  public let id: RuleID = .establishedOnWeakEvidence
  /// A warning: the judgement is heuristic.
  public let defaultSeverity = Severity.warning
  /// What `claimgraph rules` lists beside the id.
  public let summary = "An established claim rests on weak evidence for its strength."
  /// What `claimgraph lint --explain` prints: why it matters and how to fix it.
  public let explanation = """
    A claim presented as established should rest on more than one study, on evidence in \
    humans, and on more than a guideline's say-so. The rule reports an established claim \
    whose supporting citations come from fewer than `min-sources` distinct sources (unless \
    one is a meta-analysis or systematic review), only from animal studies, or only from \
    clinical guidelines. Animal-only evidence is accepted when the statement itself is \
    about animals. Cite further evidence, or mark the claim `uncertain`.
    """

  /// Distinct supporting sources an established claim needs, unless one is a synthesis.
  public static let minSources = RuleOption(
    name: "min-sources", defaultValue: 2, minimum: 1,
    summary: "distinct supporting sources needed unless one is a meta-analysis or systematic review"
  )
  /// Whether backing by animal studies alone is accepted (1) or reported (0).
  public static let allowAnimalOnly = RuleOption(
    name: "allow-animal-only", defaultValue: 0,
    summary: "1 accepts claims backed only by animal studies")
  /// Whether backing by clinical guidelines alone is accepted (1) or reported (0).
  public static let allowGuidelineOnly = RuleOption(
    name: "allow-guideline-only", defaultValue: 0,
    summary: "1 accepts claims backed only by clinical guidelines")

  /// The rule's options.
  public var options: [RuleOption] {
    [Self.minSources, Self.allowAnimalOnly, Self.allowGuidelineOnly]
  }

  /// Creates the rule.
  public init() {}

  /// Reports each weakly backed established claim, at its strength.
  public func check(_ context: ValidationContext) -> [Diagnostic] {
    let graph = context.graph
    let minimum = value(of: Self.minSources, in: context)
    let animalOK = value(of: Self.allowAnimalOnly, in: context) != 0
    let guidelineOK = value(of: Self.allowGuidelineOnly, in: context) != 0
    let animalEntities = Set(graph.entities.filter(Self.isAnimal).map(\.id))
    let index = graph.citationIndex
    return graph.claims.indices.compactMap { offset -> Diagnostic? in
      guard graph.claims[offset].strength == .established else { return nil }
      // The citations that count as evidence, of sources that exist.
      let citations = index.citations(ofClaimAt: offset)
      let backing = citations.filter {
        index.sources[$0] >= 0 && index.roles[$0].contains(.evidence)
      }
      guard !backing.isEmpty else { return nil }
      // The distinct backing sources, read in place by offset (never copied).
      var sources: [Int] = []
      for citation in backing where !sources.contains(Int(index.sources[citation])) {
        sources.append(Int(index.sources[citation]))
      }
      func type(_ source: Int) -> SourceType? { graph.sources[source].type }
      func isAnimalStudy(_ citation: Int) -> Bool {
        let methods =
          graph.claims[offset].citations[citation - citations.lowerBound].methods
          ?? graph.sources[Int(index.sources[citation])].methods
        return methods.contains { animalEntities.contains($0) }
      }
      let animalOnly =
        !animalOK && backing.allSatisfy(isAnimalStudy)
        && !Self.isAboutAnimals(graph.claims[offset])
      let guidelineOnly = !guidelineOK && sources.allSatisfy { type($0) == .clinicalGuideline }
      let synthesis = sources.contains {
        type($0) == .metaAnalysis || type($0) == .systematicReview
      }
      let tooFew = sources.count < minimum && !synthesis
      guard animalOnly || guidelineOnly || tooFew else { return nil }
      let claim = graph.claims[offset]
      let names = sources.map { "'\(graph.sources[$0].id)'" }.joined(separator: ", ")
      var reasons: [String] = []
      if animalOnly { reasons.append("only animal studies (\(names))") }
      if guidelineOnly { reasons.append("only clinical guidelines (\(names))") }
      if tooFew {
        let count = sources.count == 1 ? "a single source" : "only \(sources.count) sources"
        reasons.append("\(count) (\(names)), fewer than the \(minimum) expected")
      }
      return finding(
        "established claim '\(claim.id)' rests on \(reasons.joined(separator: " and ")); "
          + "cite more evidence or mark it uncertain",
        node: claim.id, field: "strength", in: context)
    }
  }

  /// Whether the statement itself is about animals ("in mice…"), so that animal
  /// evidence is the right evidence for it.
  static func isAboutAnimals(_ claim: Claim) -> Bool {
    let words = claim.statement.lowercased().split { !$0.isLetter }
    return words.contains { animalWords.contains($0) }
  }

  private static let animalWords: Set<Substring> = [
    "animal", "animals", "mice", "mouse", "rat", "rats", "rodent", "rodents",
  ]

  /// Whether a method named by a citation is an animal study (its id, name or category
  /// says so).
  private static func isAnimal(_ entity: Entity) -> Bool {
    [entity.id.rawValue, entity.name, entity.category ?? ""].contains(where: animal.matches)
  }

  private static let animal = TextMatcher("animal")
}
