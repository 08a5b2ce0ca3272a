/// An immutable, indexed knowledge graph of claims, sources and entities: a library of one
/// or more articles sharing one catalogue of sources and entities.
///
/// Build one from values in code with ``init(articles:texts:claims:sources:entities:)`` (or,
/// for one article, ``init(article:sections:claims:sources:entities:text:)``), or load one
/// from YAML with `GraphLoader` (module `ClaimGraphYAML`). Nodes are kept in a canonical
/// order (by id within each kind), so two graphs with the same content are equal and export
/// byte-identically, whatever order their nodes were given in.
///
/// Edges are derived, never authored: each claim induces `about` edges to its entities
/// (including the entities its relations name), `same-as` edges to the claims it restates,
/// `cites` edges to its sources, `relation` edges between entities, `evidence` edges to the
/// methods of its supporting citations and of the evidence its own sentence describes
/// (``Claim/evidence``) and an `in-article` edge to its article's node, all
/// carrying the claim's strength; each source induces `uses-method` edges.
///
/// Articles are nodes too (``Node/article(_:)``, id ``Article/nodeID``), after the entities:
/// ``nodes``, ``node(_:)``, ``kind(of:)`` and the adjacency see them.
/// References to ids that do not exist (or name the wrong kind of node) induce no edge;
/// ``unresolvedReferences`` lists them.
///
/// Each article's claims are anchored in its own text: ``grounding(ofArticle:)``.
public struct KnowledgeGraph: Sendable {
  /// The graph's only article: nil when it declares none, or several (see ``articles``).
  public var article: Article? { articles.count == 1 ? articles[0] : nil }
  /// Every article of the library, ordered by id.
  public let articles: [Article]
  /// Every section, article by article in ``articles`` order, each article's in reading
  /// order; in a graph that declares no article, the sections it declares.
  public let sections: [Section]
  /// Every claim, ordered by id.
  public let claims: [Claim]
  /// Every source, ordered by id.
  public let sources: [Source]
  /// Every entity, ordered by kind, then id.
  public let entities: [Entity]
  /// The text of the graph's only article (or of a graph that declares none), if any.
  ///
  /// It is the document the anchors are checked against. In a library, see
  /// ``text(ofArticle:)``.
  public var text: ArticleText? { scopes.count == 1 ? scopes[0].text : nil }
  /// Where every anchor lands in ``text``; nil when the graph has no text, or several
  /// articles (see ``grounding(ofArticle:)``).
  public var grounding: Grounding? { scopes.count == 1 ? scopes[0].grounding : nil }
  /// Every edge, in a canonical order: per claim (by id) its `about`, `same-as`, `cites`,
  /// `relation` and `evidence` edges, then per source its `uses-method` edges, then per
  /// claim its `in-article` edge.
  public let edges: [Edge]

  /// The references that do not resolve (see ``unresolvedReferences``).
  let unresolved: [Reference]

  /// The articles' texts, groundings and reference lists; a graph that declares no article
  /// but has sections, a text or claims has one scope without an article, first.
  let scopes: [ArticleScope]
  /// The scope of each claim, by offset in ``claims``.
  let claimScopes: [Int32]
  private let index: [NodeID: Slot]
  private let outgoing: Adjacency
  private let incoming: Adjacency
  /// Each edge's kind, strength, and the numbers of the nodes it starts from and points
  /// to (claims, then sources, then entities, then articles): ``edges`` without strings.
  let edgeKinds: [EdgeKind]
  let edgeStrengths: [EvidenceStrength?]
  let edgeSources: [Int32]
  let edgeTargets: [Int32]
  /// Every claim's citations, resolved to source offsets, with their roles.
  let citationIndex: CitationIndex

  private enum Slot: Sendable {
    case claim(Int)
    case source(Int)
    case entity(Int)
    case article(Int)
  }

  /// A problem that prevents building a graph from values.
  public enum BuildError: Error, Hashable, Sendable, CustomStringConvertible {
    /// Two nodes share an identifier.
    case duplicateID(NodeID)
    /// Two sections of one article share an identifier.
    case duplicateSection(String)
    /// Two articles share an identifier.
    case duplicateArticle(String)

