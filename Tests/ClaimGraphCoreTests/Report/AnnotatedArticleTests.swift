import ClaimGraph
import Testing

/// The article cut into runs for the report, and how claims are backed.
@Suite struct AnnotatedArticleTests {
  static let text = """
    A Title
    Intro sentence with no claim. Another one.
    Basics
    Alpha binds beta strongly, says Smith. Gamma is unclear here.
    - Delta is a myth that people repeat.
    References
    Smith J. A paper. 2020.

    """

  /// Overlapping quotes, words invoking a source, an uncovered sentence, an unclaimed one, a bullet, headings and a
  /// reference-list entry; claims backed every way there is.
  static let graph: KnowledgeGraph = {
    do {
      return try KnowledgeGraph(
        article: Article(id: "a", title: "A Title"),
        sections: [
          Section(id: "basics", title: "Basics"), Section(id: "references", title: "References"),
        ],
        claims: [
          Claim(
            id: "c1", statement: "Alpha binds beta.", strength: .established, section: "basics",
            citations: [Citation(source: "smith", quotes: [TextQuote("says Smith")])],
            quotes: [TextQuote("Alpha binds beta")]),
          Claim(
            id: "c2", statement: "Beta is strong.", strength: .uncertain, section: "basics",
            citations: [Citation(source: "smith", isInferred: true)],
            quotes: [TextQuote("beta strongly")]),
          Claim(
            id: "c3", statement: "Delta is real.", strength: .refuted, section: "basics",
            quotes: [TextQuote("Delta is a myth")]),
          Claim(
            id: "c4", statement: "Studies say so.", strength: .established,
            citations: [Citation(source: "studies")]),
          Claim(
            id: "c5", statement: "Delta is real, says Smith.", strength: .refuted,
            citations: [Citation(source: "smith", stance: .contradicts)]),
        ],
        sources: [
          Source(
            id: "smith", type: .primaryResearch, title: "A paper", authors: ["Smith J"],
            year: 2020, quotes: [TextQuote("Smith J. A paper. 2020.")]),
          Source(id: "studies", type: .other, title: "Some studies", isListed: false),
        ],
        text: ArticleText(
          path: "article.txt", text: text,
          unclaimed: [UnclaimedPassage(quote: TextQuote("Another one."), reason: "filler")]))
    } catch {
      preconditionFailure("the fixture builds: \(error)")
    }
  }()

  /// Each block as `kind@line section: [run kind] text | …`.
  private func described(_ annotation: AnnotatedArticle) -> [String] {
    annotation.blocks.map { block in
      let runs = block.runs.map { run -> String in
        let kind: String
        switch run.kind {
        case .passage(let claims): kind = claims.map(\.rawValue).joined(separator: ",")
        case .reference(let source): kind = "ref " + source.rawValue
        case .citation(let sources):
          kind = "cites " + sources.map(\.rawValue).joined(separator: ",")
        case .uncovered: kind = "uncovered"
        case .unclaimed(let reason): kind = "unclaimed " + reason
        case .plain: kind = "plain"
        }
        return "[\(kind)] \(annotation.text(of: run))"
      }
      return "\(block.kind)@\(block.line) \(block.section ?? "-"): "
        + runs.joined(separator: " | ")
    }
  }

  @Test func theTextIsCutIntoRunsThatTheSameClaimsState() throws {
    let annotation = try #require(AnnotatedArticle(Self.graph))
    #expect(
      described(annotation) == [
        "title@1 -: [plain] A Title",
        "paragraph@2 -: [uncovered] Intro sentence with no claim. | [plain]   | "
          + "[unclaimed filler] Another one.",
        "heading@3 basics: [plain] Basics",
        "paragraph@4 basics: [c1] Alpha binds  | [c1,c2] beta | [c2]  strongly | [plain] ,  | "
          + "[cites smith] says Smith | [plain] .  | [uncovered] Gamma is unclear here.",
        "bullet@5 basics: [c3] Delta is a myth | [plain]  that people repeat.",
        "heading@6 references: [plain] References",
        "paragraph@7 references: [ref smith] Smith J. A paper. 2020.",
      ])
    #expect(annotation.text(of: annotation.blocks[4]) == "Delta is a myth that people repeat.")
    #expect(annotation.blocks[3].runs[1].claims == ["c1", "c2"])
  }

  @Test func aGraphWithoutTextHasNoAnnotation() throws {
    let graph = try KnowledgeGraph(claims: Self.graph.claims, sources: Self.graph.sources)
    #expect(AnnotatedArticle(graph) == nil)
  }

  @Test func backingFollowsTheBackingCitations() {
    let graph = Self.graph
    let backings = graph.claims.map { "\($0.id): \(graph.backing(of: $0))" }
    #expect(
      backings == [
        // Cited and anchored by a listed source.
        "c1: listed",
        // An inferred citation is no evidence.
        "c2: none",
        // A myth nobody is cited against.
        "c3: none",
        // Only a study the reference list lacks (the claim quotes nothing, so its
        // citation is taken as authored).
        "c4: unlisted",
        // A myth a listed study contradicts.
        "c5: listed",
      ])
    #expect(graph.claims.map(graph.isCited) == [true, false, false, true, true])
    #expect(ClaimBacking.allCases.sorted() == [.none, .unlisted, .listed])
  }
}
