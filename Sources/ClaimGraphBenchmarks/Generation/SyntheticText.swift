import ClaimGraph

/// The vocabulary of synthetic catalogues: realistic names and phrases in several scripts,
/// with the characters that break careless XML, DOT and JSON writers (`< & " ' \`, line
/// breaks, `]]>`, `--`, `->`, braces), so benchmarks exercise real escaping work.
enum SyntheticText {
  /// What an entity or topic is named after: an ASCII slug for identifiers and a display
  /// name for labels.
  struct Stem: Sendable, Hashable {
    let slug: String
    let name: String
  }

  private static func stems(_ pairs: KeyValuePairs<String, String>) -> [Stem] {
    pairs.map { Stem(slug: $0.key, name: $0.value) }
  }

  static let moleculeStems = stems([
    "beta-endorphin": "β-endorphin", "met-enkephalin": "Met-enkephalin",
    "dynorphin-a": "Dynorphin A", "pomc": "POMC → β-endorphin precursor",
    "naloxone": "Naloxone", "anandamide": "Anandamide", "oxytocin": "Oxytocin",
    "cortisol": "Cortisol", "dopamine": "Dopamine", "morphine": "Morphine",
  ])

  static let entityStems: [NodeKind: [Stem]] = [
    .molecule: moleculeStems,
    .region: stems([
      "periaqueductal-gray": "Periaqueductal gray (PAG)",
      "nucleus-accumbens": "Nucleus accumbens", "amygdala": "Amygdala — basolateral",
      "hypothalamus": "Hypothalamus", "anterior-cingulate": "Anterior cingulate cortex",
      "insula": "Insula / insular cortex", "rvm": "Rostral ventromedial medulla",
      "locus-coeruleus": "Locus cœruleus",
    ]),
    .receptor: stems([
      "mu-opioid-receptor": "μ-opioid receptor", "delta-opioid-receptor": "δ-opioid receptor",
      "kappa-opioid-receptor": "κ-opioid receptor", "cb1-receptor": "CB1 cannabinoid receptor",
      "d2-receptor": "Dopamine D2 receptor", "nmda-receptor": "NMDA receptor <GluN2B>",
    ]),
    .condition: stems([
      "depression": "Major depressive disorder", "chronic-pain": "Chronic pain",
      "ptsd": "PTSD", "anhedonia": "Anhedonia", "fibromyalgia": "Fibromyalgia",
      "opioid-use-disorder": "Opioid use disorder", "burnout": "Épuisement (burnout)",
      "social-pain": "“Social pain” after rejection",
    ]),
    .intervention: stems([
      "running": "Running 🏃", "social-laughter": "Social laughter 😂",
      "group-singing": "Group singing", "acupuncture": "Acupuncture (针灸)",
      "cold-exposure": "Cold exposure ❄", "meditation": "Meditation",
      "dance": "Dance & movement",
    ]),
    .method: stems([
      "pet": "PET [11C]carfentanil", "naloxone-blockade": "Naloxone blockade",
      "animal-model": "Animal model (rodent)", "plasma-assay": "Plasma assay",
      "meta-analysis": "Meta-analysis", "rct": "Randomised controlled trial", "fmri": "fMRI",
    ]),
  ]

  /// Suffixes that make names distinct and carry other scripts and hostile characters.
  static let nameSuffixes = [
    "", "", "", " (内啡肽 study)", " — אנדורפין", " “café” variant", " <type 2>",
    " & co-factors", " 'α' form", " \\ subtype", " — 研究 🧪", " {cluster}", " -> pathway",
  ]

  static let aliases = ["β-EP", "PAG", "μOR", "5-HT", "Endo & co", "<alias>", "エンドルフィン"]

  static let claimWords = [
    "rises", "falls", "binds", "blocks", "predicts", "modulates", "signals", "correlates",
    "persists", "doubles", "drives", "buffers",
  ]

  /// How a claim's statement links two entities, by relation predicate: the phrase after a
  /// subject, and its base form (after "may").
  static let predicates: [(predicate: String, phrase: String, base: String)] = [
    ("binds", "binds", "bind"), ("activates", "activates", "activate"),
    ("blocks", "blocks", "block"), ("inhibits", "→ inhibits", "→ inhibit"),
    ("modulates", "modulates", "modulate"), ("increases", "increases", "increase"),
    ("reduces", "reduces", "reduce"),
    ("associated-with", "is associated with", "be associated with"),
    ("triggers-release-of", "triggers the release of", "trigger the release of"),
    ("expressed-in", "is expressed in", "be expressed in"),
  ]

  static let qualifiers = [
    "in <5% of “responders”", "by ~30% & more", "at rest, as 'baseline' readings show",
    "(p < 0.05; n = 120)", "in data filed under C:\\trials\\2019", "with κ > 0.8",
    "per Müller & Sørensen", "في الدماغ", "🧠 in vivo", "— see §3 → table 2",
    "in 研究 cohorts", "as \"the runner's high\" suggests", "after a ]]> marker -- oddly",
    "within {minutes}; a -> b", "in both sexes", "only in rodents",
  ]

  static let sectionTopics = stems([
    "what-are-endorphins": "What are endorphins?", "brain-regions": "Brain regions & circuits",
    "mental-health": "Mental health — β-endorphin and mood", "runners-high": "The runner's high 🏃",
    "other-triggers": "Other triggers: laughter, music, “touch”",
    "misconceptions": "Common misconceptions <myths>", "faq": "FAQ (常见问题)",
  ])

  static let surnames: [(slug: String, name: String)] = [
    ("muller", "Müller"), ("sorensen", "Sørensen"), ("zhang", "Zhang 张"),
    ("obrien", "O'Brien"), ("cohen", "Cohen כהן"), ("garcia-lopez", "García-López"),
    ("boecker", "Boecker"), ("dunbar", "Dunbar"), ("nakamura", "Nakamura 中村"),
    ("haddad", "Haddad حداد"), ("smith", "Smith"), ("kowalski", "Kowalski"),
  ]

  static let venues = [
    "Cerebral Cortex", "Pain", "Journal of Neuroscience", "Neuropsychopharmacology",
    "Psychoneuroendocrinology", "Proc. R. Soc. B", "Brain & Behavior", "Acta Physiologica",
  ]

  static let titleTopics = [
    "Opioidergic mechanisms in the human brain", "Endorphins & the “runner's high”",
    "β-endorphin release after <exercise>", "Social laughter and μ-opioid binding",
    "Naloxone reverses 'placebo' analgesia", "内啡肽 and mood: a review",
    "Pain \\ reward circuits -> a model", "Cold water {immersion} and mood 😀",
  ]

  /// The first author and year of source `index` (which its identifier needs), and the
  /// source's random stream after drawing them, for the rest of the source.
  static func sourceCore(seed: UInt64, index: Int) -> (
    authorSlug: String, authorName: String, year: Int, random: SeededGenerator
  ) {
    var random = SeededGenerator(seed: seed, stream: 2, UInt64(index))
    let author = random.pick(surnames)
    return (author.slug, author.name, 1975 + random.below(51), random)
  }
}