    /// A message a person can act on.
    public var description: String {
      switch self {
      case .duplicateID(let id): "the id '\(id)' is used by more than one node"
      case .duplicateSection(let id): "the section id '\(id)' is declared more than once"
      case .duplicateArticle(let id): "the article id '\(id)' is declared more than once"
      }
    }
  }

  /// Builds a graph of one article (or of none) from its nodes.
  ///
  /// Claims that name no article belong to `article` (and name it in the graph).
  ///
  /// - Throws: ``BuildError`` when two nodes (or two sections) share an identifier.
  /// - Complexity: O(*n* log *n* + *e*) for *n* nodes and *e* edges.
  public init(
    article: Article? = nil, sections: [Section] = [], claims: [Claim] = [],
    sources: [Source] = [], entities: [Entity] = [], text: ArticleText? = nil
  ) throws(BuildError) {
    if var article {
      article.sections = sections
      try self.init(
        articles: [article], texts: text.map { [article.id: $0] } ?? [:], claims: claims,
        sources: sources, entities: entities)
    } else {
      try self.init(
        articles: [], texts: [:], claims: claims, sources: sources, entities: entities,
        unnamed: (sections, text))
    }
  }

  /// Builds a library of articles from its nodes.
  ///
  /// Each claim belongs to the article its ``Claim/article`` names; with one article, a
  /// claim that names none belongs to it, and names it in the graph.
  ///
  /// - Parameters:
  ///   - articles: the articles, with their sections.
  ///   - texts: each article's text, by article id.
  ///   - claims: the claims of every article.
  ///   - sources: the library's sources.
  ///   - entities: the library's entities.
  /// - Throws: ``BuildError`` when two nodes, two articles or two sections of one article
  ///   share an identifier.
  /// - Complexity: O(*n* log *n* + *e* + *t*) for *n* nodes, *e* edges and texts of total
  ///   length *t*.
  public init(
    articles: [Article], texts: [String: ArticleText] = [:], claims: [Claim] = [],
    sources: [Source] = [], entities: [Entity] = []
  ) throws(BuildError) {
    try self.init(
      articles: articles, texts: texts, claims: claims, sources: sources, entities: entities,
      unnamed: ([], nil))
  }

