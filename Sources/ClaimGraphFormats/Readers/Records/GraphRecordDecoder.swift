import ClaimGraph

/// Turns the node records of a GraphML or node-link JSON file into a ``LoadedGraph``,
/// reporting every problem with its location.
///
/// Files ClaimGraph exported carry every authored field, so they load back into an equal
/// graph with no diagnostic. Files from other tools load with warnings instead of failing:
///
/// - A node without a `kind` is a claim if it has a `statement`, a source if it has a
///   `title` or `source_type`, and is otherwise left out (a warning names it; ClaimGraph
///   cannot guess whether it is a region, a receptor or a condition).
/// - An entity's name is its `label` (`name` is the node's id in ClaimGraph's exports, as
///   igraph expects), then `name` when a file has no label, then its id; missing titles and
///   statements fall back to the node's `label`, then its id.
/// - Values of the wrong type are dropped with a warning; lists may be JSON text
///   (`["a","b"]`) or `;`-separated text (`a; b`).
/// - Attributes ClaimGraph does not know are reported once each, as notes.
/// - Edges are derived from claims: file edges that no claim induces are reported in one
///   warning. A claim node without `about`, `relations` or `citations` takes them from its
///   edges, as ClaimGraph's GraphML writes them: the targets of its `about` edges not
///   marked `implied`; its `relation` edges (those whose `claim` is the claim), from
///   subject to object with their `predicate`; its `cites` edges with their `stance`,
///   `methods`, `locator`, `quote` and `inferred`.
/// - Article nodes (kind `article`, id `article:ID`) carry their title, sections and text;
///   a file without any (written before libraries, or by another tool) has its article, its
///   sections and its text as graph attributes.
struct GraphRecordDecoder {
  let file: String
  private(set) var diagnostics: [Diagnostic] = []
  private var sourceMap = SourceMap()
  /// Reads the attributes' JSON texts, with one parser for the whole file.
  private let json = JSONTexts()

  /// Attribute names that carry no authored data: presentation (ClaimGraph's colour, the
  /// node-link `id`, the replaced id of `node_id`) and other tools' layout.
  static let presentationNames: Set<String> = Set(
    [ModelField.red, .green, .blue, .color, .nodeID, .id].map(\.attribute) + [
      "x", "y", "z", "size",
    ])

  /// Every node attribute name the decoder understands.
  static let knownNodeNames = presentationNames.union(GraphAttributes.nodeKeys.map(\.name))

  /// The edge attribute names that say a claim's lists: every edge attribute but the
  /// strength and weight, which follow from the claim.
  static let edgeNames: Set<String> = Set(
    GraphAttributes.edge.map(\.field).filter { ![ModelField.strength, .weight].contains($0) }
      .map(\.attribute))

  /// Every graph attribute name the decoder understands.
  static let knownGraphNames = Set(GraphAttributes.graphKeys.map(\.name))

  init(file: String, diagnostics: [Diagnostic] = []) {
    self.file = file
    self.diagnostics = diagnostics
  }

  // MARK: - Graph

  mutating func decode(
    nodes records: [NodeRecord], graph graphFields: [String: NodeRecord.Field],
    edges fileEdges: [EdgeRecord]
  ) -> LoadedGraph {
    var claims: [Claim] = []
    var sources: [Source] = []
    var entities: [Entity] = []
    var articles: [Article] = []
    var texts: [String: ArticleText] = [:]
    var seen: [NodeID: SourceLocation] = [:]
    var skipped: [NodeRecord] = []
    let claimEdges = ClaimEdges(fileEdges)
    for record in records {
      if let first = seen[record.id] {
        diagnostics.append(
          InputRule.duplicateID.diagnostic(
            "the id '\(record.id)' is already used by the node at line \(first.line)",
            at: record.location, node: record.id))
        continue
      }
      seen[record.id] = record.location
      switch decodeNode(record, edges: claimEdges, skipped: &skipped) {
      case .claim(let claim)?: claims.append(claim)
      case .source(let source)?: sources.append(source)
      case .entity(let entity)?: entities.append(entity)
      case .article((let article, let text))?:
        articles.append(article)
        if let text { texts[article.id] = text }
      case nil: break
      }
    }
    reportSkipped(skipped)
    let graph: KnowledgeGraph
    do {
      if articles.isEmpty {
        let (article, sections, text) = decodeGraph(graphFields)
        graph = try KnowledgeGraph(
          article: article, sections: sections, claims: claims, sources: sources,
          entities: entities, text: text)
      } else {
        // The graph's `article_id` and `article_title` repeat the only article node's.
        graph = try KnowledgeGraph(
          articles: articles, texts: texts, claims: claims, sources: sources,
          entities: entities)
      }
    } catch {
      diagnostics.append(
        InputRule.duplicateID.diagnostic(
          error.description, at: SourceLocation(file: file, line: 1, column: 1)))
      graph = (try? KnowledgeGraph()) ?? Self.emptyGraph
    }
    checkEdges(fileEdges, against: graph)
    return LoadedGraph(
      graph: graph, sourceMap: sourceMap,
      diagnostics: diagnostics.sorted(by: Diagnostic.canonicalOrder),
      files: [file])
  }

