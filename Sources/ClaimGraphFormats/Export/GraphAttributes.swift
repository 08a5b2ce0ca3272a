import ClaimGraph

/// The typed attributes every format writes for nodes, edges and the graph itself.
///
/// One table serves GraphML keys, GEXF attribute declarations and JSON members, so the
/// formats agree on names and types; the readers know attributes by it too. Each attribute
/// is a model field (``ClaimGraph/ModelField``), which gives its name and type; the table
/// adds which nodes carry it, in what order, and how to read it from the model. Attribute names are NMTOKENs in snake_case; lists
/// and records (authors, citations, …) are one JSON-text string in XML formats, because
/// NetworkX, Gephi and the GraphML schema accept only scalar types, and real JSON in the
/// node-link format.
enum GraphAttributes {
  enum Domain: String {
    case graph, node, edge
  }

  enum ValueType {
    case string, int, bool, double

    var graphML: String {
      switch self {
      case .string: "string"
      case .int: "int"
      case .bool: "boolean"
      case .double: "double"
      }
    }

    var gexf: String {
      switch self {
      case .string: "string"
      case .int: "integer"
      case .bool: "boolean"
      case .double: "double"
      }
    }
  }

  enum Value {
    case string(String)
    case int(Int)
    case bool(Bool)
    case double(Double)
    case structured(JSONValue)

    /// The value as text for XML formats (structured values as compact JSON, with the
    /// characters XML forbids replaced as in plain text; see ``JSONText``).
    var text: String {
      switch self {
      case .string(let text): text
      case .int(let number): String(number)
      case .bool(let flag): flag ? "true" : "false"
      case .double(let number): Self.format(number)
      case .structured(let value): Self.xmlSafeJSON(value)
      }
    }

    private static func xmlSafeJSON(_ value: JSONValue) -> String {
      var buffer = OutputBuffer(capacity: 256)
      JSONText.append(value, to: &buffer, forXML: true)
      return buffer.text
    }

    /// The value in node-link JSON.
    var json: JSONValue {
      switch self {
      case .string(let text): .string(text)
      case .int(let number): .int(number)
      case .bool(let flag): .bool(flag)
      case .double(let number): .string(Self.format(number))
      case .structured(let value): value
      }
    }

    /// `1.0`, `0.5`: a decimal point whatever the locale, and always one digit after it.
    static func format(_ number: Double) -> String {
      // The edge weights, which every edge carries, and the node sizes, which every GEXF
      // node carries, without formatting a Double each time.
      switch number {
      case 1: return "1.0"
      case 0.5: return "0.5"
      case 0.2: return "0.2"
      case 8: return "8.0"
      case 10: return "10.0"
      case 12: return "12.0"
      case 15: return "15.0"
      default:
        let text = "\(number)"
        return text.contains(".") || text.contains("e") ? text : text + ".0"
      }
    }
  }

  // MARK: - Declarations

  /// A declared attribute: a model field on the graph, on nodes or on edges.
  struct Key {
    let field: ModelField
    let domain: Domain

    /// The attribute's name in every format.
    var name: String { field.attribute }
    /// The type formats declare for it (lists and records are JSON text in XML).
    var type: ValueType {
      switch field.type {
      case .text, .texts, .records, .record: .string
      case .integer: .int
      case .boolean: .bool
      case .decimal: .double
      }
    }
  }

  /// What a node's attributes are read from: its graph, the grounding of its article, the
  /// folder below which texts are named, and whether its edges carry a claim's lists.
  struct NodeContext {
    let graph: KnowledgeGraph
    let grounding: Grounding?
    let textFolder: String
    let listsOnEdges: Bool
  }

  /// A node attribute: a model field, and how each kind of node that carries it reads it.
  ///
  /// A reader gives nil when the node has no value to write; the kinds it is given for are
  /// the kinds of node that carry the attribute.
  struct NodeAttribute: Sendable {
    typealias Read<Model> = @Sendable (Model, NodeContext) -> Value?

    let field: ModelField
    let claim: Read<Claim>?
    let source: Read<Source>?
    let entity: Read<Entity>?
    let article: Read<Article>?

    init(
      _ field: ModelField, claim: Read<Claim>? = nil, source: Read<Source>? = nil,
      entity: Read<Entity>? = nil, article: Read<Article>? = nil
    ) {
      self.field = field
      self.claim = claim
      self.source = source
      self.entity = entity
      self.article = article
    }

    var key: Key { Key(field: field, domain: .node) }
  }

  /// An edge attribute: a model field, and how an edge reads its value (nil when it has none
  /// to write; no reader: GraphML writes it from the edge's claim).
  struct EdgeAttribute: Sendable {
    typealias Read = @Sendable (Edge) -> Value?