  private init(
    articles: [Article], texts: [String: ArticleText], claims: [Claim], sources: [Source],
    entities: [Entity], unnamed: (sections: [Section], text: ArticleText?)
  ) throws(BuildError) {
    var articles = articles
    articles.sort { $0.id.utf8.lexicographicallyPrecedes($1.id.utf8) }
    for (first, second) in zip(articles, articles.dropFirst()) where first.id == second.id {
      throw .duplicateArticle(first.id)
    }
    self.articles = articles
    // Sorted in place: the arguments are the initializer's own, so when the caller hands
    // over its arrays the nodes are moved rather than copied (every string retained) into
    // new arrays and the old ones freed (every string released).
    var claims = claims
    claims.sort { $0.id < $1.id }
    if articles.count == 1 {
      // The only article's claims say so, however they were built.
      let only = articles[0].id
      for offset in claims.indices where claims[offset].article == nil {
        claims[offset].article = only
      }
    }
    var sources = sources
    sources.sort { $0.id < $1.id }
    var entities = entities
    entities.sort { ($0.kind, $0.id) < ($1.kind, $1.id) }
    self.claims = claims
    self.sources = sources
    self.entities = entities

    var index: [NodeID: Slot] = [:]
    index.reserveCapacity(claims.count + sources.count + entities.count + articles.count)
    func insert(_ id: NodeID, _ slot: Slot) throws(BuildError) {
      guard index.updateValue(slot, forKey: id) == nil else { throw .duplicateID(id) }
    }
    // Ids read in place, without copying the nodes.
    for offset in claims.indices { try insert(claims[offset].id, .claim(offset)) }
    for offset in sources.indices { try insert(sources[offset].id, .source(offset)) }
    for offset in entities.indices { try insert(entities[offset].id, .entity(offset)) }
    for offset in articles.indices { try insert(articles[offset].nodeID, .article(offset)) }
    self.index = index

    // Each claim's scope: its article's, else the only one.
    let articleScope = Dictionary(
      articles.enumerated().map { ($0.element.id, $0.offset) }, uniquingKeysWith: { a, _ in a })
    let hasUnnamed =
      articles.isEmpty
      && (!unnamed.sections.isEmpty || unnamed.text != nil || !claims.isEmpty)
    let offset = hasUnnamed ? 1 : 0
    let fallback: Int32 = hasUnnamed || articles.count == 1 ? 0 : -1
    let claimScopes = claims.map { claim in
      claim.article.flatMap { articleScope[$0] }.map { Int32($0 + offset) } ?? fallback
    }
    self.claimScopes = claimScopes
    var scopeClaims = [[Claim]](repeating: [], count: articles.count + offset)
    var scopeOffsets = [[Int32]](repeating: [], count: articles.count + offset)
    for (number, scope) in claimScopes.enumerated() where scope >= 0 {
      scopeClaims[Int(scope)].append(self.claims[number])
      scopeOffsets[Int(scope)].append(Int32(number))
    }
    let sortedSources = self.sources
    let isLibrary = articles.count > 1
    /// The offsets of the sources a scope's claims cite (only needed in a library).
    func cited(by claims: [Claim]) -> [Int]? {
      guard isLibrary else { return nil }
      var offsets = Set<Int>()
      for claim in claims {
        for citation in claim.citations {
          if case .source(let offset) = index[citation.source] { offsets.insert(offset) }
        }
      }
      return offsets.sorted()
    }
    var scopes: [ArticleScope] = []
    if hasUnnamed {
      try scopes.append(
        ArticleScope(
          article: nil, sections: unnamed.sections, text: unnamed.text, claims: scopeClaims[0],
          claimOffsets: scopeOffsets[0], sources: sortedSources, cited: nil))
    }
    for (number, article) in articles.enumerated() {
      let claims = scopeClaims[number + offset]
      try scopes.append(
        ArticleScope(
          article: article, sections: article.sections, text: texts[article.id],
          claims: claims, claimOffsets: scopeOffsets[number + offset], sources: sortedSources,
          cited: cited(by: claims)))
    }
    self.scopes = scopes
    self.sections = scopes.flatMap(\.sections)

    // Nodes are numbered claims first, then sources, then entities, then articles.
    let claimCount = self.claims.count
    let firstEntity = claimCount + self.sources.count
    let entityKinds = self.entities.map(\.kind)
    let nodes = index
    let scopeList = scopes
    var resolution = ReferenceResolution(
      claims: self.claims, sources: self.sources,
      hasSection: { section, claim in
        let scope = claimScopes[claim]
        return scope >= 0 && scopeList[Int(scope)].sectionIndex[section] != nil
      },
      isListed: { source, claim in
        let scope = claimScopes[claim]
        guard scope >= 0 else { return sortedSources[Int(source)].isListed }
        return scopeList[Int(scope)].lists(sourceAt: Int(source), sortedSources)
      },
      lookup: { id in
        switch nodes[id] {
        case .claim(let offset): (Int32(offset), .claim)
        case .source(let offset): (Int32(claimCount + offset), .source)
        case .entity(let offset): (Int32(firstEntity + offset), entityKinds[offset])
        case .article(let offset): (Int32(firstEntity + entityKinds.count + offset), .article)
        case nil: nil
        }
      })
    // Each claim of an article points to the article's node.
    let firstArticle = Int32(firstEntity + entityKinds.count)
    let articleNodes = articles.map(\.nodeID)
    resolution.addArticleEdges(claims: self.claims) { claim in
      let scope = Int(claimScopes[claim]) - offset
      guard !articleNodes.isEmpty, scope >= 0 else { return nil }
      return (articleNodes[scope], firstArticle + Int32(scope))
    }
    self.edges = resolution.edges
    self.unresolved = resolution.unresolved
    self.edgeKinds = resolution.edgeKinds
    self.edgeStrengths = resolution.edgeStrengths
    self.edgeSources = resolution.edgeSources
    self.edgeTargets = resolution.edgeTargets
    self.citationIndex = resolution.citations
    self.outgoing = Adjacency(nodeCount: index.count, nodes: resolution.edgeSources)
    self.incoming = Adjacency(nodeCount: index.count, nodes: resolution.edgeTargets)
  }