  private static var emptyGraph: KnowledgeGraph {
    do { return try KnowledgeGraph() } catch { preconditionFailure("an empty graph always builds") }
  }

  private mutating func reportSkipped(_ skipped: [NodeRecord]) {
    let shown = 20
    for record in skipped.prefix(shown) {
      diagnostics.append(
        Diagnostic(
          rule: InputRule.missingField.id, severity: .warning,
          message: "node '\(record.id)' has no kind ClaimGraph can use, so it is left out; "
            + "give it a \(FieldReader.names(.kind)) attribute (claim, source, "
            + NodeKind.entityKinds.map(\.rawValue).joined(separator: ", ") + ")",
          location: record.location, node: record.id))
    }
    if skipped.count > shown, let last = skipped.last {
      diagnostics.append(
        Diagnostic(
          rule: InputRule.missingField.id, severity: .warning,
          message: "\(skipped.count - shown) more nodes have no usable kind and are left out",
          location: last.location))
    }
  }

  private mutating func checkEdges(_ fileEdges: [EdgeRecord], against graph: KnowledgeGraph) {
    struct Pair: Hashable {
      let source: NodeID
      let target: NodeID
    }
    // A file ClaimGraph wrote lists exactly the derived edges, in the same order.
    if fileEdges.count == graph.edges.count
      && zip(fileEdges, graph.edges).allSatisfy({ $0.source == $1.source && $0.target == $1.target }
      )
    {
      return
    }
    let derived = Set(graph.edges.map { Pair(source: $0.source, target: $0.target) })
    let unexplained = fileEdges.filter {
      !derived.contains(Pair(source: $0.source, target: $0.target))
    }
    guard let first = unexplained.first else { return }
    diagnostics.append(
      Diagnostic(
        rule: InputRule.unknownKey.id, severity: .warning,
        message:
          "\(unexplained.count) of \(fileEdges.count) edges (the first from '\(first.source)' "
          + "to '\(first.target)') follow from no claim and are not read; ClaimGraph derives "
          + "edges from claims' \(FieldReader.names(.about, .relations, .citations))",
        location: first.location))
  }

  private mutating func decodeGraph(_ fields: [String: NodeRecord.Field]) -> (
    Article?, [Section], ArticleText?
  ) {
    let place =
      fields.values.map(\.location).min() ?? SourceLocation(file: file, line: 1, column: 1)
    var reader = FieldReader(fields: fields, owner: nil, place: place, json: json)
    defer { diagnostics += reader.diagnostics }
    var article: Article?
    if let id = reader.text(.articleID) {
      article = Article(id: id, title: reader.text(.articleTitle) ?? id)
    }
    let (sections, text) = Self.sectionsAndText(&reader)
    return (article, sections, text)
  }

  /// An article's sections and text, from the attributes of its node (or, in a file
  /// without article nodes, of the graph).
  private static func sectionsAndText(_ reader: inout FieldReader) -> ([Section], ArticleText?) {
    var sections: [Section] = []
    var seenSections = Set<String>()
    for (offset, record) in reader.records(.sections).enumerated() {
      guard let id = record[.id]?.text else {
        reader.problem(.sections, "section \(offset + 1) has no \(FieldReader.names(.id))")
        continue
      }
      guard seenSections.insert(id).inserted else {
        reader.problem(.sections, "the section id '\(id)' is declared more than once")
        continue
      }
      sections.append(Section(id: id, title: record[.title]?.text ?? id))
    }
    var text: ArticleText?
    if let content = reader.longText(.text) {
      let unclaimed = reader.records(.unclaimed).compactMap { record -> UnclaimedPassage? in
        guard case .object(let quote)? = record[.quote], let exact = quote[.exact]?.text,
          let reason = record[.reason]?.text
        else {
          reader.problem(
            .unclaimed,
            "an unclaimed passage needs a \(FieldReader.names(.quote)) and a "
              + "\(FieldReader.names(.reason))")
          return nil
        }
        return UnclaimedPassage(
          quote: TextQuote(exact, prefix: quote[.prefix]?.text, suffix: quote[.suffix]?.text),
          reason: reason)
      }
      text = ArticleText(
        path: reader.text(.textFile) ?? "article.txt", text: content, unclaimed: unclaimed)
    }
    return (sections, text)
  }

