/// The article's summary as three tables built from a graph: what we know (established
/// claims), what we don't know yet (uncertain) and common misconceptions (refuted).
///
/// Building is pure; `MarkdownTablesRenderer`, `HTMLTablesRenderer`, `CSVTablesRenderer`
/// and `JSONTablesRenderer` (module `ClaimGraphFormats`) turn the value into text.
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
  /// cite; whether a source is listed is judged by the citing claim's own article.
  ///
  /// `article`, when given, keeps that article's claims and takes its title. In a library
  /// of several articles without one, rows follow the articles (by id), then each
  /// article's reading order; they are grouped by article unless another grouping is asked
  /// for, and groups by section name their article (`Article title: Section title`, id
  /// `article/section`).
  public init(
    _ graph: KnowledgeGraph, by grouping: SummaryGrouping? = nil, claims: Set<NodeID>? = nil,
    article: String? = nil
  ) {
    let library = article == nil && graph.articles.count > 1
    let sectionCount = graph.sections.count
    var articleRanks: [String: Int] = [:]
    for (rank, article) in graph.articles.enumerated() { articleRanks[article.id] = rank }
    func rank(_ claim: Claim) -> (Int, Int, String) {
      let articleRank =
        library ? graph.articleID(of: claim).flatMap { articleRanks[$0] } ?? articleRanks.count : 0
      guard let section = claim.section else { return (articleRank, sectionCount + 1, "") }
      let order = graph.sectionOrder(section, inArticle: graph.articleID(of: claim))
      return (articleRank, order ?? sectionCount, section)
    }
    let candidates = article.map(graph.claims(inArticle:))
    let ordered = (candidates ?? graph.claims).enumerated().sorted { lhs, rhs in
      let (left, right) = (rank(lhs.element), rank(rhs.element))
      return left != right ? left < right : lhs.offset < rhs.offset
    }.map(\.element)
    let kept = claims
    let grouping = grouping ?? (library ? .article : nil)
    let tables = EvidenceStrength.allCases.map { strength in
      let claims = ordered.filter { claim in
        claim.strength == strength && (kept?.contains(claim.id) ?? true)
      }
      return SummaryTable(
        strength: strength, title: SummaryTable.title(for: strength), claimCount: claims.count,
        groups: Self.groups(of: claims, in: graph, by: grouping, library: library),
        references: Self.references(of: claims, in: graph))
    }
    let title = article.flatMap { graph.article($0)?.title } ?? graph.article?.title
    self.init(title: title ?? "Summary of the evidence", grouping: grouping, tables: tables)
  }

  private static func groups(
    of claims: [Claim], in graph: KnowledgeGraph, by grouping: SummaryGrouping?, library: Bool
  ) -> [SummaryGroup] {
    let rows = claims.map { SummaryRow($0, in: graph) }
    switch grouping {
    case nil:
      return [SummaryGroup(id: nil, title: nil, rows: rows)]
    case .article:
      var keys: [String?] = []
      var byArticle: [String?: [SummaryRow]] = [:]
      for (claim, row) in zip(claims, rows) {
        let key = graph.articleID(of: claim)
        if byArticle[key] == nil { keys.append(key) }
        byArticle[key, default: []].append(row)
      }
      return keys.map { key in
        let title = key.map { graph.article($0)?.title ?? $0 } ?? "Other claims"
        return SummaryGroup(id: key, title: title, rows: byArticle[key] ?? [])
      }
    case .section:
      struct Key: Hashable {
        let article: String?
        let section: String?
      }
      var keys: [Key] = []
      var bySection: [Key: [SummaryRow]] = [:]
      for (claim, row) in zip(claims, rows) {
        let key = Key(article: graph.articleID(of: claim), section: claim.section)
        if bySection[key] == nil { keys.append(key) }
        bySection[key, default: []].append(row)
      }
      return keys.map { key in
        let section =
          key.section.map { graph.section($0, inArticle: key.article)?.title ?? $0 }
          ?? "Other claims"
        guard library, let article = key.article else {
          return SummaryGroup(id: key.section, title: section, rows: bySection[key] ?? [])
        }
        let title = (graph.article(article)?.title ?? article) + ": " + section
        return SummaryGroup(
          id: article + "/" + (key.section ?? ""), title: title, rows: bySection[key] ?? [])
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
  /// ordered by label, then id; a source is listed when the article of a claim citing it
  /// lists it.
  private static func references(of claims: [Claim], in graph: KnowledgeGraph) -> [SummaryReference]
  {
    var order: [Source] = []
    var listed: [NodeID: Bool] = [:]
    var made = Set<NodeID>()
    for claim in claims {
      for citation in claim.citations {
        guard let source = graph.source(citation.source) else { continue }
        if listed[source.id] == nil { order.append(source) }
        listed[source.id] = listed[source.id] == true || graph.isListed(source, for: claim)
        if !citation.isInferred { made.insert(source.id) }
      }
    }
    return order.map {
      SummaryReference(
        $0, isListed: listed[$0.id] ?? false, isInferredOnly: !made.contains($0.id))
    }.sorted {
      ($0.label.lowercased(), $0.source) < ($1.label.lowercased(), $1.source)
    }
  }
}
