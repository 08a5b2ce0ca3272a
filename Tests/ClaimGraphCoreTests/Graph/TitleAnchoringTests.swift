import ClaimGraph
import Testing

/// A citation of a listed source is anchored when the claim's quote restates its title
/// (issue 23 item 2): at least two thirds of the title's content words, and three or more.
@Suite struct TitleAnchoringTests {
  static let kennedy = Source(
    id: "kennedy-2006", type: .primaryResearch,
    title: "Reduced Mu-Opioid Receptor Availability in Major Depressive Disorder: A PET Study",
    authors: ["Kennedy SE"], year: 2006)
  static let manninen = Source(
    id: "manninen-2017", type: .primaryResearch,
    title: "Social Laughter Triggers Endogenous Opioid Release in Humans",
    authors: ["Manninen S"], year: 2017)

  static func anchor(_ source: Source, _ quote: String, listed: Bool = true) -> CitationAnchor? {
    var source = source
    source.isListed = listed
    let claim = Claim(
      id: "c", statement: "…", strength: .established,
      citations: [Citation(source: source.id)], quotes: [TextQuote(quote)])
    return claim.citations[0].anchor(for: claim, source: source)
  }

  @Test func restatedTitlesAnchor() {
    // 9 of 10 content words ("studies" is not "study").
    #expect(
      Self.anchor(
        Self.kennedy,
        "PET studies using radiolabeled opioid ligands have found reduced mu-opioid receptor availability in individuals with major depressive disorder"
      ) == .title)
    // 5 of 7.
    #expect(
      Self.anchor(Self.manninen, "social laughter triggers opioid release in the thalamus")
        == .title)
  }

  @Test func nearMissesDoNot() {
    // 3 of 7: under two thirds.
    #expect(Self.anchor(Self.manninen, "social laughter triggers endorphin effects") == nil)
    // 2 of 7.
    #expect(Self.anchor(Self.manninen, "social laughter increases pain tolerance") == nil)
    // 5 of 10, in another order: counted, but not enough.
    #expect(
      Self.anchor(Self.kennedy, "opioid receptor availability is reduced in depressive patients")
        == nil)
    // An unlisted source's title is the graph's paraphrase: it anchors nothing.
    #expect(
      Self.anchor(Self.manninen, "social laughter triggers opioid release", listed: false) == nil)
  }

  @Test func nameAndQuoteComeFirst() {
    #expect(Self.anchor(Self.manninen, "work by Manninen on social laughter") == .name)
    let claim = Claim(
      id: "c", statement: "…", strength: .established,
      citations: [Citation(source: "manninen-2017", quotes: [TextQuote("PET imaging")])],
      quotes: [TextQuote("x")])
    #expect(claim.citations[0].anchor(for: claim, source: Self.manninen) == .quote)
    var inferred = claim.citations[0]
    inferred.isInferred = true
    inferred.quotes = []
    #expect(inferred.anchor(for: claim, source: Self.manninen) == nil)
  }
}