    let field: ModelField
    let read: Read?

    init(_ field: ModelField, _ read: Read? = nil) {
      self.field = field
      self.read = read
    }

    var key: Key { Key(field: field, domain: .edge) }
  }

  /// The node attributes, in declaration order (presentation ones first): every format
  /// declares and writes them in this order.
  ///
  /// `label` and `kind`, which every node has and each format places itself, read nothing
  /// here. `name` is the node's id for every kind of node: igraph looks vertices up by
  /// `name` (and its `DictList` matches edges to nodes by it); what to show is `label`,
  /// which for an entity is its name. Absent optional values and empty lists are left out.
  /// Quotes carry their place in their article when its grounding locates them. A claim's
  /// `about`, `relations` and `citations` are left out when its edges carry them. An
  /// article carries its title, sections and text (file name, text, unclaimed passages).
  static let node: [NodeAttribute] = [
    NodeAttribute(.label),
    NodeAttribute(.kind),
    NodeAttribute(
      .name, claim: { claim, _ in .string(claim.id.rawValue) },
      source: { source, _ in .string(source.id.rawValue) },
      entity: { entity, _ in .string(entity.id.rawValue) },
      article: { article, _ in .string(article.nodeID.rawValue) }),
    NodeAttribute(.statement, claim: { claim, _ in .string(claim.statement) }),
    NodeAttribute(.strength, claim: { claim, _ in .string(claim.strength.rawValue) }),
    NodeAttribute(.section, claim: { claim, _ in text(claim.section) }),
    NodeAttribute(
      .quote,
      claim: { claim, context in
        records(TextQuote.json(claim.quotes, context.grounding?.matches(ofClaim: claim.id)))
      },
      source: { source, context in
        records(TextQuote.json(source.quotes, context.grounding?.matches(ofSource: source.id)))
      }),
    NodeAttribute(
      .about,
      claim: { claim, context in
        context.listsOnEdges ? nil : list(claim.about.map(\.rawValue))
      }),
    NodeAttribute(
      .relations,
      claim: { claim, context in
        context.listsOnEdges ? nil : records(claim.relations.map(json(of:)))
      }),
    NodeAttribute(
      .citations,
      claim: { claim, context in
        if context.listsOnEdges { return nil }
        return records(
          claim.citations.enumerated().map { offset, citation in
            json(of: citation, context.grounding?.matches(ofCitation: offset, of: claim.id))
          })
      }),
    NodeAttribute(
      .evidence,
      claim: { claim, context in
        records(
          claim.evidence.enumerated().map { offset, stated in
            json(of: stated, context.grounding?.matches(ofEvidence: offset, of: claim.id))
          })
      }),
    NodeAttribute(.sourceType, source: { source, _ in text(source.type?.rawValue) }),
    NodeAttribute(
      .title, source: { source, _ in .string(source.title) },
      article: { article, _ in .string(article.title) }),
    NodeAttribute(.authors, source: { source, _ in list(source.authors) }),
    NodeAttribute(.year, source: { source, _ in source.year.map(Value.int) }),
    NodeAttribute(.venue, source: { source, _ in text(source.venue) }),
    NodeAttribute(.doi, source: { source, _ in text(source.doi) }),
    NodeAttribute(.pmid, source: { source, _ in text(source.pmid) }),
    NodeAttribute(.url, source: { source, _ in text(source.url) }),
    NodeAttribute(.methods, source: { source, _ in list(source.methods.map(\.rawValue)) }),
    NodeAttribute(.listed, source: { source, _ in .bool(source.isListed) }),
    NodeAttribute(.mentionedAs, source: { source, _ in text(source.mentionedAs) }),
    NodeAttribute(
      .enrichment, source: { source, _ in source.enrichment.map { .structured(json(of: $0)) } }),
    NodeAttribute(.aliases, entity: { entity, _ in list(entity.aliases) }),
    NodeAttribute(.category, entity: { entity, _ in text(entity.category) }),
    NodeAttribute(.description, entity: { entity, _ in text(entity.description) }),
    NodeAttribute(
      .note, claim: { claim, _ in text(claim.note) }, source: { source, _ in text(source.note) }),
    NodeAttribute(
      .suppressions, claim: { claim, _ in records(claim.suppressions.map(json(of:))) },
      source: { source, _ in records(source.suppressions.map(json(of:))) },
      entity: { entity, _ in records(entity.suppressions.map(json(of:))) }),
    NodeAttribute(.article, claim: { claim, _ in text(claim.article) }),
    NodeAttribute(.sameAs, claim: { claim, _ in list(claim.sameAs.map(\.rawValue)) }),
    NodeAttribute(.sections, article: { article, _ in sections(article.sections) }),
    NodeAttribute(
      .textFile,
      article: { article, context in
        textFile(context.graph.text(ofArticle: article.id), below: context.textFolder)
      }),
    NodeAttribute(
      .text,
      article: { article, context in
        context.graph.text(ofArticle: article.id).map { .string($0.text) }
      }),
    NodeAttribute(
      .unclaimed,
      article: { article, context in unclaimed(context.graph.text(ofArticle: article.id)) }),
  ]

