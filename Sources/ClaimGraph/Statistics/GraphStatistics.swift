/// Counts that summarise a graph: nodes by kind, edges by kind and strength, claims by
/// strength and citation, sources by listing.
public struct GraphStatistics: Hashable, Sendable {
  /// Nodes per kind, every kind present (zero when absent), in ``NodeKind`` order.
  public let nodes: [(NodeKind, Int)]
  /// Edges per kind, every kind present, in ``EdgeKind`` order.
  public let edges: [(EdgeKind, Int)]
  /// Edges per strength of the claim that induced them (`uses-method` edges have none).
  public let edgesByStrength: [(EvidenceStrength, Int)]
  /// Claims per strength, in ``EvidenceStrength`` order.
  public let claimsByStrength: [(EvidenceStrength, Int)]
  /// Claims with at least one citation that supports them.
  public let citedClaims: Int
  /// Claims without a supporting citation.
  public let uncitedClaims: Int
  /// Sources in the article's reference list.
  public let listedSources: Int
  /// Sources the text invokes but the reference list lacks.
  public let unlistedSources: Int
  /// Each article's claims, by strength and citation, in ``KnowledgeGraph/articles`` order.
  public let articles: [ArticleCounts]

  /// One article's claims: how many, by strength, and how many are cited.
  public struct ArticleCounts: Hashable, Sendable {
    /// The article's id.
    public let article: String
    /// Claims per strength, in ``EvidenceStrength`` order.
    public let claimsByStrength: [EvidenceStrength: Int]
    /// Claims with at least one citation that backs them.
    public let cited: Int
    /// Every claim of the article.
    public var claims: Int { claimsByStrength.values.reduce(0, +) }
  }

  /// Counts a graph.
  ///
  /// A claim counts as *cited* when at least one of its citations supports it and names
  /// a source that exists; merely mentioning or contradicting sources leave it uncited.
  ///
  /// - Complexity: O(*n* + *e*) over small integers: the graph resolved every citation and
  ///   edge when it was built, so nothing is hashed and no node or edge is copied.
  public init(_ graph: KnowledgeGraph) {
    // Read in place from the graph's storage: copying a node retains every string in it.
    let entities = graph.entities.span
    var kinds: [NodeKind] = []
    kinds.reserveCapacity(entities.count)
    for offset in entities.indices { kinds.append(entities[offset].kind) }
    let entityKinds = Self.tally(kinds)
    nodes = entityKinds.map { kind, count in
      switch kind {
      case .claim: (kind, graph.claims.count)
      case .source: (kind, graph.sources.count)
      case .article: (kind, graph.articles.count)
      default: (kind, count)
      }
    }
    edges = Self.tally(graph.edgeKinds)
    edgesByStrength = Self.tally(graph.edgeStrengths.lazy.compactMap { $0 })
    let claims = graph.claims.span
    var strengths: [EvidenceStrength] = []
    strengths.reserveCapacity(claims.count)
    for offset in claims.indices { strengths.append(claims[offset].strength) }
    claimsByStrength = Self.tally(strengths)
    citedClaims = graph.citationIndex.backings.count { $0 != .none }
    uncitedClaims = graph.claims.count - citedClaims
    // Listed as the texts confirm it (``KnowledgeGraph/isListed(_:)``).
    listedSources = graph.sources.indices.count { graph.isListed(sourceAt: $0) }
    unlistedSources = graph.sources.count - listedSources
    var perArticle = [(strengths: [EvidenceStrength: Int], cited: Int)](
      repeating: ([:], 0), count: graph.scopes.count)
    for (offset, scope) in graph.claimScopes.enumerated() where scope >= 0 {
      perArticle[Int(scope)].strengths[graph.claims[offset].strength, default: 0] += 1
      if graph.citationIndex.backings[offset] != .none { perArticle[Int(scope)].cited += 1 }
    }
    articles = zip(graph.scopes, perArticle).compactMap { scope, counts in
      scope.article.map {
        ArticleCounts(article: $0.id, claimsByStrength: counts.strengths, cited: counts.cited)
      }
    }
  }

  /// How many values there are of each case, every case present, in declaration order.
  private static func tally<Value: CaseIterable & Equatable>(
    _ values: some Sequence<Value>
  ) -> [(Value, Int)] {
    let cases = Array(Value.allCases)
    var counts = [Int](repeating: 0, count: cases.count)
    for value in values { counts[cases.firstIndex(of: value)!] += 1 }
    return zip(cases, counts).map { ($0, $1) }
  }

  /// A plain-text table for people.
  public var text: String {
    func rows(_ title: String, _ pairs: [(String, Int)]) -> String {
      let total = pairs.reduce(0) { $0 + $1.1 }
      let width = max(pairs.map(\.0.count).max() ?? 0, 5)
      let lines = pairs.map { name, count in
        "  \(name.padding(to: width))  \(String(count).leftPadded(to: 6))"
      }
      return "\(title) (\(total))\n" + lines.joined(separator: "\n") + "\n"
    }
    return [
      rows("Nodes", nodes.map { ($0.rawValue, $1) }),
      rows("Edges by kind", edges.map { ($0.rawValue, $1) }),
      rows("Edges by strength", edgesByStrength.map { ($0.rawValue, $1) }),
      rows("Claims by strength", claimsByStrength.map { ($0.rawValue, $1) }),
      rows("Claims by citation", [("cited", citedClaims), ("uncited", uncitedClaims)]),
      rows("Sources", [("listed", listedSources), ("unlisted", unlistedSources)]),
    ].joined(separator: "\n") + articleTable
  }

  /// Claims per article, for a library of several articles.
  private var articleTable: String {
    guard articles.count > 1 else { return "" }
    let width = max(articles.map(\.article.count).max() ?? 0, 7)
    var lines = ["", "Claims by article (\(articles.count) articles)"]
    lines.append(
      "  " + "article".padding(to: width) + "  claims  established  uncertain  refuted  cited")
    for counts in articles {
      let cells =
        [counts.claims] + EvidenceStrength.allCases.map { counts.claimsByStrength[$0] ?? 0 }
        + [counts.cited]
      let widths = [6, 11, 9, 7, 5]
      lines.append(
        "  " + counts.article.padding(to: width) + "  "
          + zip(cells, widths).map { String($0).leftPadded(to: $1) }.joined(separator: "  "))
    }
    return lines.joined(separator: "\n") + "\n"
  }

  /// Compares every count.
  public static func == (lhs: GraphStatistics, rhs: GraphStatistics) -> Bool {
    lhs.counts == rhs.counts
  }

  /// Hashes every count.
  public func hash(into hasher: inout Hasher) { hasher.combine(counts) }

  /// Every count, in the order of the properties (the names are fixed per position).
  private var counts: [Int] {
    nodes.map(\.1) + edges.map(\.1) + edgesByStrength.map(\.1) + claimsByStrength.map(\.1)
      + [citedClaims, uncitedClaims, listedSources, unlistedSources]
      + articles.flatMap { [$0.claims, $0.cited] }
  }
}

extension String {
  fileprivate func padding(to width: Int) -> String {
    count >= width ? self : self + String(repeating: " ", count: width - count)
  }

  fileprivate func leftPadded(to width: Int) -> String {
    count >= width ? self : String(repeating: " ", count: width - count) + self
  }
}
