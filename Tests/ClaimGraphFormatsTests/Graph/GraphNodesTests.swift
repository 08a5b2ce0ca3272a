import ClaimGraph
import ClaimGraphFormats
import ClaimGraphFormatsTestSupport
import Testing

/// A graph's nodes, and a selection's, are views of the graph's lists: the same nodes in the
/// same order as the lists, without an array built for them.
@Suite struct GraphNodesTests {
  @Test func theNodesAreTheClaimsSourcesEntitiesThenArticles() {
    let graph = ArticleFixture.loaded.graph
    var lists: [NodeID] = graph.claims.map(\.id)
    lists += graph.sources.map(\.id)
    lists += graph.entities.map(\.id)
    lists += graph.articles.map { Node.article($0).id }
    #expect(graph.nodes.map(\.id) == lists)
    #expect(graph.nodes.count == graph.nodeCount)
    #expect(graph.nodes.last?.kind == .article)
    #expect(GraphSelection(graph).nodes.map(\.id) == lists)
    let claimsOnly = GraphSelection(graph).restricted(toKinds: [.claim])
    #expect(claimsOnly.nodes.map(\.id) == graph.claims.map(\.id))
  }
}
