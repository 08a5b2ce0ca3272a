import ClaimGraph

/// How query, show and path print claims, citations and entities.
package enum ClaimRendering {
  /// A claim for `--format json`: id, statement and strength (the contract), then its
  /// article, section, about, citations and the methods its own sentence describes
  /// (`evidence`, by id).
  package static func json(_ claim: Claim, in graph: KnowledgeGraph) -> JSONValue {
    .object([
      (ModelField.id.key, .string(claim.id.rawValue)),
      (ModelField.statement.key, .string(claim.statement)),
      (ModelField.strength.key, .string(claim.strength.rawValue)),
      (ModelField.article.key, .optional(claim.article)),
      (ModelField.section.key, .optional(claim.section)),
      (ModelField.about.key, .array(aboutIDs(claim, in: graph).map { .string($0.rawValue) })),
      (ModelField.citations.key, .array(claim.citations.map { json($0, in: graph) })),
      ("evidence", .array(claim.evidence.map { .string($0.method.rawValue) })),
    ])
  }

  /// Stated evidence: `stated in the text: Naloxone blockade {naloxone-blockade, method}`.
  package static func text(_ stated: StatedEvidence, in graph: KnowledgeGraph) -> String {
    "\(SummaryRow.statedNote): " + entityText(stated.method, in: graph)
  }

  /// A claim's heading line in text listings: `id [strength]`, and in a library of several
  /// articles the claim's article: `id [strength] in mood`.
  package static func heading(_ claim: Claim, in graph: KnowledgeGraph) -> String {
    let article = graph.articles.count > 1 ? claim.article.map { " in \($0)" } ?? "" : ""
    return "\(claim.id) [\(claim.strength.rawValue)]\(article)"
  }

  /// A citation: the source, its listing, the methods in effect and the stance; whether
  /// it is inferred, and its quotes (with where they are, when `matches` are given).
  package static func json(
    _ citation: Citation, in graph: KnowledgeGraph, matches: [QuoteMatch]? = nil
  ) -> JSONValue {
    let source = graph.source(citation.source)
    var members: [(String, JSONValue)] = [
      (ModelField.source.key, .string(citation.source.rawValue)),
      (ModelField.label.key, .optional(source?.shortLabel)),
      (ModelField.listed.key, source.map { .bool(graph.isListed($0)) } ?? .null),
      (ModelField.methods.key, .array(graph.methods(of: citation).map { .string($0.rawValue) })),
      (ModelField.stance.key, .string(citation.stance.rawValue)),
    ]
    if let locator = citation.locator { members.append((ModelField.locator.key, .string(locator))) }
    if citation.isInferred { members.append((ModelField.inferred.key, .bool(true))) }
    if !citation.quotes.isEmpty {
      members.append(("quotes", .array(TextQuote.json(citation.quotes, matches))))
    }
    return .object(members)
  }

  /// `Graph/article.txt:18:1 "Research consistently links …"`: where a quote is and the
  /// text there, or why it cannot be placed.
  package static func passage(_ quote: TextQuote, _ match: QuoteMatch, in text: ArticleText)
    -> String
  {
    switch match {
    case .found(let span):
      return "\(text.path):\(span.line):\(span.column) \"\(text.excerpt(span.start..<span.end))\""
    case .ambiguous(let spans):
      let places = spans.map { "\($0.line):\($0.column)" }.joined(separator: ", ")
      return "\"\(quote.exact)\" (occurs \(spans.count) times in \(text.path): \(places))"
    case .notFound:
      return "\"\(quote.exact)\" (not in \(text.path): the quote is stale)"
    }
  }

  /// The entities a claim is about, including those its relations name.
  package static func aboutIDs(_ claim: Claim, in graph: KnowledgeGraph) -> [NodeID] {
    graph.edges(from: claim.id, kind: .about).map(\.target)
  }

  /// What marks an inferred citation in text output.
  package static let inferredMark = "[inferred: not evidence]"

  /// `Boecker et al. 2008 [unlisted] (pet; supports)`, for text output.
  package static func text(_ citation: Citation, in graph: KnowledgeGraph) -> String {
    let source = graph.source(citation.source)
    let label = source.map { "\($0.shortLabel) {\($0.id)}" } ?? "\(citation.source) {missing}"
    let listing = source.map(graph.isListed) == false ? " [unlisted]" : ""
    let details = graph.methods(of: citation).map(\.rawValue) + [citation.stance.rawValue]
    let locator = citation.locator.map { ", \($0)" } ?? ""
    let inferred = citation.isInferred ? " " + inferredMark : ""
    return "\(label)\(listing) (\(details.joined(separator: ", "))\(locator))\(inferred)"
  }

  /// `Periaqueductal gray {periaqueductal-gray, region}`.
  package static func entityText(_ id: NodeID, in graph: KnowledgeGraph) -> String {
    guard let entity = graph.entity(id) else { return "\(id) {missing}" }
    return "\(entity.name) {\(entity.id), \(entity.kind.rawValue)}"
  }
}