  // MARK: - Nodes

  /// What a record describes: a node, or an article with its text.
  private enum Decoded {
    case claim(Claim)
    case source(Source)
    case entity(Entity)
    case article((Article, ArticleText?))
  }

  /// The node a record describes; `nil` when it has to be left out (a record without any
  /// usable kind is added to `skipped`, to be reported together).
  private mutating func decodeNode(
    _ record: NodeRecord, edges: ClaimEdges, skipped: inout [NodeRecord]
  ) -> Decoded? {
    sourceMap.record(record.location, for: record.id)
    let sourceType = ModelField.sourceType
    // Every field in one update of the map (not one look-up of the node per field).
    sourceMap.record(
      record.fields.map { name, field in
        (FieldPath(parsing: name == sourceType.attribute ? sourceType.key : name), field.location)
      }, for: record.id)
    var reader = FieldReader(
      fields: record.fields, owner: record.id, place: record.location, json: json)
    defer { diagnostics += reader.diagnostics }
    let label = reader.text(.label, quietly: true)
    var kind: NodeKind?
    if let text = reader.text(.kind), !text.isEmpty {
      kind = NodeKind(rawValue: text)
      if kind == nil {
        reader.problem(.kind, "'\(text)' is not a node kind")
        return nil
      }
    } else if reader.field(.statement) != nil {
      kind = .claim
    } else if reader.field(.title) != nil || reader.field(.sourceType) != nil {
      kind = .source
    }
    let id = record.id
    switch kind {
    case nil:
      skipped.append(record)
      return nil
    case .claim:
      var strength = EvidenceStrength.uncertain
      if let text = reader.text(.strength) {
        if let parsed = EvidenceStrength(rawValue: text) {
          strength = parsed
        } else {
          reader.problem(.strength, "'\(text)' is not a strength; read as uncertain")
        }
      } else {
        reader.missing(.strength, "claim '\(id)' has no strength; read as uncertain")
      }
      var lists = ClaimLists(
        about: reader.ids(.about),
        relations: reader.records(.relations).compactMap { reader.relation($0) },
        citations: reader.records(.citations).compactMap { reader.citation($0) })
      readLists(of: record, from: edges, into: &lists)
      return .claim(
        Claim(
          id: id, statement: reader.text(.statement) ?? label ?? id.rawValue, strength: strength,
          section: reader.text(.section), about: lists.about, relations: lists.relations,
          citations: lists.citations, note: reader.text(.note),
          suppressions: reader.suppressions(), quotes: reader.quotes(),
          article: reader.text(.article), sameAs: reader.ids(.sameAs),
          evidence: reader.records(.evidence).compactMap { reader.evidence($0) }))
    case .source:
      var type: SourceType?
      if let text = reader.text(.sourceType) {
        type = SourceType(rawValue: text)
        if type == nil { reader.problem(.sourceType, "'\(text)' is not a source type") }
      }
      return .source(
        Source(
          id: id, type: type, title: reader.text(.title) ?? label ?? id.rawValue,
          authors: reader.texts(.authors), year: reader.integer(.year),
          venue: reader.text(.venue), doi: reader.text(.doi), pmid: reader.text(.pmid),
          url: reader.text(.url), methods: reader.ids(.methods),
          isListed: reader.boolean(.listed) ?? true, mentionedAs: reader.text(.mentionedAs),
          note: reader.text(.note), suppressions: reader.suppressions(), quotes: reader.quotes(),
          enrichment: reader.enrichment()))
    case .article:
      // `article:ID`, as ClaimGraph writes it; another tool's id is the article's own.
      let articleID = Article.id(fromNodeID: id) ?? id.rawValue
      let title = reader.text(.title) ?? label ?? articleID
      let (sections, text) = Self.sectionsAndText(&reader)
      return .article((Article(id: articleID, title: title, sections: sections), text))
    case let kind?:
      return .entity(
        Entity(
          id: id, kind: kind, name: label ?? reader.text(.name) ?? id.rawValue,
          aliases: reader.texts(.aliases), category: reader.text(.category),
          description: reader.text(.description), suppressions: reader.suppressions()))
    }
  }

