import ClaimGraph
import ClaimGraphFormats
import ClaimGraphFormatsTestSupport
import Testing

@Suite struct GraphSelectionTests {
  private let whole = GraphSelection(ExportFixtures.demo)

  @Test func wholeGraphSelectsEverything() {
    #expect(whole.isWholeGraph)
    #expect(whole.edges == ExportFixtures.demo.edges)
  }

  @Test func strengthKeepsThoseClaimsAndWhatTheyTouch() {
    let established = whole.restricted(toStrengths: [.established])
    #expect(
      established.nodes.map(\.id) == [
        "beta-endorphin-binds-mor", "boecker-2008", "mu-opioid-receptor", "beta-endorphin", "pet",
        "article:demo",
      ])
    #expect(
      established.edges.map(\.id) == [
        "about:beta-endorphin-binds-mor:beta-endorphin",
        "about:beta-endorphin-binds-mor:mu-opioid-receptor",
        "cites:beta-endorphin-binds-mor:boecker-2008",
        "relation:beta-endorphin-binds-mor:beta-endorphin:binds:mu-opioid-receptor",
        "evidence:beta-endorphin-binds-mor:pet", "uses-method:boecker-2008:pet",
        "in-article:beta-endorphin-binds-mor:article:demo",
      ])
    #expect(!established.isWholeGraph)
  }

  @Test func kindsKeepOnlyEdgesBetweenKeptNodes() {
    let entities = whole.restricted(toKinds: [.molecule, .receptor, .intervention])
    #expect(entities.nodes.map(\.id) == ["mu-opioid-receptor", "beta-endorphin", "exercise"])
    #expect(entities.edges.map(\.predicate) == ["binds", "triggers-release-of"])
  }

  @Test func filtersCompose() {
    let selection = whole.restricted(toStrengths: [.uncertain]).restricted(toKinds: [
      .claim, .source,
    ])
    #expect(
      selection.nodes.map(\.id) == [
        "exercise-releases-endorphins", "boecker-2008", "unlisted-pet-studies",
      ])
    #expect(selection.edges.map(\.stance) == [.supports, .contradicts])
  }

  @Test func claimsSeamIgnoresUnknownAndNonClaimIDs() {
    let selection = whole.restricted(toClaims: ["endorphins-cause-runners-high", "pain", "nope"])
    #expect(
      selection.nodes.map(\.id) == [
        "endorphins-cause-runners-high", "unlisted-pet-studies", "pain", "article:demo",
      ])
  }
}
