import ClaimGraph
import ClaimGraphTestSupport
import ClaimGraphYAML
import Foundation

/// Helpers shared by the lint tests.
package enum LintFixture {
  /// A small graph with no findings at all: every other fixture changes one thing in it.
  package static let clean = """
    sections:
      - id: s
        title: S
    methods:
      - id: pet
        name: PET
      - id: animal-model
        name: Animal model
    molecules:
      - id: beta-endorphin
        name: Beta-endorphin
    sources:
      - id: a-2008
        type: primary_research
        title: Study A
        authors: [Author A]
        year: 2008
        doi: 10.1000/a
        methods: [pet]
      - id: b-2010
        type: primary_research
        title: Study B
        authors: [Author B]
        year: 2010
        pmid: "12345"
        methods: [pet, animal-model]
    claims:
      - id: c
        statement: Beta-endorphin binds receptors.
        strength: established
        section: s
        about: [beta-endorphin]
        citations:
          - source: a-2008
            methods: [pet]
          - source: b-2010

    """

  /// The article text of the anchored fixture (`a.txt`), with its reference list.
  package static let article = """
    A
    S
    Beta-endorphin binds receptors in a PET study by Author A and in work by Author B.
    Nothing else is claimed here.
    References
    Author A (2008). Study A.
    Author B (2010). Study B.

    """

  /// The clean fixture with an article text: the claim and its citations quote it, the
  /// sources quote their entries in the reference list, and the closing remark is listed as
  /// unclaimed.
  package static let anchored =
    "article:\n  id: a\n  title: A\n  text: a.txt\n"
    + clean
    .replacing(
      "sections:\n  - id: s\n    title: S\n",
      with: "sections:\n  - id: s\n    title: S\n  - id: r\n    title: References\n"
    )
    .replacing(
      "    doi: 10.1000/a\n", with: "    doi: 10.1000/a\n    quote: \"Author A (2008). Study A.\"\n"
    )
    .replacing(
      "    pmid: \"12345\"\n",
      with: "    pmid: \"12345\"\n    quote: \"Author B (2010). Study B.\"\n"
    )
    .replacing(
      """
          about: [beta-endorphin]
          citations:
            - source: a-2008
              methods: [pet]
            - source: b-2010

      """,
      with: """
            quote: "Beta-endorphin binds receptors"
            about: [beta-endorphin]
            citations:
              - source: a-2008
                methods: [pet]
                quote: "a PET study by Author A"
              - source: b-2010
                methods: []
                quote: "work by Author B"

        """)
    + "unclaimed:\n  - quote: \"Nothing else is claimed here.\"\n    reason: A closing remark.\n"

  /// The anchored fixture with `old` replaced by `new` (which must occur).
  package static let citations = """
        citations:
          - source: a-2008
            methods: [pet]
          - source: b-2010

    """
  package static let onlyA = """
        citations:
          - source: a-2008
            methods: [pet]

    """

  package static func anchored(replacing old: String, with new: String) -> String {
    precondition(anchored.contains(old), "the anchored fixture does not contain \(old)")
    return anchored.replacing(old, with: new)
  }

  /// The findings of linting `g.yaml` beside the article text `a.txt` in a temporary
  /// folder; locations are given by file name alone.
  package static func findings(
    _ yaml: String, article: String, configuration: LintConfiguration = .init()
  ) throws -> [Diagnostic] {
    let folder = try TemporaryDirectory("lint-anchored")
    defer { folder.remove() }
    try folder.write(yaml, to: "g.yaml")
    try folder.write(article, to: "a.txt")
    let report = Linter(configuration: configuration).lint(
      GraphLoader().load(directory: folder.path), currentYear: 2026)
    return report.findings.map { finding in
      var finding = finding
      if let file = finding.location?.file {
        finding.location?.file = (file as NSString).lastPathComponent
      }
      finding.message = finding.message.replacingOccurrences(of: folder.path + "/", with: "")
      return finding
    }
  }

  /// Loads documents given as (file, text) pairs.
  package static func load(_ documents: [(String, String)]) -> LoadedGraph {
    GraphLoader().load(documents: documents.map { (file: $0.0, text: $0.1) })
  }

  /// Lints one document named `g.yaml`.
  package static func lint(
    _ yaml: String, configuration: LintConfiguration = .init(), baseline: Baseline? = nil
  ) -> LintReport {
    Linter(configuration: configuration).lint(
      load([("g.yaml", yaml)]), baseline: baseline, currentYear: 2026)
  }

  /// The clean fixture with `old` replaced by `new` (which must occur).
  package static func clean(replacing old: String, with new: String) -> String {
    precondition(clean.contains(old), "the clean fixture does not contain \(old)")
    return clean.replacing(old, with: new)
  }

  /// The text of a fixture file under `Fixtures/Lint/`.
  package static func text(_ name: String) throws -> String {
    try String(contentsOf: url(name), encoding: .utf8)
  }

  /// The URL of a fixture file under `Fixtures/Lint/`.
  package static func url(_ name: String) -> URL {
    URL(fileURLWithPath: Fixture.path("Lint/\(name)"))
  }
}
