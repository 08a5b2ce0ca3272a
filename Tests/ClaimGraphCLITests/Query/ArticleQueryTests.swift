import ClaimGraph
import ClaimGraphFormatsTestSupport
import ClaimGraphTestSupport
import Foundation
import Testing

/// The researcher's questions, asked of the article's graph.
@Suite struct ArticleQueryTests {
  static let graph = ArticleFixture.loaded.graph

  static func ids(_ text: String) throws -> [String] {
    Self.graph.claims(matching: try Query(parsing: text)).map(\.id.rawValue)
  }

  /// "Which claims rest on PET evidence?", answered from the article's own words.
  ///
  /// The claims with a supporting citation, made by the text (not inferred), whose quoted
  /// passage — the citation's or the claim's — names PET. Derived here from the anchors,
  /// independently of the method entities and of how the query engine resolves methods.
  @Test func whichClaimsRestOnPETEvidence() throws {
    let graph = Self.graph
    let text = try #require(graph.text)
    func namesPET(_ passage: String) -> Bool {
      let words = passage.split { !$0.isLetter }
      return words.contains("PET") || passage.lowercased().contains("positron emission tomography")
    }
    func found(_ matches: [QuoteMatch]) -> [String] {
      matches.flatMap(\.spans).map { text.excerpt($0.start..<$0.end) }
    }
    let grounding = try #require(graph.grounding)
    let expected = graph.claims.filter { claim in
      let claimPassages = found(grounding.matches(ofClaim: claim.id))
      // Evidence the claim's own sentence describes, in words that name PET.
      let stated = claim.evidence.indices.contains { offset in
        found(grounding.matches(ofEvidence: offset, of: claim.id)).contains(where: namesPET)
      }
      return stated
        || claim.citations.enumerated().contains { offset, citation in
          guard citation.stance == .supports, !citation.isInferred, citation.methods != [] else {
            return false
          }
          let passages = found(grounding.matches(ofCitation: offset, of: claim.id))
          return (passages + claimPassages).contains(where: namesPET)
        }
    }.map(\.id.rawValue)
    #expect(expected.count >= 8)
    #expect(try Self.ids("method:pet") == expected)
    #expect(try Self.ids("method:PET") == expected)
    #expect(try Self.ids("method:\"positron emission tomography\"") == expected)
  }

  /// Naloxone evidence the text describes without naming a study is found too: the PAG and
  /// PTSD sentences cite no one, so the claims stay uncited.
  @Test func naloxoneEvidenceTheTextDescribesWithoutAStudy() throws {
    let found = try Self.ids("method:naloxone-blockade")
    let stated = [
      "naloxone-blocks-pag-stimulation-analgesia", "ptsd-stress-analgesia-is-naloxone-reversible",
    ]
    #expect(Set(stated).isSubset(of: found))
    #expect(
      stated.compactMap { Self.graph.claim(NodeID($0)) }.allSatisfy { !Self.graph.isCited($0) })
    #expect(try Self.ids("cited:no method:naloxone-blockade") == stated)
    #expect(try Self.ids("method:pet").count == 15)
  }

  @Test func uncertainClaimsAboutPTSD() throws {
    #expect(
      try Self.ids("strength:uncertain condition:ptsd") == [
        "blunted-opioid-response-may-cause-hyperarousal-pain-sensitivity",
        "exaggerated-opioid-response-may-cause-numbing-dissociation",
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

  /// The mouse study backs only what the article ties to it; where it is the encoder's
  /// inference (the "recent research" appeals), it is no answer to `source:`.
  @Test func theMouseStudyBacksWhatTheArticleTiesToIt() throws {
    #expect(
      try Self.ids("source:fuss-2015") == [
        "endocannabinoids-may-outweigh-endorphins-in-runners-high",
        "fuss-2015-running-effects-blocked-by-cannabinoid-antagonists",
        "fuss-2015-running-effects-not-blocked-by-naloxone",
      ])
    #expect(try Self.ids("source:fuss-2015 stance:contradicts") == [])
    let inferred = Self.graph.claims.filter { claim in
      claim.citations.contains { $0.source == "fuss-2015" && $0.isInferred }
    }
    #expect(!inferred.isEmpty)
    #expect(Set(inferred.map(\.id.rawValue)).isDisjoint(with: try Self.ids("source:fuss-2015")))
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
