import ClaimGraph

/// Writes GraphML that validates against the official GraphML 1.1 schema and opens in
/// Gephi, yEd, Cytoscape, NetworkX and igraph; ``GraphMLReader`` reads it back losslessly.
///
/// The file is lean: nothing is written twice where a consumer can do without it.
///
/// - Every `<key>` has a neutral id (`d0`, `d1`, …), an explicit `for="node|edge|graph"`,
///   an NMTOKEN `attr.name` and a scalar `attr.type`, and comes before `<graph>`.
/// - Nodes carry `label` (Gephi's label: a claim's short label, an entity's name) and
///   integer `r`, `g`, `b` (Gephi's colour: a claim's by strength, others' by kind), then
///   `name`, the node's id, which igraph looks vertices up by, then the authored fields
///   (a claim's full `statement` among them); lists and records are JSON text in one string.
/// - Edges have short ids (`e0`, `e1`, … in the graph's edge order) and carry `kind`,
///   `strength`, `weight` (established 1.0, uncertain 0.5, refuted 0.2), and what the
///   claim that induced them says: a relation's `claim` and `predicate`; a citation's
///   `stance`, `methods` (only when the citation names its own; otherwise it relies on its
///   source's), `locator`, `quote` and `inferred`; `stated` on an `evidence` edge whose
///   method the claim's own sentence describes; `implied` on an `about` edge to an
///   entity the claim names only in a relation. A claim's node then leaves out its `about`,
///   `relations` and `citations` lists; it keeps them (as JSON text) only when its edges
///   cannot say them exactly (a reference to a missing node, an entity named twice, or an
///   export of part of the graph that leaves some of its edges out).
/// - No edge label (it repeated the kind, the stance or the verb) and no edge colour
///   (Gephi colours an edge as its source node); no indentation.
/// - All nodes come before any edge (Cytoscape needs it); every value is written
///   explicitly (NetworkX ignores `<default>`); no edge has a `directed` attribute.
/// - Each article is a node (kind `article`, id `article:ID`) with its `title`, `sections`,
///   `text_file`, `text` and `unclaimed` passages; each claim has its `article` (and
///   `same_as`) and an `in-article` edge to the article's node, after every other edge.
/// - Node ids are the graph's ids when they are XML NMTOKENs (kebab-case ids always are);
///   otherwise a generated `_nN` id, with the real id in the `node_id` attribute.
///
/// yEd shows plain GraphML without labels (its own yFiles extension is not schema-valid);
/// use its Properties Mapper to map `label`, or open the GEXF export in Gephi.
public struct GraphMLExporter: GraphExporter {
  /// The GraphML namespace.
  static let namespace = "http://graphml.graphdrawing.org/xmlns"

  /// Creates the exporter.
  public init() {}

  /// Writes the selection as GraphML.
  public func export(_ selection: GraphSelection, to sink: inout some ExportSink) throws {
    let graph = selection.graph
    let ids = GraphMLIdentifiers(selection.nodeIDs)
    let findings = ClaimEdgeWalk.findings(selection)
    let statedByEdges = findings.claimsStatedByEdges
    let keys = KeyTable(
      needsNodeID: ids.needsNodeIDAttribute, needsClaimLists: statedByEdges.contains(false))
    var writer = XMLMarkupWriter()
    writer.startElement("graphml")
    writer.attribute("xmlns", Self.namespace)
    for key in keys.declarations {
      writer.element(
        "key",
        attributes: [
          "id": key.id, "for": key.key.domain.rawValue, "attr.name": key.key.name,
          "attr.type": key.key.type.graphML,
        ])
    }
    writer.startElement("graph")
    let articleID = graph.article?.id
    writer.attribute(
      "id", articleID.flatMap { GraphMLIdentifiers.isNMToken($0) ? $0 : nil } ?? "G")
    writer.attribute("edgedefault", "directed")
    for (field, value) in GraphAttributes.values(of: graph) {
      writer.data(keys.graphID(field.attribute), value)
    }
    try writer.flushIfFull(to: &sink)
    try writeNodes(selection, ids: ids, keys: keys, statedByEdges: statedByEdges, &writer, &sink)
    try writeEdges(selection, ids: ids, keys: keys, findings: findings, &writer, &sink)
    try writer.finish(to: &sink)
    try sink.write("\n")
  }

