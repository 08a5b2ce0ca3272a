import ClaimGraph
import ClaimGraphFormats
import ClaimGraphFormatsTestSupport
import ClaimGraphProject
import ClaimGraphTestSupport
import Foundation
import Testing

/// Searching forgives what anchors forgive, finds every DOI, takes `query`'s prefixes in
/// `show`, lists claims, refuses a query over entities that can never match, and exits 1
/// when nothing matches.
@Suite struct ForgivingSearchTests {
  static var graph: KnowledgeGraph { ArticleFixture.loaded.graph }

  static func run(_ arguments: [String]) -> CommandResult {
    runCommand(arguments + ["--graph", Fixture.articleGraph])
  }

  static func ids(_ text: String) throws -> [NodeID] {
    graph.claims(matching: try Query(parsing: text)).map(\.id)
  }

  @Test func textTermsMatchThroughTheQuotesNormalization() throws {
    let beta = try Self.ids("beta-endorphin")
    #expect(beta.count > 10)
    #expect(try Self.ids("β-endorphin") == beta)
    #expect(try Self.ids("Β-ENDORPHIN") == beta)
    #expect(try Self.ids("beta‑endorphin") == beta)  // a non-breaking hyphen
    let runners = try Self.ids("runner's high")
    #expect(!runners.isEmpty)
    #expect(try Self.ids("runner’s high") == runners)
    #expect(try Self.ids("\"runner’s   high\"") == runners)
    let result = Self.run(["query", "β-endorphin", "--ids-only"])
    #expect(result.stdout == beta.map { $0.rawValue + "\n" }.joined())
  }

  @Test func textTermsMatchNFDAndTypographicTextInStatements() throws {
    let graph = try KnowledgeGraph(claims: [
      Claim(id: "a", statement: "The cafe\u{301}’s “β–endorphin” story", strength: .established),
      Claim(id: "b", statement: "Nothing here", strength: .uncertain),
    ])
    for text in ["café's", "\"beta-endorphin\"", "CAFÉ", "cafe\u{301}", "β-endorphin"] {
      #expect(
        graph.claims(matching: .term(.text(text))).map(\.id) == ["a"], "\(text)")
    }
  }

  @Test func everyDOIAndPMIDInTheGraphFindsItsSource() throws {
    let lookup = NodeLookup(graph: Self.graph)
    var checked = 0
    for source in Self.graph.sources {
      let identifiers = [
        source.doi, source.enrichment?.doi, source.pmid, source.enrichment?.pmid,
      ].compactMap { $0 }
      for identifier in identifiers {
        #expect(lookup.resolve(identifier, in: .sources).nodeIDs == [source.id], "\(identifier)")
        checked += 1
      }
      if let doi = source.doi ?? source.enrichment?.doi {
        for written in ["doi:\(doi)", "https://doi.org/\(doi)", doi.uppercased()] {
          #expect(lookup.resolve(written, in: .sources).nodeIDs == [source.id], "\(written)")
        }
      }
    }
    #expect(checked >= 4)
    let show = Self.run(["show", "https://doi.org/10.1093/cercor/bhn013"])
    #expect(show.stdout.hasPrefix("source boecker-2008\n"))
  }

  @Test func showTakesTheNamesAndPrefixesQueryTakes() throws {
    let graph = Self.graph
    #expect(try ClaimGraphProject.show("method:pet", in: graph).hasPrefix("method pet\n"))
    #expect(
      try ClaimGraphProject.show("source:boecker", in: graph).hasPrefix("source boecker-2008\n"))
    #expect(
      try ClaimGraphProject.show("author:boecker", in: graph).hasPrefix("source boecker-2008\n"))
    #expect(
      try ClaimGraphProject.show("region:pag", in: graph).hasPrefix("region periaqueductal-gray\n"))
    #expect(try ClaimGraphProject.show("section:faq", in: graph).hasPrefix("section faq\n"))
    #expect(
      try ClaimGraphProject.show("β-endorphin", in: graph).hasPrefix("molecule beta-endorphin\n"))
    let wrongKind = Self.run(["show", "region:pet"])
    #expect(wrongKind.status == 2)
    #expect(wrongKind.stderr.contains("no region is named 'pet'; 'pet' is a method"))
  }

  @Test func listClaimsOfASectionOrAnArticle() throws {
    let faq = Self.run(["list", "claims", "--section", "faq"])
    #expect(faq.status == 0)
    let expected = Self.graph.claims.filter { $0.section == "faq" }
    #expect(!expected.isEmpty)
    #expect(
      faq.stdout
        == expected.map { "\($0.id) [\($0.strength.rawValue)]\n  \($0.statement)\n" }.joined())
    let all = Self.run(["list", "claims", "--article", "endorphins", "--format", "json"])
    let object = try #require(
      try JSONSerialization.jsonObject(with: Data(all.stdout.utf8)) as? [String: Any])
    #expect((object["claims"] as? [Any])?.count == Self.graph.claims.count)
    let wrong = Self.run(["list", "claims", "--section", "fq"])
    #expect(wrong.status == 2)
    #expect(wrong.stderr == "error: no section has the id 'fq'; did you mean 'faq'?\n")
    let article = Self.run(["list", "claims", "--article", "x"])
    #expect(article.stderr == "error: no article has the id 'x'; expected one of: endorphins\n")
    let misplaced = Self.run(["list", "sources", "--section", "faq"])
    #expect(misplaced.status == 2)
    #expect(misplaced.stderr == "error: --section and --article apply to claims, not sources\n")
  }

  @Test func aQueryOverEntitiesAskingForTwoKindsAtOnceIsAnError() {
    let result = Self.run(["query", "--nodes", "entities", "region:* method:pet"])
    #expect(result.status == 2)
    #expect(
      result.stderr == """
        query:1:10: error: an entity has one kind, so no entity is both a region and a method; \
        join them with OR, or select claims rather than entities to find the claims about both
          region:* method:pet
                   ^

        """)
    #expect(Self.run(["query", "--nodes", "entities", "region:* OR method:pet"]).status == 0)
    #expect(Self.run(["query", "region:* method:pet", "--count"]).status == 0)
  }

  @Test func aQueryThatMatchesNothingExitsOneLikeGrep() {
    let none = Self.run(["query", "zzzz-no-such-words"])
    #expect(none.status == 1)
    #expect(none.stdout == "0 claims\n")
    #expect(Self.run(["query", "zzzz-no-such-words", "--exit-zero"]).status == 0)
    #expect(Self.run(["query", "zzzz-no-such-words", "--count"]).status == 1)
    #expect(Self.run(["query", "method:pet", "--count"]).status == 0)
  }
}
