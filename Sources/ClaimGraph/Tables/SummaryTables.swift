/// The article's summary as three tables built from a graph: what we know (established
/// claims), what we don't know yet (uncertain) and common misconceptions (refuted).
///
/// Building is pure; ``MarkdownTablesRenderer``, ``HTMLTablesRenderer``,
/// ``CSVTablesRenderer`` and ``JSONTablesRenderer`` turn the value into text.
public struct SummaryTables: Hashable, Sendable {
  /// What tables say where no listed source supports a claim.
  public static let noListedSource = "no listed source"

  /// The page title: the article's title, or "Summary of the evidence".
  public let title: String
  /// How rows are grouped, if at all.
  public let grouping: SummaryGrouping?
  /// The three tables: established, uncertain, refuted.
  public let tables: [SummaryTable]

  /// Creates tables from their parts.
  public init(title: String, grouping: SummaryGrouping?, tables: [SummaryTable]) {
    self.title = title
    self.grouping = grouping
    self.tables = tables
  }

  /// Builds the tables of a graph, optionally grouped.
  ///
  /// Rows follow the article: by section in reading order (undeclared sections after, by
  /// id; claims without a section last), then by claim id. Groups by section follow the
  /// reading order; groups by condition or region are ordered by name, and claims about
  /// none come last under "Other claims". A claim about two conditions appears in both.
  public init(_ graph: KnowledgeGraph, by grouping: SummaryGrouping? = nil) {
    let sectionCount = graph.sections.count
    func sectionRank(_ claim: Claim) -> (Int, String) {
      guard let section = claim.section else { return (sectionCount + 1, "") }
      return (graph.sectionOrder(section) ?? sectionCount, section)
    }
    let ordered = graph.claims.enumerated().sorted { lhs, rhs in
      let (left, right) = (sectionRank(lhs.element), sectionRank(rhs.element))
      return left != right ? left < right : lhs.offset < rhs.offset
    }.map(\.element)
    let tables = EvidenceStrength.allCases.map { strength in
      let claims = ordered.filter { $0.strength == strength }
      return SummaryTable(
        strength: strength, title: SummaryTable.title(for: strength), claimCount: claims.count,
        groups: Self.groups(of: claims, in: graph, by: grouping))
    }
    self.init(
      title: graph.article?.title ?? "Summary of the evidence", grouping: grouping, tables: tables)
  }

  private static func groups(
    of claims: [Claim], in graph: KnowledgeGraph, by grouping: SummaryGrouping?
  ) -> [SummaryGroup] {
    let rows = claims.map { SummaryRow($0, in: graph) }
    switch grouping {
    case nil:
      return [SummaryGroup(id: nil, title: nil, rows: rows)]
    case .section:
      var keys: [String?] = []
      var bySection: [String?: [SummaryRow]] = [:]
      for (claim, row) in zip(claims, rows) {
        if bySection[claim.section] == nil { keys.append(claim.section) }
        bySection[claim.section, default: []].append(row)
      }
      return keys.map { key in
        let title = key.map { graph.section($0)?.title ?? $0 } ?? "Other claims"
        return SummaryGroup(id: key, title: title, rows: bySection[key] ?? [])
      }
    case .condition, .region:
      let kind: NodeKind = grouping == .condition ? .condition : .region
      let topics = graph.entities.filter { $0.kind == kind }.sorted {
        ($0.name.lowercased(), $0.id) < ($1.name.lowercased(), $1.id)
      }
      var byTopic: [NodeID: [SummaryRow]] = [:]
      var rest: [SummaryRow] = []
      for (claim, row) in zip(claims, rows) {
        let targets = graph.edges(from: claim.id, kind: .about).map(\.target).filter {
          graph.kind(of: $0) == kind
        }
        if targets.isEmpty { rest.append(row) }
        for target in Set(targets) { byTopic[target, default: []].append(row) }
      }
      var groups = topics.compactMap { topic in
        byTopic[topic.id].map { SummaryGroup(id: topic.id.rawValue, title: topic.name, rows: $0) }
      }
      if !rest.isEmpty { groups.append(SummaryGroup(id: nil, title: "Other claims", rows: rest)) }
      return groups
    }
  }
}
