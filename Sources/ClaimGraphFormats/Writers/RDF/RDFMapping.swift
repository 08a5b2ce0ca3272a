import ClaimGraph

/// What the RDF exports say about a graph: the one mapping N-Triples and Turtle share
/// (the README's "When one machine is not enough" documents it).
///
/// - The articles (each a `claimgraph:Article` and a `bibo:Article`) and their sections
///   (in a library of several articles, a section's IRI is `ARTICLE/SECTION`, as two
///   articles may both have a section `faq`); then each claim, `prov:wasDerivedFrom` its
///   article, with its edges (`claimgraph:about`, `claimgraph:cites` and
///   `claimgraph:citation` — for an inferred citation `claimgraph:infers` and
///   `claimgraph:inferredCitation`, so no query for what a claim cites can take one —,
///   `claimgraph:asserts`,
///   `claimgraph:restsOn`), followed by its citations and relations, each an edge of the
///   graph and a node of its own, and the evidence its own sentence describes without
///   naming a study (`claimgraph:statedEvidence`, a blank node `claimgraph:StatedEvidence`
///   with its `claimgraph:method` and `claimgraph:quote`s); then each source with its
///   `uses-method` edges; then the entities.
/// - Everything is written in the graph's canonical order, one node at a time, so the
///   output is deterministic and streamed: nothing but the current node's few edges is
///   held.
enum RDFMapping {
  static func write(
    _ selection: GraphSelection, syntax: RDFWriter.Syntax, options: RDFOptions,
    to sink: inout some ExportSink
  ) throws {
    var writer = RDFWriter(syntax: syntax, options: options)
    writer.prologue()
    let graph = selection.graph
    writeArticles(graph, to: &writer)
    // A claim's `in-article` edge, last among the edges, is its `prov:wasDerivedFrom`.
    let edges = selection.edges.prefix { $0.kind != .inArticle }
    var next = 0
    /// Writes, each on its own, the edges before `index` that no node took (the relations
    /// of claims that the selection left out).
    func writeStrays(while belongsBefore: (Edge) -> Bool) {
      while next < edges.count && belongsBefore(edges[next]) {
        writeEdge(edges[next], graph: graph, to: &writer)
        next += 1
      }
    }
    for node in selection.nodes {
      switch node {
      case .claim(let claim):
        writeStrays { edge in edge.claim.map { $0 < claim.id } ?? false }
        let start = next
        while next < edges.count && edges[next].claim == claim.id { next += 1 }
        writeClaim(claim, edges: edges[start..<next], graph: graph, to: &writer)
      case .source(let source):
        writeStrays { edge in edge.claim != nil }
        let start = next
        while next < edges.count && edges[next].kind == .usesMethod
          && edges[next].source == source.id
        {
          next += 1
        }
        writeSource(source, methods: edges[start..<next], to: &writer)
      case .entity(let entity):
        writeStrays { _ in true }
        writeEntity(entity, to: &writer)
      case .article:
        // Written first, with their sections.
        writeStrays { _ in true }
      }
      try writer.flushIfFull(to: &sink)
    }
    writeStrays { _ in true }
    try writer.finish(to: &sink)
  }

  // MARK: - Article

  private static func writeArticles(_ graph: KnowledgeGraph, to writer: inout RDFWriter) {
    guard !graph.articles.isEmpty else {
      // A graph that declares no article may still have sections.
      writeSections(graph.sections, of: nil, graph: graph, to: &writer)
      return
    }
    for article in graph.articles {
      writer.subject(.article, id: article.id)
      writer.add(.type, .articleClass)
      writer.add(.type, .biboArticle)
      writer.add(.identifier, text: article.id)
      writer.add(.title, text: article.title, tagged: true)
      for section in article.sections {
        writer.add(.hasPart, .section, id: sectionID(section.id, of: article.id, in: graph))
      }
      writeSections(article.sections, of: article.id, graph: graph, to: &writer)
    }
  }

  private static func writeSections(
    _ sections: [Section], of article: String?, graph: KnowledgeGraph,
    to writer: inout RDFWriter
  ) {
    for (offset, section) in sections.enumerated() {
      writer.subject(.section, id: sectionID(section.id, of: article, in: graph))
      writer.add(.type, .sectionClass)
      writer.add(.identifier, text: section.id)
      writer.add(.title, text: section.title, tagged: true)
      writer.add(.position, integer: offset + 1)
      if let article { writer.add(.isPartOf, .article, id: article) }
    }
  }

