import ClaimGraph

/// The typed attributes every format writes for nodes, edges and the graph itself.
///
/// One table serves GraphML keys, GEXF attribute declarations and JSON members, so the
/// formats agree on names and types. Attribute names are NMTOKENs in snake_case; lists
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

  struct Key: Hashable {
    let name: String
    let type: ValueType
    let domain: Domain
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

  /// A node attribute; the cases are in declaration order (presentation ones first).
  enum NodeField: Int, CaseIterable {
    case label, kind, name, statement, strength, section, quote, about, relations, citations
    case evidence, sourceType, title, authors, year, venue, doi, pmid, url, methods, listed,
      mentionedAs
    case enrichment, aliases, category, description, note, suppressions
    case article, sameAs, sections, textFile, text, unclaimed

    /// The attribute's name in every format.
    var name: String {
      switch self {
      case .label: "label"
      case .kind: "kind"
      case .statement: "statement"
      case .strength: "strength"
      case .section: "section"
      case .quote: "quote"
      case .about: "about"
      case .relations: "relations"
      case .citations: "citations"
      case .evidence: "evidence"
      case .sourceType: "source_type"
      case .title: "title"
      case .authors: "authors"
      case .year: "year"
      case .venue: "venue"
      case .doi: "doi"
      case .pmid: "pmid"
      case .url: "url"
      case .methods: "methods"
      case .listed: "listed"
      case .mentionedAs: "mentioned_as"
      case .enrichment: "enrichment"
      case .name: "name"
      case .aliases: "aliases"
      case .category: "category"
      case .description: "description"
      case .note: "note"
      case .suppressions: "suppressions"
      case .article: "article"
      case .sameAs: "same_as"
      case .textFile: "text_file"
      case .sections: "sections"
      case .text: "text"
      case .unclaimed: "unclaimed"
      }
    }

    var key: Key {
      let type: ValueType =
        switch self {
        case .year: .int
        case .listed: .bool
        default: .string
        }
      return Key(name: name, type: type, domain: .node)
    }
  }

  /// An edge attribute; the cases are in declaration order.
  ///
  /// `quote` (a citation's passage) and `implied` (an `about` edge to an entity the claim
  /// names only in a relation) are GraphML's: there the edges carry what the claim's
  /// `citations`, `relations` and `about` lists say (see ``GraphMLExporter``).
  enum EdgeField: Int, CaseIterable {
    case label, kind, strength, weight, claim, predicate, stance, methods, locator, inferred
    case stated, quote, implied

    /// The attribute's name in every format.
    var name: String {
      switch self {
      case .label: "label"
      case .kind: "kind"
      case .strength: "strength"
      case .weight: "weight"
      case .claim: "claim"
      case .predicate: "predicate"
      case .stance: "stance"
      case .methods: "methods"
      case .locator: "locator"
      case .inferred: "inferred"
      case .stated: "stated"
      case .quote: "quote"
      case .implied: "implied"
      }
    }

    var key: Key {
      let type: ValueType =
        switch self {
        case .weight: .double
        case .inferred, .stated, .implied: .bool
        default: .string
        }
      return Key(name: name, type: type, domain: .edge)
    }
  }

  /// Node attributes, in declaration order (presentation keys first).
  static let nodeKeys: [Key] = NodeField.allCases.map(\.key)

  /// Edge attributes, in declaration order.
  static let edgeKeys: [Key] = EdgeField.allCases.map(\.key)

  /// Graph attributes: the article's id and title, or a graph's sections and text.
  ///
  /// A library of one article has its id and title on the graph too; a graph that declares
  /// no article has its sections and text (its file name, the text itself and the
  /// unclaimed passages) there, so that an export carries everything its anchors are
  /// checked against. An article's own sections and text are on its node.
  static let graphKeys: [Key] = [
    Key(name: "article_id", type: .string, domain: .graph),
    Key(name: "article_title", type: .string, domain: .graph),
    Key(name: "sections", type: .string, domain: .graph),
    Key(name: "text_file", type: .string, domain: .graph),
    Key(name: "text", type: .string, domain: .graph),
    Key(name: "unclaimed", type: .string, domain: .graph),
  ]

  // MARK: - Values

  /// A node's attributes (without `label` and `kind`), in declaration order.
  ///
  /// `name` is the node's id for every kind of node: igraph looks vertices up by `name`
  /// (and its `DictList` matches edges to nodes by it); what to show is `label`, which for
  /// an entity is its name. Absent optional values and empty lists are left out. Quotes
  /// carry their place in their article when its grounding locates them. A claim's `about`,
  /// `relations` and `citations` are left out when `listsOnEdges` says its edges carry them.
  /// An article carries its title, sections and text (file name, text, unclaimed passages).
  ///
  /// - Parameter textFolder: ``textFolder(of:)``, found once per export.
  static func values(
    of node: Node, in graph: KnowledgeGraph, textFolder: String = "", listsOnEdges: Bool = false
  ) -> [(field: NodeField, value: Value)] {
    let grounding: Grounding? =
      if case .claim(let claim) = node, graph.articles.count > 1 {
        graph.grounding(of: claim)
      } else {
        graph.grounding
      }
    // Labelled as the result is, so returning it is not a copy of the array.
    var result: [(field: NodeField, value: Value)] = []
    result.reserveCapacity(16)
    result.append((.name, .string(node.id.rawValue)))
    func add(_ field: NodeField, _ value: String?) {
      if let value { result.append((field, .string(value))) }
    }
    func add(_ field: NodeField, list: [String]) {
      if !list.isEmpty { result.append((field, .structured(.array(list.map(JSONValue.string))))) }
    }
    func add(_ field: NodeField, records: [JSONValue]) {
      if !records.isEmpty { result.append((field, .structured(.array(records)))) }
    }
    switch node {
    case .claim(let claim):
      add(.statement, claim.statement)
      add(.strength, claim.strength.rawValue)
      add(.section, claim.section)
      add(.quote, records: TextQuote.json(claim.quotes, grounding?.matches(ofClaim: claim.id)))
      if !listsOnEdges {
        add(.about, list: claim.about.map(\.rawValue))
        add(.relations, records: claim.relations.map(json(of:)))
        add(
          .citations,
          records: claim.citations.enumerated().map { offset, citation in
            json(of: citation, grounding?.matches(ofCitation: offset, of: claim.id))
          })
      }
      add(
        .evidence,
        records: claim.evidence.enumerated().map { offset, stated in
          json(of: stated, grounding?.matches(ofEvidence: offset, of: claim.id))
        })
      add(.note, claim.note)
      add(.suppressions, records: claim.suppressions.map(json(of:)))
      add(.article, claim.article)
      add(.sameAs, list: claim.sameAs.map(\.rawValue))
    case .source(let source):
      add(.quote, records: TextQuote.json(source.quotes, grounding?.matches(ofSource: source.id)))
      add(.sourceType, source.type?.rawValue)
      add(.title, source.title)
      add(.authors, list: source.authors)
      if let year = source.year { result.append((.year, .int(year))) }
      add(.venue, source.venue)
      add(.doi, source.doi)
      add(.pmid, source.pmid)
      add(.url, source.url)
      add(.methods, list: source.methods.map(\.rawValue))
      result.append((.listed, .bool(source.isListed)))
      add(.mentionedAs, source.mentionedAs)
      if let enrichment = source.enrichment {
        result.append((.enrichment, .structured(json(of: enrichment))))
      }
      add(.note, source.note)
      add(.suppressions, records: source.suppressions.map(json(of:)))
    case .entity(let entity):
      add(.aliases, list: entity.aliases)
      add(.category, entity.category)
      add(.description, entity.description)
      add(.suppressions, records: entity.suppressions.map(json(of:)))
    case .article(let article):
      add(.title, article.title)
      result += articleValues(
        sections: article.sections, text: graph.text(ofArticle: article.id),
        textFolder: textFolder)
    }
    assert(zip(result, result.dropFirst()).allSatisfy { $0.0.rawValue < $1.0.rawValue })
    return result
  }

  /// An edge's attributes, in declaration order; absent values are left out, and so is
  /// `label` (no format writes it on edges any more: it repeated the kind, the stance or
  /// the verb).
  static func values(of edge: Edge) -> [(field: EdgeField, value: Value)] {
    var result: [(field: EdgeField, value: Value)] = [(.kind, .string(edge.kind.rawValue))]
    result.reserveCapacity(EdgeField.allCases.count)
    if let strength = edge.strength { result.append((.strength, .string(strength.rawValue))) }
    result.append((.weight, .double(ExportStyle.weight(of: edge.strength))))
    if let claim = edge.claim { result.append((.claim, .string(claim.rawValue))) }
    if let predicate = edge.predicate { result.append((.predicate, .string(predicate))) }
    if let stance = edge.stance { result.append((.stance, .string(stance.rawValue))) }
    if !edge.methods.isEmpty { result.append((.methods, list(edge.methods))) }
    if let locator = edge.locator { result.append((.locator, .string(locator))) }
    if edge.isInferred { result.append((.inferred, .bool(true))) }
    if edge.isStated { result.append((.stated, .bool(true))) }
    return result
  }

  /// The graph's attributes: the article's id and title for a library of one article;
  /// for a graph that declares no article, its sections and text.
  static func values(of graph: KnowledgeGraph) -> [(name: String, value: Value)] {
    var result: [(name: String, value: Value)] = []
    if let article = graph.article {
      result.append(("article_id", .string(article.id)))
      result.append(("article_title", .string(article.title)))
    }
    if graph.articles.isEmpty {
      let folder = textFolder(of: graph)
      result += articleValues(sections: graph.sections, text: graph.text, textFolder: folder).map {
        ($0.field.name, $0.value)
      }
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

  /// An article's sections and text (its path below `textFolder`, the text itself and the
  /// unclaimed passages).
  private static func articleValues(
    sections: [Section], text: ArticleText?, textFolder: String
  ) -> [(field: NodeField, value: Value)] {
    var result: [(field: NodeField, value: Value)] = []
    if !sections.isEmpty {
      let sections = sections.map { section in
        JSONValue.object([("id", .string(section.id)), ("title", .string(section.title))])
      }
      result.append((.sections, .structured(.array(sections))))
    }
    if let text {
      let path =
        text.path.hasPrefix(textFolder) ? String(text.path.dropFirst(textFolder.count)) : text.path
      result.append((.textFile, .string(path)))
      result.append((.text, .string(text.text)))
      if !text.unclaimed.isEmpty {
        let passages = text.unclaimed.map { passage in
          JSONValue.object([
            ("quote", TextQuote.json([passage.quote], nil)[0]), ("reason", .string(passage.reason)),
          ])
        }
        result.append((.unclaimed, .structured(.array(passages))))
      }
    }
    return result
  }

  private static func json(of relation: Relation) -> JSONValue {
    .object([
      ("subject", .string(relation.subject.rawValue)), ("predicate", .string(relation.predicate)),
      ("object", .string(relation.object.rawValue)),
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
    var members: [(String, JSONValue)] = [("source", .string(citation.source.rawValue))]
    if let methods = citation.methods {
      members.append(("methods", .array(methods.map { .string($0.rawValue) })))
    }
    members.append(("stance", .string(citation.stance.rawValue)))
    if let locator = citation.locator { members.append(("locator", .string(locator))) }
    if !citation.quotes.isEmpty {
      members.append(("quote", .array(TextQuote.json(citation.quotes, matches))))
    }
    if citation.isInferred { members.append(("inferred", .bool(true))) }
    return .object(members)
  }

  /// A claim's stated evidence: its method and quotes (with their place in the article
  /// when the grounding locates them).
  private static func json(of stated: StatedEvidence, _ matches: [QuoteMatch]?) -> JSONValue {
    .object([
      ("method", .string(stated.method.rawValue)),
      ("quote", .array(TextQuote.json(stated.quotes, matches))),
    ])
  }

  private static func json(of enrichment: SourceEnrichment) -> JSONValue {
    var members: [(String, JSONValue)] = []
    if !enrichment.authors.isEmpty {
      members.append(("authors", .array(enrichment.authors.map(JSONValue.string))))
    }
    for (name, value) in [
      ("venue", enrichment.venue), ("doi", enrichment.doi), ("pmid", enrichment.pmid),
      ("url", enrichment.url), ("note", enrichment.note),
    ] {
      if let value { members.append((name, .string(value))) }
    }
    return .object(members)
  }

  private static func json(of suppression: Suppression) -> JSONValue {
    .object([("rule", .string(suppression.rule)), ("reason", .string(suppression.reason))])
  }
}
