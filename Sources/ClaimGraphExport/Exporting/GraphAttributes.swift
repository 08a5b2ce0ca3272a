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

    /// The value as text for XML formats.
    var text: String {
      switch self {
      case .string(let text): text
      case .int(let number): String(number)
      case .bool(let flag): flag ? "true" : "false"
      case .double(let number): Self.format(number)
      case .structured(let value): value.serialized(pretty: false)
      }
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
      let text = "\(number)"
      return text.contains(".") || text.contains("e") ? text : text + ".0"
    }
  }

  // MARK: - Declarations

  static let label = Key(name: "label", type: .string, domain: .node)
  static let kind = Key(name: "kind", type: .string, domain: .node)

  /// Node attributes, in declaration order (presentation keys first).
  static let nodeKeys: [Key] = [
    label, kind,
    Key(name: "statement", type: .string, domain: .node),
    Key(name: "strength", type: .string, domain: .node),
    Key(name: "section", type: .string, domain: .node),
    Key(name: "about", type: .string, domain: .node),
    Key(name: "relations", type: .string, domain: .node),
    Key(name: "citations", type: .string, domain: .node),
    Key(name: "source_type", type: .string, domain: .node),
    Key(name: "title", type: .string, domain: .node),
    Key(name: "authors", type: .string, domain: .node),
    Key(name: "year", type: .int, domain: .node),
    Key(name: "venue", type: .string, domain: .node),
    Key(name: "doi", type: .string, domain: .node),
    Key(name: "pmid", type: .string, domain: .node),
    Key(name: "url", type: .string, domain: .node),
    Key(name: "methods", type: .string, domain: .node),
    Key(name: "listed", type: .bool, domain: .node),
    Key(name: "mentioned_as", type: .string, domain: .node),
    Key(name: "name", type: .string, domain: .node),
    Key(name: "aliases", type: .string, domain: .node),
    Key(name: "category", type: .string, domain: .node),
    Key(name: "description", type: .string, domain: .node),
    Key(name: "note", type: .string, domain: .node),
    Key(name: "suppressions", type: .string, domain: .node),
  ]

  /// Edge attributes, in declaration order.
  static let edgeKeys: [Key] = [
    Key(name: "label", type: .string, domain: .edge),
    Key(name: "kind", type: .string, domain: .edge),
    Key(name: "strength", type: .string, domain: .edge),
    Key(name: "weight", type: .double, domain: .edge),
    Key(name: "claim", type: .string, domain: .edge),
    Key(name: "predicate", type: .string, domain: .edge),
    Key(name: "stance", type: .string, domain: .edge),
    Key(name: "methods", type: .string, domain: .edge),
    Key(name: "locator", type: .string, domain: .edge),
  ]

  /// Graph attributes: the article and its sections.
  static let graphKeys: [Key] = [
    Key(name: "article_id", type: .string, domain: .graph),
    Key(name: "article_title", type: .string, domain: .graph),
    Key(name: "sections", type: .string, domain: .graph),
  ]

  // MARK: - Values

  /// A node's attributes (without `label` and `kind`), in declaration order; absent
  /// optional values and empty lists are left out.
  static func values(of node: Node) -> [(name: String, value: Value)] {
    var result: [(String, Value)] = []
    func add(_ name: String, _ value: String?) {
      if let value { result.append((name, .string(value))) }
    }
    func add(_ name: String, list: [String]) {
      if !list.isEmpty { result.append((name, .structured(.array(list.map(JSONValue.string))))) }
    }
    func add(_ name: String, records: [JSONValue]) {
      if !records.isEmpty { result.append((name, .structured(.array(records)))) }
    }
    switch node {
    case .claim(let claim):
      add("statement", claim.statement)
      add("strength", claim.strength.rawValue)
      add("section", claim.section)
      add("about", list: claim.about.map(\.rawValue))
      add("relations", records: claim.relations.map(json(of:)))
      add("citations", records: claim.citations.map(json(of:)))
      add("note", claim.note)
      add("suppressions", records: claim.suppressions.map(json(of:)))
    case .source(let source):
      add("source_type", source.type?.rawValue)
      add("title", source.title)
      add("authors", list: source.authors)
      if let year = source.year { result.append(("year", .int(year))) }
      add("venue", source.venue)
      add("doi", source.doi)
      add("pmid", source.pmid)
      add("url", source.url)
      add("methods", list: source.methods.map(\.rawValue))
      result.append(("listed", .bool(source.isListed)))
      add("mentioned_as", source.mentionedAs)
      add("note", source.note)
      add("suppressions", records: source.suppressions.map(json(of:)))
    case .entity(let entity):
      add("name", entity.name)
      add("aliases", list: entity.aliases)
      add("category", entity.category)
      add("description", entity.description)
      add("suppressions", records: entity.suppressions.map(json(of:)))
    }
    let order = Dictionary(uniqueKeysWithValues: nodeKeys.enumerated().map { ($1.name, $0) })
    return result.sorted { order[$0.0, default: 0] < order[$1.0, default: 0] }
  }

  /// An edge's attributes, in declaration order; absent values are left out.
  static func values(of edge: Edge) -> [(name: String, value: Value)] {
    var result: [(String, Value)] = [
      ("label", .string(ExportStyle.label(of: edge))), ("kind", .string(edge.kind.rawValue)),
    ]
    if let strength = edge.strength { result.append(("strength", .string(strength.rawValue))) }
    result.append(("weight", .double(ExportStyle.weight(of: edge.strength))))
    if let claim = edge.claim { result.append(("claim", .string(claim.rawValue))) }
    if let predicate = edge.predicate { result.append(("predicate", .string(predicate))) }
    if let stance = edge.stance { result.append(("stance", .string(stance.rawValue))) }
    if !edge.methods.isEmpty {
      result.append(("methods", .structured(.array(edge.methods.map { .string($0.rawValue) }))))
    }
    if let locator = edge.locator { result.append(("locator", .string(locator))) }
    return result
  }

  /// The graph's attributes: the article's id and title, and its sections.
  static func values(of graph: KnowledgeGraph) -> [(name: String, value: Value)] {
    var result: [(String, Value)] = []
    if let article = graph.article {
      result.append(("article_id", .string(article.id)))
      result.append(("article_title", .string(article.title)))
    }
    if !graph.sections.isEmpty {
      let sections = graph.sections.map { section in
        JSONValue.object([("id", .string(section.id)), ("title", .string(section.title))])
      }
      result.append(("sections", .structured(.array(sections))))
    }
    return result
  }

  private static func json(of relation: Relation) -> JSONValue {
    .object([
      ("subject", .string(relation.subject.rawValue)), ("predicate", .string(relation.predicate)),
      ("object", .string(relation.object.rawValue)),
    ])
  }

  private static func json(of citation: Citation) -> JSONValue {
    var members: [(String, JSONValue)] = [("source", .string(citation.source.rawValue))]
    if !citation.methods.isEmpty {
      members.append(("methods", .array(citation.methods.map { .string($0.rawValue) })))
    }
    members.append(("stance", .string(citation.stance.rawValue)))
    if let locator = citation.locator { members.append(("locator", .string(locator))) }
    return .object(members)
  }

  private static func json(of suppression: Suppression) -> JSONValue {
    .object([("rule", .string(suppression.rule)), ("reason", .string(suppression.reason))])
  }
}
