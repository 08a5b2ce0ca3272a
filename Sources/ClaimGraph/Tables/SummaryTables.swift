/// The article's summary as three tables built from a graph: what we know (established
/// claims), what we don't know yet (uncertain) and common misconceptions (refuted).
///
/// Building is pure; ``MarkdownTablesRenderer``, ``HTMLTablesRenderer``,
/// ``CSVTablesRenderer`` and ``JSONTablesRenderer`` turn the value into text.
public struct SummaryTables: Hashable, Sendable {
  /// What tables said, before sources that are not listed counted, where no listed source
  /// supported a claim; kept for callers that name it.
  public static let noListedSource = "no listed source"

  /// What tables say where no source backs a claim (an unlisted source does: it is shown,
  /// marked `[unlisted]`).
  public static let noSource = "no source cited"

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
  /// none come last under "Other claims". A claim about two conditions is listed once,
  /// under the first it names; the other condition's group points to it
  /// (``SummaryGroup/seeAlso``).
  ///
  /// `claims`, when given, keeps only those claims (what `--query`, `--strength` and
  /// `--cited` select). Each table's ``SummaryTable/references`` are the sources its rows
  /// cite.
  public init(
    _ graph: KnowledgeGraph, by grouping: SummaryGrouping? = nil, claims: Set<NodeID>? = nil
  ) {
    let sectionCount = graph.sections.count
    func sectionRank(_ claim: Claim) -> (Int, String) {
      guard let section = claim.section else { return (sectionCount + 1, "") }
      return (graph.sectionOrder(section) ?? sectionCount, section)
    }
    let ordered = graph.claims.enumerated().sorted { lhs, rhs in
      let (left, right) = (sectionRank(lhs.element), sectionRank(rhs.element))
      return left != right ? left < right : lhs.offset < rhs.offset
    }.map(\.element)
    let kept = claims
    let tables = EvidenceStrength.allCases.map { strength in
      let claims = ordered.filter { claim in
        claim.strength == strength && (kept?.contains(claim.id) ?? true)
      }
      return SummaryTable(
        strength: strength, title: SummaryTable.title(for: strength), claimCount: claims.count,
        groups: Self.groups(of: claims, in: graph, by: grouping),
        references: Self.references(of: claims, in: graph))
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
      // For each topic, the other topics under which claims about it are listed.
      var elsewhere: [NodeID: [NodeID: Int]] = [:]
      var rest: [SummaryRow] = []
      for (claim, row) in zip(claims, rows) {
        var targets: [NodeID] = []
        for edge in graph.edges(from: claim.id, kind: .about)
        where graph.kind(of: edge.target) == kind && !targets.contains(edge.target) {
          targets.append(edge.target)
        }
        guard let home = targets.first else {
          rest.append(row)
          continue
        }
        byTopic[home, default: []].append(row)
        for other in targets.dropFirst() { elsewhere[other, default: [:]][home, default: 0] += 1 }
      }
      let titles = Dictionary(uniqueKeysWithValues: topics.map { ($0.id, $0.name) })
      let order = Dictionary(uniqueKeysWithValues: topics.enumerated().map { ($1.id, $0) })
      var groups = topics.compactMap { topic -> SummaryGroup? in
        let links = (elsewhere[topic.id] ?? [:]).sorted {
          order[$0.key, default: 0] < order[$1.key, default: 0]
        }
        .map {
          SummaryGroupLink(
            id: $0.key.rawValue, title: titles[$0.key] ?? $0.key.rawValue, count: $0.value)
        }
        let rows = byTopic[topic.id] ?? []
        guard !rows.isEmpty || !links.isEmpty else { return nil }
        return SummaryGroup(id: topic.id.rawValue, title: topic.name, rows: rows, seeAlso: links)
      }
      if !rest.isEmpty { groups.append(SummaryGroup(id: nil, title: "Other claims", rows: rest)) }
      return groups
    }
  }

  /// The sources the claims cite (inferred citations too, those cited only so marked),
  /// ordered by label, then id.
  private static func references(of claims: [Claim], in graph: KnowledgeGraph) -> [SummaryReference]
  {
    var seen = Set<NodeID>()
    let citations = claims.flatMap(\.citations)
    let made = Set(citations.filter { !$0.isInferred }.map(\.source))
    let sources = citations.compactMap { citation -> Source? in
      guard seen.insert(citation.source).inserted else { return nil }
      return graph.source(citation.source)
    }
    return sources.map { SummaryReference($0, isInferredOnly: !made.contains($0.id)) }.sorted {
      ($0.label.lowercased(), $0.source) < ($1.label.lowercased(), $1.source)
    }
  }
}