  /// The number of a node in the adjacency lists: claims, then sources, then entities,
  /// then articles.
  private func number(of id: NodeID) -> Int? {
    switch index[id] {
    case .claim(let offset): offset
    case .source(let offset): claims.count + offset
    case .entity(let offset): claims.count + sources.count + offset
    case .article(let offset): claims.count + sources.count + entities.count + offset
    case nil: nil
    }
  }

  /// The offset in ``claims`` of the claim with this identifier, if any.
  func claimOffset(of id: NodeID) -> Int? {
    if case .claim(let offset) = index[id] { offset } else { nil }
  }

  /// The offset in ``sources`` of the source with this identifier, if any.
  func sourceOffset(of id: NodeID) -> Int? {
    if case .source(let offset) = index[id] { offset } else { nil }
  }

  // MARK: - Lookup

  /// The number of nodes of every kind, articles included.
  public var nodeCount: Int { index.count }

  /// The node with this identifier, if any.
  ///
  /// - Complexity: O(1).
  public func node(_ id: NodeID) -> Node? {
    switch index[id] {
    case .claim(let offset): .claim(claims[offset])
    case .source(let offset): .source(sources[offset])
    case .entity(let offset): .entity(entities[offset])
    case .article(let offset): .article(articles[offset])
    case nil: nil
    }
  }

  /// The kind of the node with this identifier, if any.
  ///
  /// - Complexity: O(1).
  public func kind(of id: NodeID) -> NodeKind? {
    switch index[id] {
    case .claim: .claim
    case .source: .source
    case .entity(let offset): entities[offset].kind
    case .article: .article
    case nil: nil
    }
  }

  /// The claim with this identifier, if any.
  public func claim(_ id: NodeID) -> Claim? {
    if case .claim(let offset) = index[id] { claims[offset] } else { nil }
  }

  /// The source with this identifier, if any.
  public func source(_ id: NodeID) -> Source? {
    if case .source(let offset) = index[id] { sources[offset] } else { nil }
  }

  /// The entity with this identifier, if any.
  public func entity(_ id: NodeID) -> Entity? {
    if case .entity(let offset) = index[id] { entities[offset] } else { nil }
  }

  /// The section with this identifier, if declared: in a library, the first article's (by
  /// id) that declares it; ``section(_:inArticle:)`` asks one article.
  public func section(_ id: String) -> Section? {
    for scope in scopes { if let offset = scope.sectionIndex[id] { return scope.sections[offset] } }
    return nil
  }

  /// The position of a section in its article's reading order, if declared (in a library,
  /// as ``section(_:)`` finds it).
  public func sectionOrder(_ id: String) -> Int? {
    for scope in scopes { if let offset = scope.sectionIndex[id] { return offset } }
    return nil
  }

  // MARK: - Adjacency

  /// The edges leaving a node, optionally only those of one kind.
  ///
  /// - Complexity: O(*d*) for the node's out-degree *d*.
  public func edges(from id: NodeID, kind: EdgeKind? = nil) -> [Edge] {
    guard let node = number(of: id) else { return [] }
    return outgoing.edges(of: node).lazy.map { edges[Int($0)] }.filter {
      kind == nil || $0.kind == kind
    }
  }

  /// The edges arriving at a node, optionally only those of one kind.
  ///
  /// - Complexity: O(*d*) for the node's in-degree *d*.
  public func edges(to id: NodeID, kind: EdgeKind? = nil) -> [Edge] {
    guard let node = number(of: id) else { return [] }
    return incoming.edges(of: node).lazy.map { edges[Int($0)] }.filter {
      kind == nil || $0.kind == kind
    }
  }

  /// The numbers of the edges of one kind arriving at a node, in edge order.
  ///
  /// - Complexity: O(*d*) for the node's in-degree *d*; nothing is copied or hashed.
  func edgeNumbers(to node: Int, kind: EdgeKind) -> some Sequence<Int> {
    incoming.edges(of: node).lazy.map { Int($0) }.filter { edgeKinds[$0] == kind }
  }

