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

  /// Counts a graph.
  ///
  /// A claim counts as *cited* when at least one of its citations supports it and names
  /// a source that exists; merely mentioning or contradicting sources leave it uncited.
  public init(_ graph: KnowledgeGraph) {
    var nodeCounts: [NodeKind: Int] = [.claim: graph.claims.count, .source: graph.sources.count]
    for entity in graph.entities { nodeCounts[entity.kind, default: 0] += 1 }
    nodes = NodeKind.allCases.map { ($0, nodeCounts[$0] ?? 0) }

    var edgeCounts: [EdgeKind: Int] = [:]
    var strengthCounts: [EvidenceStrength: Int] = [:]
    for edge in graph.edges {
      edgeCounts[edge.kind, default: 0] += 1
      if let strength = edge.strength { strengthCounts[strength, default: 0] += 1 }
    }
    edges = EdgeKind.allCases.map { ($0, edgeCounts[$0] ?? 0) }
    edgesByStrength = EvidenceStrength.allCases.map { ($0, strengthCounts[$0] ?? 0) }

    var claimCounts: [EvidenceStrength: Int] = [:]
    var cited = 0
    for claim in graph.claims {
      claimCounts[claim.strength, default: 0] += 1
      if graph.isCited(claim) { cited += 1 }
    }
    claimsByStrength = EvidenceStrength.allCases.map { ($0, claimCounts[$0] ?? 0) }
    citedClaims = cited
    uncitedClaims = graph.claims.count - cited
    listedSources = graph.sources.count { $0.isListed }
    unlistedSources = graph.sources.count - listedSources
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
    ].joined(separator: "\n")
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