  /// The id of a section's IRI: the section's own id, or in a library of several articles
  /// (whose sections may share ids) `ARTICLE/SECTION`.
  private static func sectionID(
    _ section: String, of article: String?, in graph: KnowledgeGraph
  ) -> String {
    guard let article, graph.articles.count > 1 else { return section }
    return article + "/" + section
  }

  // MARK: - Claims

  private static func writeClaim(
    _ claim: Claim, edges: ArraySlice<Edge>, graph: KnowledgeGraph, to writer: inout RDFWriter
  ) {
    let article = claim.article
    writer.subject(.claim, id: claim.id.rawValue)
    writer.add(.type, .class(of: .claim))
    writer.add(.identifier, text: claim.id.rawValue)
    writer.add(.statementText, text: claim.statement, tagged: true)
    for quote in claim.quotes { writer.add(.quote, text: quote.exact, tagged: true) }
    writer.add(.strength, .value(claim.strength))
    if let section = claim.section {
      writer.add(.section, .section, id: sectionID(section, of: article, in: graph))
    }
    if let article { writer.add(.wasDerivedFrom, .article, id: article) }
    for edge in edges {
      switch edge.kind {
      case .about:
        writer.add(.about, namespace(of: edge.target, in: graph), id: edge.target.rawValue)
      case .cites where edge.isInferred:
        // Never `cites`: a query for what a claim cites cannot take an inferred citation.
        writer.add(.infers, .source, id: edge.target.rawValue)
        writer.add(.inferredCitation, .edge, id: edge.id)
      case .cites:
        writer.add(.cites, .source, id: edge.target.rawValue)
        writer.add(.citation, .edge, id: edge.id)
      case .relation:
        writer.add(.asserts, .edge, id: edge.id)
      case .evidence:
        writer.add(.restsOn, .method, id: edge.target.rawValue)
      case .sameAs:
        writer.add(.sameClaimAs, .claim, id: edge.target.rawValue)
      case .usesMethod, .inArticle:
        break
      }
    }
    if let note = claim.note { writer.add(.note, text: note, tagged: true) }
    let stated = claim.evidence.map { evidence in
      let label = writer.newBlankNode()
      writer.add(.statedEvidence, blank: label)
      return (label, evidence)
    }
    let suppressions = addSuppressions(claim.suppressions, to: &writer)
    // The `cites` edges follow the citations of existing sources, in order.
    let citations = claim.citations.filter { graph.source($0.source) != nil }
    var nextCitation = citations.startIndex
    for edge in edges where edge.kind == .cites || edge.kind == .relation {
      var citation: Citation?
      if edge.kind == .cites, nextCitation < citations.endIndex {
        citation = citations[nextCitation]
        nextCitation += 1
      }
      writeEdge(edge, citation: citation, graph: graph, to: &writer)
    }
    for (label, evidence) in stated {
      writer.subject(blank: label)
      writer.add(.type, .statedEvidenceClass)
      writer.add(.method, .method, id: evidence.method.rawValue)
      for quote in evidence.quotes { writer.add(.quote, text: quote.exact, tagged: true) }
    }
    writeSuppressions(suppressions, to: &writer)
  }

  /// An edge on its own: a citation (with the passages that invoke its source, and whether
  /// it is inferred) or a relation as a node, any other edge as one triple.
  private static func writeEdge(
    _ edge: Edge, citation: Citation? = nil, graph: KnowledgeGraph, to writer: inout RDFWriter
  ) {
    switch edge.kind {
    case .cites:
      writer.subject(.edge, id: edge.id)
      writer.add(.type, .citationClass)
      writer.add(.identifier, text: edge.id)
      writer.add(.source, .source, id: edge.target.rawValue)
      if let stance = edge.stance { writer.add(.stance, .value(stance)) }
      for method in edge.methods { writer.add(.method, .method, id: method.rawValue) }
      if let locator = edge.locator { writer.add(.locator, text: locator) }
      for quote in citation?.quotes ?? [] { writer.add(.quote, text: quote.exact, tagged: true) }
      if edge.isInferred { writer.add(.inferred, boolean: true) }
      if edge.isBacking { writer.add(.backs, boolean: true) }
    case .relation:
      writer.subject(.edge, id: edge.id)
      writer.add(.type, .statement)
      writer.add(.type, .relationClass)
      writer.add(.identifier, text: edge.id)
      writer.add(.subject, namespace(of: edge.source, in: graph), id: edge.source.rawValue)
      writer.add(.predicate, .relation, id: edge.predicate ?? "")
      writer.add(.object, namespace(of: edge.target, in: graph), id: edge.target.rawValue)
      if let strength = edge.strength { writer.add(.strength, .value(strength)) }
      if let claim = edge.claim { writer.add(.assertedBy, .claim, id: claim.rawValue) }
    case .about, .evidence:
      guard let claim = edge.claim else { return }
      writer.subject(.claim, id: claim.rawValue)
      if edge.kind == .about {
        writer.add(.about, namespace(of: edge.target, in: graph), id: edge.target.rawValue)
      } else {
        writer.add(.restsOn, .method, id: edge.target.rawValue)
      }
    case .sameAs:
      writer.subject(.claim, id: edge.source.rawValue)
      writer.add(.sameClaimAs, .claim, id: edge.target.rawValue)
    case .usesMethod:
      writer.subject(.source, id: edge.source.rawValue)
      writer.add(.usesMethod, .method, id: edge.target.rawValue)
    case .inArticle:
      // Written with the claim, from its `article`.
      break
    }
  }

