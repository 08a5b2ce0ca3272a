import ClaimGraph
import Testing

@Suite struct EvidenceChainTests {
  private let graph = QueryFixture.graph

  @Test func listsEveryShortestChainStrongestFirst() {
    let result = graph.evidenceChains(from: "beta-endorphin", to: "depression")
    #expect(result.length == 2)
    #expect(result.total == 4)
    #expect(
      result.chains == [
        EvidenceChain(
          entities: ["beta-endorphin", "mu-opioid-receptor", "depression"],
          claims: ["be-binds-mor", "mor-low-in-depression"], weakest: .established),
        EvidenceChain(
          entities: ["beta-endorphin", "amygdala", "depression"],
          claims: ["be-release-seen-with-pet", "mor-low-in-depression"], weakest: .established),
        EvidenceChain(
          entities: ["beta-endorphin", "exercise", "depression"],
          claims: ["exercise-releases-be", "exercise-treats-depression"], weakest: .uncertain),
        EvidenceChain(
          entities: ["beta-endorphin", "exercise", "depression"],
          claims: ["runners-high-is-only-endorphins", "exercise-treats-depression"],
          weakest: .refuted),
      ])
  }

  @Test func limitKeepsTheStrongestAndCountsAll() {
    let result = graph.evidenceChains(from: "periaqueductal-gray", to: "ptsd", limit: 1)
    #expect(result.length == 3)
    #expect(result.total == 2)
    #expect(
      result.chains == [
        EvidenceChain(
          entities: ["periaqueductal-gray", "mu-opioid-receptor", "beta-endorphin", "ptsd"],
          claims: ["mor-in-pag", "be-binds-mor", "ptsd-opioid-dysregulation"], weakest: .uncertain)
      ])
  }

  @Test func directClaimIsAChainOfOne() {
    let result = graph.evidenceChains(from: "exercise", to: "depression")
    #expect(result.length == 1)
    #expect(result.chains.map(\.claims) == [["exercise-treats-depression"]])
  }

  @Test func unconnectedOrUnknownEntitiesHaveNoChain() {
    let none = EvidenceChains(from: "amygdala", to: "morphine", length: nil, total: 0, chains: [])
    #expect(graph.evidenceChains(from: "amygdala", to: "morphine") == none)
    #expect(graph.evidenceChains(from: "amygdala", to: "nothing").length == nil)
    #expect(graph.evidenceChains(from: "amygdala", to: "amygdala").length == nil)
  }

  @Test func entitiesAreNamedByIdNameOrAlias() {
    #expect(graph.entities(named: "PAG").map(\.id) == ["periaqueductal-gray"])
    #expect(graph.entities(named: "mu-opioid receptor").map(\.id) == ["mu-opioid-receptor"])
    #expect(graph.entities(named: "nothing").isEmpty)
  }
}
