import ClaimGraph
import ClaimGraphFormatsTestSupport
import ClaimGraphTestSupport
import Foundation
import Testing

/// `query`, `show`, `list` and `path` as a researcher uses them on the article's graph.
@Suite struct ResearcherCommandTests {
  static func run(_ arguments: [String]) -> CommandResult {
    runCommand(arguments + ["--graph", Fixture.articleGraph])
  }

  static func ids(_ query: String) throws -> [String] {
    try ArticleQueryTests.ids(query)
  }

  // MARK: - The query language has no silent traps

  @Test func operatorsWorkInAnyCaseAndAsSymbols() throws {
    let expected = try Self.ids("method:pet OR method:naloxone-blockade")
    #expect(expected.count > 15)
    for text in [
      "method:pet or method:naloxone-blockade", "method:pet || method:naloxone-blockade",
      "method:pet Or method:naloxone-blockade",
    ] {
      #expect(try Self.ids(text) == expected)
    }
    #expect(try Self.ids("method:pet and cited:yes") == Self.ids("method:pet cited:yes"))
    #expect(try Self.ids("method:pet && not listed:yes") == Self.ids("method:pet -listed:yes"))
    #expect(try Query(parsing: "\"or\"") == .term(.text("or")))
    #expect(Query.term(.text("and")).description == "\"and\"")
  }

