import ClaimGraph
import ClaimGraphFormats
import ClaimGraphTestSupport
import Foundation

/// Small graphs for the export tests, built in code.
package enum ExportFixtures {
  /// A graph with every kind, strength, stance and optional field.
  package static let demo: KnowledgeGraph = {
    do {
      return try KnowledgeGraph(
        article: Article(id: "demo", title: "Endorphins: a demo"),
        sections: [
          Section(id: "basics", title: "The basics"), Section(id: "myths", title: "Myths"),
        ],
        claims: [
          Claim(
            id: "beta-endorphin-binds-mor",
            statement: "β-endorphin binds the μ-opioid receptor → less pain",
            strength: .established, section: "basics",
            about: ["beta-endorphin", "mu-opioid-receptor"],
            relations: [
              Relation(subject: "beta-endorphin", predicate: "binds", object: "mu-opioid-receptor")
            ],
            citations: [
              Citation(
                source: "boecker-2008", methods: ["pet"], stance: .supports, locator: "Fig. 2")
            ]),
          Claim(
            id: "exercise-releases-endorphins",
            statement: "Running may release endorphins in the brain", strength: .uncertain,
            section: "basics", about: ["exercise", "beta-endorphin", "periaqueductal-gray"],
            relations: [
              Relation(
                subject: "exercise", predicate: "triggers-release-of", object: "beta-endorphin")
            ],
            citations: [
              Citation(source: "boecker-2008"),
              Citation(source: "unlisted-pet-studies", stance: .contradicts),
            ],
            evidence: [
              StatedEvidence(method: "pet", quotes: [TextQuote("PET studies", suffix: " confirm")])
            ]),
          Claim(
            id: "endorphins-cause-runners-high",
            statement: "Blood endorphins alone cause the runner's high", strength: .refuted,
            section: "myths", about: ["pain"],
            citations: [Citation(source: "unlisted-pet-studies", stance: .mentions)],
            note: "The article calls this a myth.",
            suppressions: [Suppression(rule: "uncited-claim", reason: "a myth, cited as such")]),
        ],
        sources: [
          Source(
            id: "boecker-2008", type: .primaryResearch,
            title: "The Runner's High: Opioidergic Mechanisms in the Human Brain",
            authors: ["Boecker H", "Sprenger T"], year: 2008, venue: "Cerebral Cortex",
            doi: "10.1093/cercor/bhn013", methods: ["pet"]),
          Source(
            id: "unlisted-pet-studies", type: .other, title: "PET studies the text invokes",
            isListed: false, mentionedAs: "PET studies confirm…"),
        ],
        entities: [
          Entity(
            id: "beta-endorphin", kind: .molecule, name: "β-endorphin", aliases: ["BE"],
            category: "peptide"),
          Entity(id: "mu-opioid-receptor", kind: .receptor, name: "μ-opioid receptor"),
          Entity(id: "exercise", kind: .intervention, name: "Exercise"),
          Entity(id: "pet", kind: .method, name: "PET"),
          Entity(
            id: "periaqueductal-gray", kind: .region, name: "Periaqueductal gray",
            description: "Midbrain hub of pain control."),
          Entity(id: "pain", kind: .condition, name: "Pain"),
        ])
    } catch {
      preconditionFailure("the demo graph builds: \(error)")
    }
  }()

  /// Text that tries to break every format: markup, quotes, backslashes, line breaks,
  /// control characters, bidirectional overrides, right-to-left script and emoji.
  package static let hostileText =
    "<a href=\"x\">&amp; 'q'</a> \\N \\\" back\\slash\nline\r\nCRLF\rCR\ttab "
    + "\u{1}\u{8}\u{B}\u{1F} ctrl \u{202E}override\u{202C} עברית مرحبا 😀👩🏽‍🔬 ]]> -- end"

  /// ``hostileText`` as XML 1.0 can carry it: forbidden controls become U+FFFD.
  package static let hostileTextInXML = hostileText.unicodeScalars.reduce(into: "") {
    result, scalar in
    let forbidden = scalar.value < 0x20 && ![0x9, 0xA, 0xD].contains(scalar.value)
    result.unicodeScalars.append(forbidden ? "\u{FFFD}" : scalar)
  }

  /// A graph whose every text is ``hostileText``, including a node id that is no XML name.
  ///
  /// `text` replaces it in plain text fields, `structured` in lists and records
  /// (which XML formats carry as JSON text, where control characters survive as escapes).
  package static func hostile(
    _ text: String = hostileText, structured: String = hostileText
  ) -> KnowledgeGraph {
    do {
      return try KnowledgeGraph(
        article: Article(id: "hostile", title: text),
        sections: [Section(id: "s", title: structured)],
        claims: [
          Claim(
            id: "hostile-claim", statement: text, strength: .uncertain, section: "s",
            about: ["odd id <&>", "end"],
            relations: [Relation(subject: "odd id <&>", predicate: structured, object: "end")],
            citations: [
              Citation(source: "hostile-source", stance: .contradicts, locator: structured)
            ],
            note: text, suppressions: [Suppression(rule: "r", reason: structured)])
        ],
        sources: [
          Source(
            id: "hostile-source", type: .book, title: text,
            authors: [structured, "O'Brien \"Jr\""],
            venue: text, url: "https://example.org/?a=1&b=<2>", mentionedAs: text, note: text)
        ],
        entities: [
          Entity(
            id: "odd id <&>", kind: .molecule, name: text, aliases: [structured, ""],
            category: text,
            description: text),
          Entity(id: "end", kind: .condition, name: "end"),
        ])
    } catch {
      preconditionFailure("the hostile graph builds: \(error)")
    }
  }

  /// The package root, found from this file's path.
  package static let packageRoot = URL(fileURLWithPath: Fixture.packageRoot)

  /// The bytes of an export.
  package static func export(_ format: ExportFormat, _ graph: KnowledgeGraph) throws -> [UInt8] {
    try format.exporter.bytes(of: GraphSelection(graph))
  }
}
