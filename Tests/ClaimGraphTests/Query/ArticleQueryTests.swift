import ClaimGraph
import Foundation
import Testing

/// The researcher's questions, asked of the article's graph.
@Suite struct ArticleQueryTests {
  static let graph = ArticleGraphTests.loaded.graph

  static func ids(_ text: String) throws -> [String] {
    Self.graph.claims(matching: try Query(parsing: text)).map(\.id.rawValue)
  }

  @Test func whichClaimsRestOnPETEvidence() throws {
    let expected = [
      "altered-opioid-function-linked-to-depression",
      "boecker-2008-pet-shows-opioid-release-after-endurance-run",
      "central-endorphin-release-linked-to-runners-high",
      "classic-endorphin-hypothesis-of-runners-high",
      "exercise-activates-endorphin-system",
      "faq-reduced-mor-availability-in-mdd",
      "faq-runners-high-involves-brain-endorphin-release",
      "fdpn-18f-is-opioid-receptor-pet-ligand",
      "laughter-activates-endorphin-system",
      "laughter-opioids-explain-humor-wellbeing-link",
      "opioid-release-during-rejection-buffers-distress",
      "opioid-signaling-altered-in-depression",
      "pet-direct-evidence-exercise-endorphin-release",
      "pet-direct-evidence-social-endorphin-release",
      "reduced-mor-availability-in-mdd-on-pet",
      "runner-opioid-release-correlates-with-euphoria",
      "social-connection-activates-endorphin-system",
      "social-laughter-releases-opioids-thalamus-caudate-insula",
      "social-touch-triggers-endorphin-release-pet",
    ]
    #expect(try Self.ids("method:pet") == expected)
    #expect(try Self.ids("method:PET") == expected)
    #expect(try Self.ids("method:\"positron emission tomography\"") == expected)

    // The definition, checked directly on the citations: a supporting citation whose
    // methods (or, when it names none, its source's methods) include PET.
    let direct = Self.graph.claims.filter { claim in
      claim.citations.contains { citation in
        let methods =
          citation.methods.isEmpty
          ? (Self.graph.source(citation.source)?.methods ?? []) : citation.methods
        return citation.stance == .supports && methods.contains("pet")
      }
    }
    #expect(direct.map(\.id.rawValue) == expected)
  }

  @Test func uncertainClaimsAboutPTSD() throws {
    #expect(
      try Self.ids("strength:uncertain condition:ptsd") == [
        "blunted-opioid-response-may-cause-hyperarousal-pain-sensitivity",
        "exaggerated-opioid-response-may-cause-numbing-dissociation",
        "post-trauma-numbing-benefits-from-trauma-informed-therapy",
        "post-trauma-numbing-may-involve-endorphin-dysregulation",
        "trauma-blunted-responses-may-reflect-endorphin-numbing",
        "trauma-may-dysregulate-endorphin-system",
      ])
    #expect(
      try Self.ids("strength:uncertain condition:ptsd")
        == Self.ids("strength:uncertain condition:\"post-traumatic stress disorder\""))
  }

  @Test func uncitedClaimsAreExactlyTheLintersUncitedClaims() throws {
    let uncited = try Self.ids("cited:no")
    #expect(uncited.count == GraphStatistics(Self.graph).uncitedClaims)
    #expect(uncited == Self.graph.claims.filter { !Self.graph.isCited($0) }.map(\.id.rawValue))
    #expect(Set(uncited).isDisjoint(with: try Self.ids("cited:yes")))
  }

  @Test func theMouseStudyContradictsTheEndorphinAccount() throws {
    #expect(
      try Self.ids("source:fuss-2015 stance:contradicts") == [
        "central-endorphin-release-linked-to-runners-high",
        "classic-endorphin-hypothesis-of-runners-high",
        "faq-runners-high-involves-brain-endorphin-release",
      ])
  }

  @Test func exportsNarrowToTheClaimsAQueryMatches() throws {
    let result = runCommand([
      "export", "--graph", Fixture.articleGraph, "--format", "json", "--query", "method:pet",
    ])
    #expect(result.status == 0)
    let json = try #require(
      try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any])
    let nodes = try #require(json["nodes"] as? [[String: Any]])
    let claims = nodes.filter { $0["kind"] as? String == "claim" }.compactMap {
      $0["id"] as? String
    }
    #expect(claims == (try Self.ids("method:pet")))
    #expect(nodes.contains { $0["id"] as? String == "pet" })

    let malformed = runCommand([
      "export", "--graph", Fixture.articleGraph, "--format", "dot", "--query", "method:",
    ])
    #expect(malformed.status == 2)
    #expect(malformed.stdout == "")
    #expect(malformed.stderr.hasPrefix("query:1:8: error: "))
  }
}