  /// Whether any edge arrives at the entity at an offset in ``entities``.
  func hasIncomingEdges(entityAt offset: Int) -> Bool {
    !incoming.edges(of: claims.count + sources.count + offset).isEmpty
  }

  /// The offsets of the claims with an edge of one kind to a node, in edge order (a claim
  /// once per edge).
  func claimOffsets(reaching id: NodeID, by kind: EdgeKind) -> [Int] {
    guard let node = number(of: id) else { return [] }
    return edgeNumbers(to: node, kind: kind).compactMap { edge in
      let from = Int(edgeSources[edge])
      return from < claims.count ? from : nil
    }
  }

  /// The claims about an entity (directly, or through a relation they assert), by id.
  public func claims(about entity: NodeID) -> [Claim] {
    claimOffsets(reaching: entity, by: .about).map { claims[$0] }
  }

  /// The claims that cite a source, by id.
  public func claims(citing source: NodeID) -> [Claim] {
    var seen = Set<Int>()
    return claimOffsets(reaching: source, by: .cites).filter { seen.insert($0).inserted }.map {
      claims[$0]
    }
  }

  /// The claims that rest on an evidence method: at least one citation that counts as
  /// evidence (``isEvidence(_:for:)``) uses it, on the citation or, when the citation does
  /// not say, on the cited source; or the claim's own sentence describes it (anchored
  /// ``Claim/evidence``).
  public func claims(restingOn method: NodeID) -> [Claim] {
    claimOffsets(reaching: method, by: .evidence).map { claims[$0] }
  }

  /// The methods a citation relies on: its own when it gives them (an empty list meaning
  /// "none"), otherwise its source's.
  public func methods(of citation: Citation) -> [NodeID] {
    citation.methods ?? source(citation.source)?.methods ?? []
  }

  /// Whether a citation counts as evidence for a claim: it supports the claim, is not
  /// inferred, and is anchored (see ``Citation/isAnchored(for:source:)``).
  ///
  /// Queries (`method:`), the summary tables and the evidence rules count only these.
  public func isEvidence(_ citation: Citation, for claim: Claim) -> Bool {
    citation.stance == .supports
      && citation.isAnchored(for: claim, source: source(citation.source))
  }

  /// The citations that back a claim, with their positions: those that count as evidence
  /// for it and, for a refuted claim, the anchored, not inferred citations that contradict
  /// it (the evidence for rejecting it).
  public func backingCitations(of claim: Claim) -> [(offset: Int, element: Citation)] {
    claim.citations.enumerated().filter { _, citation in
      Self.backs(
        citation, claim, anchored: citation.isAnchored(for: claim, source: source(citation.source)))
    }
  }

  /// Whether an anchored (or not) citation backs a claim: it supports it or, for a refuted
  /// claim, contradicts it; an unanchored or inferred citation backs nothing.
  static func backs(_ citation: Citation, _ claim: Claim, anchored: Bool) -> Bool {
    anchored
      && (citation.stance == .supports
        || (claim.strength == .refuted && citation.stance == .contradicts))
  }

  /// The evidence methods a claim rests on, in first-seen order: its evidence citations'
  /// methods, then those its own sentence describes (anchored ``Claim/evidence``).
  public func methods(supporting claim: Claim) -> [NodeID] {
    var seen = Set<NodeID>()
    let cited = claim.citations.filter { isEvidence($0, for: claim) }.flatMap(methods(of:))
    let stated = claim.evidence.filter(\.isAnchored).map(\.method)
    return (cited + stated).filter { seen.insert($0).inserted }
  }
}

extension KnowledgeGraph: Equatable {
  /// Two graphs are equal when their articles, sections, nodes and texts are equal;
  /// edges and indexes are derived from those.
  public static func == (lhs: KnowledgeGraph, rhs: KnowledgeGraph) -> Bool {
    lhs.articles == rhs.articles && lhs.sections == rhs.sections && lhs.claims == rhs.claims
      && lhs.sources == rhs.sources && lhs.entities == rhs.entities
      && lhs.scopes.map(\.text) == rhs.scopes.map(\.text)
  }
}
