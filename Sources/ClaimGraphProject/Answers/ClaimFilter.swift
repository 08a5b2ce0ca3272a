import ClaimGraph
import ClaimGraphFormats

/// Which claims a command keeps.
///
/// Those a search expression matches, of some strengths, cited or not: every filter given
/// applies; none keeps every claim.
public struct ClaimFilter: Sendable, Hashable {
  /// A search expression, as `query` takes it.
  public var query: String?
  /// The strengths kept.
  public var strengths: Set<EvidenceStrength>?
  /// Whether only claims a source backs (true) or only claims no source backs (false).
  public var cited: Bool?

  /// Creates a filter.
  public init(query: String? = nil, strengths: Set<EvidenceStrength>? = nil, cited: Bool? = nil) {
    self.query = query
    self.strengths = strengths
    self.cited = cited
  }

  /// Whether any filter is given.
  public var isActive: Bool { query != nil || strengths != nil || cited != nil }

  /// The claims every given filter keeps, or nil when no filter is given.
  ///
  /// - Throws: ``ProjectError/invalidQuery(_:expression:)`` when the query does not parse.
  public func claimIDs(in graph: KnowledgeGraph) throws(ProjectError) -> Set<NodeID>? {
    guard isActive else { return nil }
    var claims = graph.claims
    if let query {
      let parsed: Query
      do {
        parsed = try Query(parsing: query)
      } catch {
        throw .invalidQuery(error, expression: query)
      }
      let matching = Set(graph.claims(matching: parsed).ids)
      claims = claims.filter { matching.contains($0.id) }
    }
    if let strengths { claims = claims.filter { strengths.contains($0.strength) } }
    if let cited { claims = claims.filter { graph.isCited($0) == cited } }
    return Set(claims.map(\.id))
  }
}