  /// The edge attributes, in declaration order.
  ///
  /// `quote` (a citation's passage) and `implied` (an `about` edge to an entity the claim
  /// names only in a relation) are GraphML's: there the edges carry what the claim's
  /// `citations`, `relations` and `about` lists say (see ``GraphMLExporter``). No format
  /// writes a label on edges any more: it repeated the kind, the stance or the verb.
  static let edge: [EdgeAttribute] = [
    EdgeAttribute(.kind) { .string($0.kind.rawValue) },
    EdgeAttribute(.strength) { edge in edge.strength.map { .string($0.rawValue) } },
    EdgeAttribute(.weight) { .double(ExportStyle.weight(of: $0.strength)) },
    EdgeAttribute(.claim) { edge in edge.claim.map { .string($0.rawValue) } },
    EdgeAttribute(.predicate) { text($0.predicate) },
    EdgeAttribute(.stance) { edge in edge.stance.map { .string($0.rawValue) } },
    EdgeAttribute(.methods) { $0.methods.isEmpty ? nil : list($0.methods) },
    EdgeAttribute(.locator) { text($0.locator) },
    EdgeAttribute(.inferred) { $0.isInferred ? .bool(true) : nil },
    EdgeAttribute(.stated) { $0.isStated ? .bool(true) : nil },
    EdgeAttribute(.quote),
    EdgeAttribute(.implied),
  ]

  /// Graph attributes: the article's id and title, or a graph's sections and text.
  ///
  /// A library of one article has its id and title on the graph too; a graph that declares
  /// no article has its sections and text (its file name, the text itself and the
  /// unclaimed passages) there, so that an export carries everything its anchors are
  /// checked against. An article's own sections and text are on its node.
  static let graph: [ModelField] = [
    .articleID, .articleTitle, .sections, .textFile, .text, .unclaimed,
  ]

  /// Node attributes as declared, in declaration order.
  static let nodeKeys: [Key] = node.map(\.key)

  /// Edge attributes as declared, in declaration order.
  static let edgeKeys: [Key] = edge.map(\.key)

  /// Graph attributes as declared.
  static let graphKeys: [Key] = graph.map { Key(field: $0, domain: .graph) }

  /// The position of a node attribute in ``node``.
  static func nodeSlot(_ field: ModelField) -> Int {
    guard let slot = node.firstIndex(where: { $0.field == field }) else {
      preconditionFailure("'\(field.attribute)' is no node attribute")
    }
    return slot
  }

  /// The position of an edge attribute in ``edge``.
  static func edgeSlot(_ field: ModelField) -> Int {
    guard let slot = edge.firstIndex(where: { $0.field == field }) else {
      preconditionFailure("'\(field.attribute)' is no edge attribute")
    }
    return slot
  }

  // MARK: - Values

  /// One attribute value of a node or an edge: its position in ``node`` (or ``edge``), its
  /// field and the value.
  typealias AttributeValue = (slot: Int, field: ModelField, value: Value)

  /// The readers of each kind of node, with their positions in ``node``.
  private static let claimReads = node.indices.compactMap { slot in
    node[slot].claim.map { (slot: slot, read: $0) }
  }
  private static let sourceReads = node.indices.compactMap { slot in
    node[slot].source.map { (slot: slot, read: $0) }
  }
  private static let entityReads = node.indices.compactMap { slot in
    node[slot].entity.map { (slot: slot, read: $0) }
  }
  private static let articleReads = node.indices.compactMap { slot in
    node[slot].article.map { (slot: slot, read: $0) }
  }
  private static let edgeReads = edge.indices.compactMap { slot in
    edge[slot].read.map { (slot: slot, read: $0) }
  }