  // MARK: - Sources and entities

  private static func writeSource(
    _ source: Source, methods: ArraySlice<Edge>, to writer: inout RDFWriter
  ) {
    writer.subject(.source, id: source.id.rawValue)
    writer.add(.type, .class(of: .source))
    writer.add(.type, .document)
    writer.add(.identifier, text: source.id.rawValue)
    if let type = source.type { writer.add(.dctermsType, .value(type)) }
    writer.add(.title, text: source.title)
    for author in source.authors { writer.add(.creator, text: author) }
    if !source.authors.isEmpty { writer.add(.authorList, list: source.authors) }
    if let year = source.year { writer.add(.date, lexical: gYear(year), datatype: .gYear) }
    if let venue = source.venue { writer.add(.venue, text: venue) }
    if let doi = source.doi { writer.add(.doi, text: doi) }
    if let pmid = source.pmid { writer.add(.pmid, text: pmid) }
    if let url = source.url { writer.add(.uri, lexical: url, datatype: .anyURI) }
    for edge in methods { writer.add(.usesMethod, .method, id: edge.target.rawValue) }
    writer.add(.listed, boolean: source.isListed)
    if let mentioned = source.mentionedAs {
      writer.add(.mentionedAs, text: mentioned, tagged: true)
    }
    if let note = source.note { writer.add(.note, text: note, tagged: true) }
    writeSuppressions(addSuppressions(source.suppressions, to: &writer), to: &writer)
  }

  private static func writeEntity(_ entity: Entity, to writer: inout RDFWriter) {
    writer.subject(RDFNamespace.of(entity.kind), id: entity.id.rawValue)
    writer.add(.type, .class(of: entity.kind))
    writer.add(.type, .concept)
    writer.add(.identifier, text: entity.id.rawValue)
    writer.add(.prefLabel, text: entity.name, tagged: true)
    for alias in entity.aliases { writer.add(.altLabel, text: alias, tagged: true) }
    if let category = entity.category { writer.add(.category, text: category, tagged: true) }
    if let description = entity.description {
      writer.add(.definition, text: description, tagged: true)
    }
    writeSuppressions(addSuppressions(entity.suppressions, to: &writer), to: &writer)
  }

  // MARK: - Suppressions

  /// Links the current subject to one blank node per suppression; returns them, to be
  /// described once the subject is done.
  private static func addSuppressions(
    _ suppressions: [Suppression], to writer: inout RDFWriter
  ) -> [(label: Int, Suppression)] {
    suppressions.map { suppression in
      let label = writer.newBlankNode()
      writer.add(.suppression, blank: label)
      return (label, suppression)
    }
  }

  private static func writeSuppressions(
    _ suppressions: [(label: Int, Suppression)], to writer: inout RDFWriter
  ) {
    for (label, suppression) in suppressions {
      writer.subject(blank: label)
      writer.add(.type, .suppressionClass)
      writer.add(.rule, text: suppression.rule)
      writer.add(.reason, text: suppression.reason, tagged: true)
    }
  }

  // MARK: - Helpers

  /// The namespace of a node's IRI: its kind's (a missing node is taken for a method, the
  /// only kind edges name without resolving).
  private static func namespace(of id: NodeID, in graph: KnowledgeGraph) -> RDFNamespace {
    RDFNamespace.of(graph.kind(of: id) ?? .method)
  }

  /// A year as `xsd:gYear`: at least four digits, with a minus sign before a negative one.
  static func gYear(_ year: Int) -> String {
    let digits = String(year.magnitude)
    let padded = String(repeating: "0", count: max(0, 4 - digits.count)) + digits
    return year < 0 ? "-" + padded : padded
  }
}
