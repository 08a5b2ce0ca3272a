import ClaimGraph

/// The claims and sources of one article of a library, as its report page shows them.
struct ReportScope {
  /// The article's claims, by id.
  let claims: [Claim]
  /// The sources its claims cite or its text quotes (its reference list), in the graph's
  /// order.
  let sources: [Source]
  /// The path of its text, if it has one: findings about no node located there (an
  /// uncovered sentence) are the article's.
  let textPath: String?

  init(_ graph: KnowledgeGraph, article: String) {
    claims = graph.claims(inArticle: article)
    var cited = Set<NodeID>()
    for claim in claims { for citation in claim.citations { cited.insert(citation.source) } }
    let grounding = graph.grounding(ofArticle: article)
    textPath = grounding?.text.path
    sources = graph.sources.filter { source in
      cited.contains(source.id) || !(grounding?.matches(ofSource: source.id).isEmpty ?? true)
    }
  }
}