  /// A node's attributes (without `label` and `kind`), in declaration order (see ``node``).
  ///
  /// - Parameters:
  ///   - textFolder: ``textFolder(of:)``, found once per export.
  ///   - listsOnEdges: whether a claim's edges carry its `about`, `relations` and
  ///     `citations`, which its node then leaves out.
  static func values(
    of node: Node, in graph: KnowledgeGraph, textFolder: String = "", listsOnEdges: Bool = false
  ) -> [AttributeValue] {
    var result: [AttributeValue] = []
    result.reserveCapacity(16)
    func add<Model>(
      _ model: Model, _ reads: [(slot: Int, read: NodeAttribute.Read<Model>)],
      _ context: NodeContext
    ) {
      for (slot, read) in reads {
        if let value = read(model, context) {
          result.append((slot, self.node[slot].field, value))
        }
      }
    }
    switch node {
    case .claim(let claim):
      let grounding = graph.articles.count > 1 ? graph.grounding(of: claim) : graph.grounding
      add(claim, claimReads, context(graph, grounding, textFolder, listsOnEdges))
    case .source(let source):
      add(source, sourceReads, context(graph, graph.grounding, textFolder, false))
    case .entity(let entity):
      add(entity, entityReads, context(graph, graph.grounding, textFolder, false))
    case .article(let article):
      add(article, articleReads, context(graph, graph.grounding, textFolder, false))
    }
    return result
  }

  private static func context(
    _ graph: KnowledgeGraph, _ grounding: Grounding?, _ textFolder: String, _ listsOnEdges: Bool
  ) -> NodeContext {
    NodeContext(
      graph: graph, grounding: grounding, textFolder: textFolder, listsOnEdges: listsOnEdges)
  }

  /// An edge's attributes, in declaration order (see ``edge``); absent values are left out.
  static func values(of edge: Edge) -> [AttributeValue] {
    var result: [AttributeValue] = []
    result.reserveCapacity(edgeReads.count)
    for (slot, read) in edgeReads {
      if let value = read(edge) { result.append((slot, self.edge[slot].field, value)) }
    }
    return result
  }

  /// The graph's attributes: the article's id and title for a library of one article;
  /// for a graph that declares no article, its sections and text.
  static func values(of graph: KnowledgeGraph) -> [(field: ModelField, value: Value)] {
    var result: [(field: ModelField, value: Value)] = []
    if let article = graph.article {
      result.append((.articleID, .string(article.id)))
      result.append((.articleTitle, .string(article.title)))
    }
    if graph.articles.isEmpty {
      let text = graph.text
      let values: [(ModelField, Value?)] = [
        (.sections, sections(graph.sections)),
        (.textFile, textFile(text, below: textFolder(of: graph))),
        (.text, text.map { .string($0.text) }), (.unclaimed, unclaimed(text)),
      ]
      for case (let field, let value?) in values { result.append((field, value)) }
    }
    return result
  }

  /// The deepest folder (with its final `/`) that holds every article's text, or the empty
  /// string: exports name a text by its path below it, so that they do not depend on where
  /// the graph was loaded from (`article.txt` for a graph of one article; `mood/article.txt`
  /// in a library whose texts are `…/articles/ID/article.txt`).
  ///
  /// - Complexity: O(*t*) for the total length *t* of the texts' paths.
  static func textFolder(of graph: KnowledgeGraph) -> String {
    let paths =
      graph.articles.isEmpty
      ? [graph.text?.path].compactMap { $0 }
      : graph.articles.compactMap { graph.text(ofArticle: $0.id)?.path }
    guard var common = paths.first.map({ Array($0.utf8) }) else { return "" }
    for path in paths.dropFirst() {
      let shared = zip(common, path.utf8).prefix { $0 == $1 }.count
      common.removeSubrange(shared...)
    }
    // Up to the last `/` that every path shares.
    while let last = common.last, last != UInt8(ascii: "/") { common.removeLast() }
    return String(decoding: common, as: UTF8.self)
  }

  /// A text, if there is one.
  private static func text(_ text: String?) -> Value? { text.map(Value.string) }

  /// A list of texts, unless it is empty.
  private static func list(_ texts: [String]) -> Value? {
    texts.isEmpty ? nil : .structured(.array(texts.map(JSONValue.string)))
  }

  /// A list of records, unless it is empty.
  private static func records(_ records: [JSONValue]) -> Value? {
    records.isEmpty ? nil : .structured(.array(records))
  }

  /// An article's sections, each `{id, title}`, unless there are none.
  private static func sections(_ sections: [Section]) -> Value? {
    records(sections.map(json(of:)))
  }

  /// A section as a record: `{id, title}`.
  static func json(of section: Section) -> JSONValue {
    .object([
      (ModelField.id.attribute, .string(section.id)),
      (ModelField.title.attribute, .string(section.title)),
    ])
  }