  // MARK: - A claim's lists on its edges

  private struct ClaimLists {
    var about: [NodeID]
    var relations: [Relation]
    var citations: [Citation]
  }

  /// Fills in the lists a claim's node leaves out from its edges, and records where each
  /// item is (its edge).
  private mutating func readLists(
    of record: NodeRecord, from edges: ClaimEdges, into lists: inout ClaimLists
  ) {
    let id = record.id
    let needsAbout = record.fields[ModelField.about.attribute] == nil
    let needsRelations = record.fields[ModelField.relations.attribute] == nil
    let needsCitations = record.fields[ModelField.citations.attribute] == nil
    guard needsAbout || needsRelations || needsCitations else { return }
    var places: [(path: FieldPath, location: SourceLocation)] = []
    for edge in edges.of(id) {
      var reader = FieldReader(fields: edge.fields, owner: id, place: edge.location, json: json)
      defer { diagnostics += reader.diagnostics }
      switch edge.kind {
      case .about? where needsAbout && edge.source == id:
        guard reader.boolean(.implied) != true else { continue }
        places.append((FieldPath(.about, index: lists.about.count), edge.location))
        lists.about.append(edge.target)
      case .relation? where needsRelations:
        guard let predicate = reader.text(.predicate) else {
          reader.problem(
            .predicate, "a relation edge needs a \(FieldReader.names(.predicate)) text")
          continue
        }
        places.append((FieldPath(.relations, index: lists.relations.count), edge.location))
        lists.relations.append(
          Relation(subject: edge.source, predicate: predicate, object: edge.target))
      case .cites? where needsCitations && edge.source == id:
        var citation: [String: InputValue] = [
          ModelField.source.attribute: .string(edge.target.rawValue)
        ]
        for field in [ModelField.stance, .locator] {
          citation[field.attribute] = reader.field(field)?.value
        }
        for field in [ModelField.methods, .quote] where reader.field(field) != nil {
          citation[field.attribute] = .array(reader.list(field))
        }
        if let inferred = reader.boolean(.inferred) {
          citation[ModelField.inferred.attribute] = .bool(inferred)
        }
        guard let read = reader.citation(citation) else { continue }
        places.append((FieldPath(.citations, index: lists.citations.count), edge.location))
        lists.citations.append(read)
      default: continue
      }
    }
    if !places.isEmpty { sourceMap.record(places, for: id) }
  }
}

/// The `about`, `cites` and `relation` edges of a file, by the claim they belong to (the
/// source of an `about` or `cites` edge, the `claim` of a `relation` edge).
private struct ClaimEdges {
  private let edges: [EdgeRecord]
  private var ranges: [NodeID: [Range<Int>]] = [:]

  init(_ edges: [EdgeRecord]) {
    self.edges = edges
    // A claim's edges usually follow each other: one look-up per run, not per edge.
    var runStart = 0
    var runClaim: NodeID?
    func close(_ end: Int) {
      if let claim = runClaim, runStart < end { ranges[claim, default: []].append(runStart..<end) }
    }
    for (index, edge) in edges.enumerated() {
      let claim: NodeID?
      switch edge.kind {
      case .about?, .cites?: claim = edge.source
      case .relation?:
        claim = edge.fields[ModelField.claim.attribute]?.value.text.map { NodeID($0) }
      default: claim = nil
      }
      if claim != runClaim {
        close(index)
        runStart = index
        runClaim = claim
      }
    }
    close(edges.count)
  }

  /// The claim's edges: in the order of their `eN` ids when they all have one, otherwise
  /// in file order.
  func of(_ claim: NodeID) -> [EdgeRecord] {
    let found = (ranges[claim] ?? []).flatMap { edges[$0] }
    let orders = found.compactMap(\.order)
    guard orders.count == found.count, !zip(orders, orders.dropFirst()).allSatisfy({ $0 < $1 })
    else { return found }
    return found.sorted { ($0.order ?? 0) < ($1.order ?? 0) }
  }
}