  private func writeNodes(
    _ selection: GraphSelection, ids: GraphMLIdentifiers, keys: KeyTable,
    statedByEdges: [Bool], _ writer: inout XMLMarkupWriter, _ sink: inout some ExportSink
  ) throws {
    let graph = selection.graph
    var colors: [RGBColor: [UInt8]] = [:]
    let textFolder = GraphAttributes.textFolder(of: graph)
    // Claims come first among the nodes, in the graph's order: `claimIndex` follows them.
    var claimIndex = 0
    try selection.forEachNode { node in
      var listsOnEdges = false
      if case .claim(let claim) = node {
        let claims = graph.claims.span
        while claimIndex < claims.count && claims[claimIndex].id != claim.id {
          claimIndex += 1
        }
        listsOnEdges = claimIndex < graph.claims.count && statedByEdges[claimIndex]
      }
      writer.startElement("node")
      writer.attribute("id", ids.xmlID(for: node.id))
      writer.data(keys.label, .string(ExportStyle.label(of: node)))
      writer.data(keys.kind, .string(node.kind.rawValue))
      let color = ExportStyle.color(of: node)
      if colors[color] == nil { colors[color] = keys.colorBytes(color) }
      writer.raw { $0.append(colors[color]!) }
      for (slot, _, value) in GraphAttributes.values(
        of: node, in: graph, textFolder: textFolder, listsOnEdges: listsOnEdges)
      {
        writer.data(keys.node(at: slot), value)
      }
      if let nodeID = keys.nodeID, ids.isGenerated(node.id) {
        writer.data(nodeID, .string(node.id.rawValue))
      }
      writer.endElement()
      try writer.flushIfFull(to: &sink)
    }
  }

  /// Writes the edges from the graph's edge table: each end's GraphML id is written once
  /// into a table and copied from there, the kind, strength and weight elements are
  /// copied whole, and only what a claim says in its own words is escaped per edge.
  private func writeEdges(
    _ selection: GraphSelection, ids: GraphMLIdentifiers, keys: KeyTable,
    findings: ClaimEdgeWalk.Findings, _ writer: inout XMLMarkupWriter,
    _ sink: inout some ExportSink
  ) throws {
    let graph = selection.graph
    let ends = EndTable(graph, ids: ids)
    let table = graph.edgeTable
    let fixed = FixedEdgeData(keys)
    for offset in selection.edges.indices {
      let number = selection.edgeNumber(at: offset)
      let kind = table.kind(of: number)
      let strength = table.strength(of: number)
      writer.raw { out in
        out.append("<edge id=\"e")
        out.append(decimal: offset)
        out.append("\" source=\"")
        ends.append(table.source(of: number), to: &out)
        out.append("\" target=\"")
        ends.append(table.target(of: number), to: &out)
        out.append("\">\n")
        out.append(fixed.kind(kind))
        if let strength { out.append(fixed.strength(strength)) }
        out.append(fixed.weight(strength))
      }
      switch kind {
      case .relation:
        let edges = graph.edges.span
        if let claim = edges[number].claim {
          writer.data(keys.edges.claim, .string(claim.rawValue))
        }
        if let predicate = edges[number].predicate {
          writer.data(keys.edges.predicate, .string(predicate))
        }
      case .cites:
        let edges = graph.edges.span
        if let stance = edges[number].stance { writer.raw { $0.append(fixed.stance(stance)) } }
        if let cited = findings.citation(ofEdgeAt: offset) {
          writeCitation(
            of: table.source(of: number), cited, graph: graph, keys: keys, &writer)
        } else {
          let edge = edges[number]
          if !edge.methods.isEmpty {
            writer.data(keys.edges.methods, GraphAttributes.list(edge.methods))
          }
          if let locator = edge.locator { writer.data(keys.edges.locator, .string(locator)) }
          if edge.isInferred { writer.raw { $0.append(fixed.inferred) } }
        }
      case .about:
        if findings.isImplied(edgeAt: offset) { writer.raw { $0.append(fixed.implied) } }
      case .evidence:
        if graph.edges.span[number].isStated { writer.raw { $0.append(fixed.stated) } }
      case .usesMethod, .sameAs, .inArticle:
        break
      }
      writer.raw { $0.append("</edge>\n") }
      try writer.flushIfFull(to: &sink)
    }
  }