  /// An article's text file, named by its path below `textFolder`.
  private static func textFile(_ text: ArticleText?, below textFolder: String) -> Value? {
    guard let path = text?.path else { return nil }
    return .string(path.hasPrefix(textFolder) ? String(path.dropFirst(textFolder.count)) : path)
  }

  /// An article's unclaimed passages, each `{quote, reason}`, unless there are none.
  private static func unclaimed(_ text: ArticleText?) -> Value? {
    records(
      (text?.unclaimed ?? []).map { passage in
        JSONValue.object([
          (ModelField.quote.attribute, TextQuote.json([passage.quote], nil)[0]),
          (ModelField.reason.attribute, .string(passage.reason)),
        ])
      })
  }

  private static func json(of relation: Relation) -> JSONValue {
    .object([
      (ModelField.subject.attribute, .string(relation.subject.rawValue)),
      (ModelField.predicate.attribute, .string(relation.predicate)),
      (ModelField.object.attribute, .string(relation.object.rawValue)),
    ])
  }

  /// A citation's `quote` records (with their place in the article when the grounding
  /// locates them), or nil when it quotes nothing.
  static func quote(
    of citation: Citation, offset: Int, of claim: NodeID, grounding: Grounding?
  ) -> Value? {
    guard !citation.quotes.isEmpty else { return nil }
    let matches = grounding?.matches(ofCitation: offset, of: claim)
    return .structured(.array(TextQuote.json(citation.quotes, matches)))
  }

  /// A list of node ids.
  static func list(_ ids: [NodeID]) -> Value {
    .structured(.array(ids.map { .string($0.rawValue) }))
  }

  private static func json(of citation: Citation, _ matches: [QuoteMatch]?) -> JSONValue {
    var members: [(String, JSONValue)] = [
      (ModelField.source.attribute, .string(citation.source.rawValue))
    ]
    if let methods = citation.methods {
      members.append((ModelField.methods.attribute, .array(methods.map { .string($0.rawValue) })))
    }
    members.append((ModelField.stance.attribute, .string(citation.stance.rawValue)))
    if let locator = citation.locator {
      members.append((ModelField.locator.attribute, .string(locator)))
    }
    if !citation.quotes.isEmpty {
      members.append(
        (ModelField.quote.attribute, .array(TextQuote.json(citation.quotes, matches))))
    }
    if citation.isInferred { members.append((ModelField.inferred.attribute, .bool(true))) }
    return .object(members)
  }

  /// A claim's stated evidence: its method and quotes (with their place in the article
  /// when the grounding locates them).
  private static func json(of stated: StatedEvidence, _ matches: [QuoteMatch]?) -> JSONValue {
    .object([
      (ModelField.method.attribute, .string(stated.method.rawValue)),
      (ModelField.quote.attribute, .array(TextQuote.json(stated.quotes, matches))),
    ])
  }

  private static func json(of enrichment: SourceEnrichment) -> JSONValue {
    var members: [(String, JSONValue)] = []
    if !enrichment.authors.isEmpty {
      members.append(
        (ModelField.authors.attribute, .array(enrichment.authors.map(JSONValue.string))))
    }
    let texts: [(ModelField, String?)] = [
      (.venue, enrichment.venue), (.doi, enrichment.doi), (.pmid, enrichment.pmid),
      (.url, enrichment.url), (.note, enrichment.note),
    ]
    for case (let field, let value?) in texts { members.append((field.attribute, .string(value))) }
    return .object(members)
  }

  /// A suppression as a record: `{rule, reason}`.
  static func json(of suppression: Suppression) -> JSONValue {
    .object([
      (ModelField.rule.attribute, .string(suppression.rule.rawValue)),
      (ModelField.reason.attribute, .string(suppression.reason)),
    ])
  }
}

// MARK: - Presentation

extension ModelField {
  // The attributes graph files add to the model's fields, for the tools that show them.

  /// What to show for a node: an entity's name, a claim's short label, a source's short
  /// citation.
  static let label = ModelField("label")
  /// A node's kind (`claim`, `region`…), or an edge's.
  static let kind = ModelField("kind")
  /// The red component of a node's colour, as Gephi reads GraphML.
  static let red = ModelField("r", type: .integer)
  /// The green component of a node's colour.
  static let green = ModelField("g", type: .integer)
  /// The blue component of a node's colour.
  static let blue = ModelField("b", type: .integer)
  /// A node's colour, `#RRGGBB` (node-link JSON).
  static let color = ModelField("color")
  /// An edge's weight by the strength of its claim.
  static let weight = ModelField("weight", type: .decimal)
  /// A node's real id when its GraphML id had to be replaced.
  static let nodeID = ModelField("node_id")
  /// The node an edge points to (node-link JSON).
  static let target = ModelField("target")
}