  @Test func starIsAPrefixOrEverything() throws {
    #expect(try Self.ids("*").count == ArticleFixture.loaded.graph.claims.count)
    #expect(try Self.ids("endorph*") == Self.ids("endorph"))
    #expect(try Self.ids("about:periaq*") == Self.ids("about:periaqueductal-gray"))
    #expect(
      throws: QueryError(
        column: 4,
        message: "'*' works only at the end of a value, for a prefix (e.g. source:boeck*, "
          + "about:opioid*), or alone for everything")
    ) { try Query(parsing: "end*phin") }
  }

  @Test func aNameThatMatchesNothingIsAnErrorAtItsColumn() {
    let result = Self.run(["query", "method:pet OR region:amygdla"])
    #expect(result.status == 2)
    #expect(result.stdout == "")
    #expect(
      result.stderr == """
        query:1:22: error: no region is named 'amygdla'; did you mean 'amygdala'?
          method:pet OR region:amygdla
                               ^

        """)
    let kind = Self.run(["query", "method:exercise"])
    #expect(kind.status == 2)
    #expect(
      kind.stderr.hasPrefix(
        "query:1:8: error: no method is named 'exercise'; 'exercise' is an intervention\n"))
    let author = Self.run(["query", "author:boeker"])
    #expect(
      author.stderr.hasPrefix(
        "query:1:8: error: no source has an author named 'boeker'; did you mean 'Boecker'?\n"))
  }

  @Test func idAuthorAndSourcePrefixes() throws {
    #expect(
      try Self.ids("id:boecker-2008-pet-shows-opioid-release-after-endurance-run") == [
        "boecker-2008-pet-shows-opioid-release-after-endurance-run"
      ])
    #expect(try Self.ids("id:faq-*").allSatisfy { $0.hasPrefix("faq-") })
    let byBoecker = try Self.ids("source:boecker-2008")
    #expect(byBoecker.count == 5)
    #expect(try Self.ids("source:boecker") == byBoecker)
    #expect(try Self.ids("source:\"Boecker 2008\"") == byBoecker)
    #expect(try Self.ids("author:boecker") == byBoecker)
    #expect(
      try Self.ids("author:dunbar")
        == Self.ids("source:machin-dunbar-2011 OR source:dunbar-laughter-studies"))
  }

  @Test func limitCountAndIdsOnly() throws {
    let all = try Self.ids("method:pet")
    let count = Self.run(["query", "method:pet", "--count"])
    #expect(count.stdout == "\(all.count)\n")
    #expect(
      Self.run(["query", "method:pet", "--count", "--format", "json"]).stdout
        == "{\n  \"count\": \(all.count)\n}\n")
    let ids = Self.run(["query", "method:pet", "--ids-only"])
    #expect(ids.stdout == all.map { $0 + "\n" }.joined())
    let limited = Self.run(["query", "method:pet", "--limit", "2"])
    #expect(limited.stdout.hasPrefix(all[0] + " ["))
    #expect(limited.stdout.hasSuffix("showing 2 of \(all.count) claims\n"))
    let json = Self.run(["query", "method:pet", "--limit", "2", "--format", "json"])
    let object = try JSONSerialization.jsonObject(with: Data(json.stdout.utf8)) as? [String: Any]
    #expect(
      (object?["claims"] as? [[String: Any]])?.compactMap { $0["id"] as? String }
        == Array(all.prefix(2)))
    #expect(object?["total"] as? Int == all.count)
  }

  @Test func queriesOverSources() throws {
    let graph = ArticleFixture.loaded.graph
    let unlisted = graph.sources.filter { !$0.isListed }.map(\.id.rawValue)
    let result = Self.run(["query", "--nodes", "sources", "listed:no", "--ids-only"])
    #expect(result.status == 0)
    #expect(result.stdout == unlisted.map { $0 + "\n" }.joined())
    let pet = graph.sources(matching: try Query(parsing: "method:pet listed:yes")).map(\.id)
    #expect(pet == ["boecker-2008", "kennedy-2006"])
    let text = Self.run(["query", "--nodes", "sources", "author:boecker"])
    #expect(
      text.stdout
        == "boecker-2008 Boecker et al. 2008\n  The Runner's High: Opioidergic Mechanisms in the Human Brain\n"
        + "  cited by 5 claims, and 3 only by inferred citations (not evidence)\n1 source\n"
    )
    // A term about claims selects the sources those claims cite.
    let faq = graph.sources(matching: try Query(parsing: "section:faq method:pet")).map(\.id)
    #expect(faq.contains("faq-pet-endurance-exercise-studies"))
  }

  @Test func queriesOverEntities() throws {
    let graph = ArticleFixture.loaded.graph
    let regions = graph.entities.filter { $0.kind == .region }.map(\.id)
    #expect(graph.entities(matching: try Query(parsing: "region:*")).map(\.id) == regions)
    let result = Self.run([
      "query", "--nodes", "entities", "region:* section:runners-high", "--ids-only",
    ])
    #expect(result.stdout == "limbic-system\nprefrontal-cortex\n")
    let unknown = Self.run(["query", "--nodes", "entities", "id:amygdale"])
    #expect(unknown.status == 2)
    #expect(
      unknown.stderr.hasPrefix(
        "query:1:4: error: no entity is named 'amygdale'; did you mean 'amygdala'?"))
  }

  // MARK: - show and list

  @Test func showFindsSectionsSourcesByAuthorAndEntitiesByAlias() {
    let section = Self.run([
      "show", "Endorphins and Mental Health: Depression, Anxiety, and Beyond",
    ])
    #expect(section.status == 0)
    #expect(
      section.stdout.hasPrefix(
        """
        section mental-health
          Endorphins and Mental Health: Depression, Anxiety, and Beyond
        position: 3 of 13
        coverage: 18 of 18 factual sentences
        claims: 31 (9 cited)
        established claims: 25

        """))
    #expect(Self.run(["show", "Boecker 2008"]).stdout.hasPrefix("source boecker-2008\n"))
    // Which anchor holds each citation (issue 23): by quote, by name, by title.
    let mdd = Self.run(["show", "reduced-mor-availability-in-mdd-on-pet"]).stdout
    #expect(mdd.contains("(pet, supports) [anchored by quote]\n"))
    #expect(
      mdd.contains("  - Kennedy et al. 2006 {kennedy-2006} (pet, supports) [anchored by title]\n"))
    #expect(Self.run(["show", "PAG"]).stdout.hasPrefix("region periaqueductal-gray\n"))
    let json = Self.run(["show", "faq", "--format", "json"])
    #expect(json.stdout.hasPrefix("{\n  \"id\": \"faq\",\n  \"kind\": \"section\",\n"))
    let several = Self.run(["show", "opioid-*"])
    #expect(several.status == 2)
    #expect(several.stderr.hasPrefix("error: 'opioid-*' names several things: "))
  }

  @Test func listSectionsEntitiesAndSources() {
    let sections = Self.run(["list", "sections"])
    #expect(sections.status == 0)
    #expect(
      sections.stdout.hasPrefix(
        "what-are-endorphins What Are Endorphins? Understanding Your Brain's Natural Opioids, 19 claims\n"
      ))
    #expect(sections.stdout.split(separator: "\n").count == 13)
    let receptors = Self.run(["list", "entities", "--kind", "receptor"])
    #expect(receptors.stdout.split(separator: "\n").count == 5)
    #expect(receptors.stdout.contains("mu-opioid-receptor [receptor] Mu-opioid receptor"))
    let metaAnalyses = Self.run(["list", "sources", "--kind", "meta-analysis"])
    #expect(metaAnalyses.status == 0)
    let wrong = Self.run(["list", "entities", "--kind", "regoin"])
    #expect(wrong.status == 2)
    #expect(wrong.stderr == "error: unknown entity kind 'regoin'; did you mean 'region'?\n")
  }

  // MARK: - path

  @Test func pathGoesThroughEvidenceAndAvoidsTheHub() throws {
    let graph = ArticleFixture.loaded.graph
    let result = graph.evidencePaths(from: "mu-opioid-receptor", to: "major-depressive-disorder")
    #expect(result.avoidedHubs == ["endorphins"])
    #expect(result.paths.count == 5)
    #expect(!result.paths.contains { $0.nodes.contains("endorphins") })
    let first = try #require(result.paths.first)
    #expect(first.nodes == ["mu-opioid-receptor", "major-depressive-disorder"])
    #expect(first.steps[0].relation?.predicate == "associated-with")
    #expect(first.steps[0].isCited)
    #expect(first.steps[0].alternatives == ["reduced-mor-availability-in-mdd-on-pet"])
    // Cheapest first, and no path repeats a claim or takes a detour a claim short-cuts.
    #expect(result.paths.map(\.cost) == result.paths.map(\.cost).sorted())
    for path in result.paths {
      #expect(Set(path.steps.map(\.claim)).count == path.steps.count)
    }
  }

  @Test func pathLinksThroughASourceAndCanAvoidNodes() throws {
    let graph = ArticleFixture.loaded.graph
    let options = EvidencePaths.Options(limit: 3, avoid: ["endogenous-opioids", "buprenorphine"])
    let result = graph.evidencePaths(
      from: "mu-opioid-receptor", to: "major-depressive-disorder", options: options)
    #expect(
      !result.paths.contains {
        $0.nodes.contains("endogenous-opioids") || $0.nodes.contains("buprenorphine")
      })
    let fromSource = graph.evidencePaths(from: "boecker-2008", to: "exercise-induced-euphoria")
    let step = try #require(fromSource.paths.first?.steps.first)
    #expect(step.from == "boecker-2008")
    #expect(graph.claim(step.claim)?.citations.contains { $0.source == "boecker-2008" } == true)
  }

  @Test func pathPrintsWhetherEachStepIsCited() {
    let result = Self.run([
      "path", "mu-opioid receptor", "major depressive disorder", "--max", "1",
    ])
    #expect(result.status == 0)
    #expect(
      result.stdout == """
        Mu-opioid receptor {mu-opioid-receptor, receptor} → Major depressive disorder {major-depressive-disorder, condition}: 1 path, avoiding the hubs endorphins (120 claims) (--through-hubs allows them)

        1. established, every claim cited, 1 step
           Mu-opioid receptor {mu-opioid-receptor, receptor}
             — faq-reduced-mor-availability-in-mdd [established, cited] (major-depressive-disorder —associated-with→ mu-opioid-receptor): Changes in endogenous opioid function, among them lower mu-opioid receptor availability, have been found in people with major depressive disorder.
               also: reduced-mor-availability-in-mdd-on-pet
           Major depressive disorder {major-depressive-disorder, condition}

        """)
    let avoid = Self.run(["path", "pag", "depression", "--avoid", "nothing-here"])
    #expect(avoid.status == 2)
    #expect(avoid.stderr == "error: --avoid: no entity or source is named 'nothing-here'\n")
  }
}