  /// What a `cites` edge says of the citation it stands for: its own methods (only when
  /// it names them; otherwise it relies on its source's), locator, `inferred` and quote.
  private func writeCitation(
    of claim: Int, _ offset: Int, graph: KnowledgeGraph, keys: KeyTable,
    _ writer: inout XMLMarkupWriter
  ) {
    let citation = graph.claims.span[claim].citations[offset]
    if let methods = citation.methods {
      writer.data(keys.edges.methods, GraphAttributes.list(methods))
    }
    if let locator = citation.locator { writer.data(keys.edges.locator, .string(locator)) }
    if citation.isInferred { writer.data(keys.edges.inferred, .bool(true)) }
    let grounding = graph.grounding(ofClaimAt: claim)
    if let quote = GraphAttributes.quote(
      of: citation, offset: offset, of: graph.claims.span[claim].id, grounding: grounding)
    {
      writer.data(keys.edges.quote, quote)
    }
  }
}

/// Every node's GraphML id, by node number (claims, then sources, then entities, then
/// articles).
///
/// The ids sit in one flat array of bytes, and an edge copies its ends from there. Ids are
/// NMTOKENs (kept or generated), so they need no escaping in an attribute.
private struct EndTable {
  private var bytes: [UInt8] = []
  private var starts: [Int] = [0]

  init(_ graph: KnowledgeGraph, ids: GraphMLIdentifiers) {
    starts.reserveCapacity(graph.nodeCount + 1)
    func add(_ id: NodeID) {
      var xmlID = ids.xmlID(for: id)
      xmlID.withUTF8 { bytes.append(contentsOf: $0) }
      starts.append(bytes.count)
    }
    for claim in graph.claims { add(claim.id) }
    for source in graph.sources { add(source.id) }
    for entity in graph.entities { add(entity.id) }
    for article in graph.articles { add(article.nodeID) }
  }

  /// Appends the id of the node with this number.
  @inline(__always)
  func append(_ node: Int, to out: inout OutputBuffer) {
    bytes.withUnsafeBufferPointer {
      out.append(UnsafeBufferPointer(rebasing: $0[starts[node]..<starts[node + 1]]))
    }
  }
}

/// The `<data>` elements an edge's kind, strength, weight, stance and flags make, each
/// written once and copied for every edge (looked up by a `switch`, not hashed).
private struct FixedEdgeData {
  private let kinds: [[UInt8]]
  private let strengths: [[UInt8]]
  /// Established, uncertain, refuted, then none.
  private let weights: [[UInt8]]
  private let stances: [[UInt8]]
  let inferred: [UInt8]
  let stated: [UInt8]
  let implied: [UInt8]

  init(_ keys: KeyTable) {
    func bytes(_ field: ModelField, _ value: GraphAttributes.Value) -> [UInt8] {
      XMLMarkupWriter.bytes(of: keys.edge(field), text: value)
    }
    let strengths = EvidenceStrength.allCases
    kinds = EdgeKind.allCases.map { bytes(.kind, .string($0.rawValue)) }
    self.strengths = strengths.map { bytes(.strength, .string($0.rawValue)) }
    weights = (strengths.map(Optional.some) + [nil]).map {
      bytes(.weight, .double(ExportStyle.weight(of: $0)))
    }
    stances = Stance.allCases.map { bytes(.stance, .string($0.rawValue)) }
    inferred = bytes(.inferred, .bool(true))
    stated = bytes(.stated, .bool(true))
    implied = bytes(.implied, .bool(true))
    assert(EdgeKind.allCases.enumerated().allSatisfy { $0.offset == Self.ordinal($0.element) })
    assert(strengths.enumerated().allSatisfy { $0.offset == Self.ordinal($0.element) })
    assert(Stance.allCases.enumerated().allSatisfy { $0.offset == Self.ordinal($0.element) })
  }

  func kind(_ kind: EdgeKind) -> [UInt8] { kinds[Self.ordinal(kind)] }

  func strength(_ strength: EvidenceStrength) -> [UInt8] { strengths[Self.ordinal(strength)] }

  func weight(_ strength: EvidenceStrength?) -> [UInt8] {
    weights[strength.map(Self.ordinal) ?? weights.count - 1]
  }

  func stance(_ stance: Stance) -> [UInt8] { stances[Self.ordinal(stance)] }

  // The cases' positions in `allCases`.
  private static func ordinal(_ kind: EdgeKind) -> Int {
    switch kind {
    case .about: 0
    case .cites: 1
    case .relation: 2
    case .evidence: 3
    case .usesMethod: 4
    case .sameAs: 5
    case .inArticle: 6
    }
  }

  private static func ordinal(_ strength: EvidenceStrength) -> Int {
    switch strength {
    case .established: 0
    case .uncertain: 1
    case .refuted: 2
    }
  }

  private static func ordinal(_ stance: Stance) -> Int {
    switch stance {
    case .supports: 0
    case .contradicts: 1
    case .mentions: 2
    }
  }
}

extension XMLMarkupWriter {
  /// `<data key="…">value</data>`.
  fileprivate mutating func data(_ key: PreparedElement, _ value: GraphAttributes.Value) {
    element(key, text: value)
  }

}

/// The `<key>` declarations of a GraphML export and their neutral ids (`d0`, `d1`, …).
private struct KeyTable {
  struct Declaration {
    let id: String
    let key: GraphAttributes.Key
  }

  /// The `<data key="…">` element of one key.
  typealias Data = XMLMarkupWriter.PreparedElement

  /// The keys of what a claim says on its edges, written edge by edge.
  struct EdgeKeys {
    let claim: Data
    let predicate: Data
    let methods: Data
    let locator: Data
    let inferred: Data
    let quote: Data
  }

  let declarations: [Declaration]
  private let graphIDs: [String: Data]
  /// The keys of ``GraphAttributes/node``, by position (nil: not declared).
  private let nodeIDs: [Data?]
  private let nodeColor: [Data]
  let nodeID: Data?
  /// The keys of ``GraphAttributes/edge``, by position.
  private let edgeIDs: [Data]
  /// The keys every node has.
  let label: Data
  let kind: Data
  let edges: EdgeKeys

  /// Declares graph keys, then node keys (`label` and `kind`, the colour, the authored
  /// fields — a claim's lists only when some claim keeps them on its node —, `node_id`
  /// when some ids were replaced), then edge keys.
  init(needsNodeID: Bool, needsClaimLists: Bool) {
    var declarations: [Declaration] = []
    func declare(_ key: GraphAttributes.Key) -> Data {
      let id = "d\(declarations.count)"
      declarations.append(Declaration(id: id, key: key))
      return Data("data", "key", id)
    }
    var graphIDs: [String: Data] = [:]
    for key in GraphAttributes.graphKeys { graphIDs[key.name] = declare(key) }
    // `label` and `kind` come first among the node attributes.
    let presentation = GraphAttributes.nodeKeys.prefix(2).map(declare)
    let color = [ModelField.red, .green, .blue].map {
      declare(GraphAttributes.Key(field: $0, domain: .node))
    }
    let claimLists: [ModelField] = [.about, .relations, .citations]
    let authored = GraphAttributes.nodeKeys.dropFirst(presentation.count).map { key in
      needsClaimLists || !claimLists.contains(key.field) ? declare(key) : nil
    }
    nodeID = needsNodeID ? declare(GraphAttributes.Key(field: .nodeID, domain: .node)) : nil
    let edgeIDs = GraphAttributes.edgeKeys.map(declare)
    func edgeID(_ field: ModelField) -> Data { edgeIDs[GraphAttributes.edgeSlot(field)] }
    self.declarations = declarations
    self.graphIDs = graphIDs
    nodeIDs = presentation.map(Optional.some) + authored
    nodeColor = color
    self.edgeIDs = edgeIDs
    label = presentation[GraphAttributes.nodeSlot(.label)]
    kind = presentation[GraphAttributes.nodeSlot(.kind)]
    edges = EdgeKeys(
      claim: edgeID(.claim), predicate: edgeID(.predicate), methods: edgeID(.methods),
      locator: edgeID(.locator), inferred: edgeID(.inferred), quote: edgeID(.quote))
  }

  /// The key of the node attribute at `slot` in ``GraphAttributes/node``.
  func node(at slot: Int) -> Data {
    guard let id = nodeIDs[slot] else {
      preconditionFailure("undeclared key \(GraphAttributes.node[slot].field.attribute)")
    }
    return id
  }

  /// The key of an edge attribute.
  func edge(_ field: ModelField) -> Data { edgeIDs[GraphAttributes.edgeSlot(field)] }

  /// A colour as three integer `<data>` elements, for `r`, `g` and `b`.
  func colorBytes(_ color: RGBColor) -> [UInt8] {
    zip(nodeColor, [color.red, color.green, color.blue]).flatMap { key, component in
      XMLMarkupWriter.bytes(of: key, text: .int(component))
    }
  }

  func graphID(_ name: String) -> Data {
    guard let id = graphIDs[name] else { preconditionFailure("undeclared GraphML key \(name)") }
    return id
  }
}
