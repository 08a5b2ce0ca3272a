import ClaimGraph

/// What `claimgraph show` prints for each kind of node.
package enum NodeDetails {
  package static func text(_ node: Node, in graph: KnowledgeGraph) -> String {
    switch node {
    case .claim(let claim): text(claim, in: graph)
    case .source(let source): text(source, in: graph)
    case .entity(let entity): text(entity, in: graph)
    case .article(let article): text(article, in: graph)
    }
  }

  package static func json(_ node: Node, in graph: KnowledgeGraph) -> JSONValue {
    switch node {
    case .claim(let claim): json(claim, in: graph)
    case .source(let source): json(source, in: graph)
    case .entity(let entity): json(entity, in: graph)
    case .article(let article): json(article, in: graph)
    }
  }

  // MARK: - Articles

  package static func text(_ article: Article, in graph: KnowledgeGraph) -> String {
    let claims = graph.claims(inArticle: article.id)
    var lines = ["article \(article.id)", "  \(article.title)"]
    if let text = graph.text(ofArticle: article.id) { lines.append("text: \(text.path)") }
    lines.append("sections: \(article.sections.count)")
    lines += article.sections.map { "  - \($0.id): \($0.title)" }
    lines.append("claims: \(claims.count) (\(claims.filter(graph.isCited).count) cited)")
    return lines.joined(separator: "\n") + "\n"
  }

  package static func json(_ article: Article, in graph: KnowledgeGraph) -> JSONValue {
    let claims = graph.claims(inArticle: article.id)
    return .object([
      (ModelField.id.key, .string(article.nodeID.rawValue)),
      (ModelField.kind.key, .string(NodeKind.article.rawValue)),
      (ModelField.article.key, .string(article.id)),
      (ModelField.title.key, .string(article.title)),
      (
        ModelField.textFile.attribute,
        graph.text(ofArticle: article.id).map { .string($0.path) } ?? .null
      ),
      (
        "sections",
        .array(
          article.sections.map {
            .object([
              (ModelField.id.key, .string($0.id)), (ModelField.title.key, .string($0.title)),
            ])
          })
      ),
      ("claims", .array(claims.map { .string($0.id.rawValue) })),
    ])
  }

  // MARK: - Sections

  package static func text(_ section: Section, in graph: KnowledgeGraph) -> String {
    var lines = ["section \(section.id)", "  \(section.title)"]
    if let order = graph.sectionOrder(section.id) {
      lines.append("position: \(order + 1) of \(graph.sections.count)")
    }
    if let coverage = coverage(of: section, in: graph) {
      lines.append("coverage: \(coverage.covered) of \(coverage.factual) factual sentences")
    }
    let claims = graph.claims.filter { $0.section == section.id }
    lines.append("claims: \(claims.count) (\(claims.filter(graph.isCited).count) cited)")
    for strength in EvidenceStrength.allCases {
      let group = claims.filter { $0.strength == strength }
      lines.append("\(strength.rawValue) claims: \(group.count)")
      lines += group.map { "  - \($0.id): \($0.statement)" }
    }
    return lines.joined(separator: "\n") + "\n"
  }

  package static func json(_ section: Section, in graph: KnowledgeGraph) -> JSONValue {
    let claims = graph.claims.filter { $0.section == section.id }
    let coverage = coverage(of: section, in: graph)
    return .object([
      (ModelField.id.key, .string(section.id)),
      (ModelField.kind.key, .string("section")),
      (ModelField.title.key, .string(section.title)),
      ("position", graph.sectionOrder(section.id).map { .int($0 + 1) } ?? .null),
      (
        "coverage",
        coverage.map { .object([("factual", .int($0.factual)), ("covered", .int($0.covered))]) }
          ?? .null
      ),
      (
        "claims",
        .array(
          claims.map { claim in
            .object([
              (ModelField.id.key, .string(claim.id.rawValue)),
              (ModelField.statement.key, .string(claim.statement)),
              (ModelField.strength.key, .string(claim.strength.rawValue)),
              ("cited", .bool(graph.isCited(claim))),
            ])
          })
      ),
    ])
  }

  private static func coverage(of section: Section, in graph: KnowledgeGraph)
    -> ArticleCoverage.SectionCoverage?
  {
    ArticleCoverage(graph)?.sections.first { $0.section == section.id }
  }

  // MARK: - Claims

  private static func text(_ claim: Claim, in graph: KnowledgeGraph) -> String {
    var lines = [
      "claim \(claim.id)", "  \(claim.statement)", "strength: \(claim.strength.rawValue)",
    ]
    if graph.articles.count > 1, let article = graph.article(of: claim) {
      lines.append("article: \(article.title) {\(article.id)}")
    }
    if let section = claim.section {
      lines.append("section: \(graph.section(of: claim)?.title ?? section) {\(section)}")
    }
    let sameAs = claim.sameAs + graph.edges(to: claim.id, kind: .sameAs).map(\.source)
    if !sameAs.isEmpty {
      lines.append("same statement as (same_as):")
      lines += sameAs.compactMap(graph.claim).map {
        "  - " + ClaimRendering.heading($0, in: graph) + ": " + $0.statement
      }
    }
    let about = ClaimRendering.aboutIDs(claim, in: graph)
    lines.append("about:" + (about.isEmpty ? " none" : ""))
    lines += about.map { "  - " + ClaimRendering.entityText($0, in: graph) }
    if !claim.relations.isEmpty {
      lines.append("relations:")
      lines += claim.relations.map { "  - \($0.subject) —\($0.predicate)→ \($0.object)" }
    }
    let grounding = graph.grounding(of: claim)
    if let text = grounding?.text {
      lines.append("passage:" + (claim.quotes.isEmpty ? " none (the claim quotes nothing)" : ""))
      let matches = grounding?.matches(ofClaim: claim.id) ?? []
      lines += zip(claim.quotes, matches).map { quote, match in
        "  " + ClaimRendering.passage(quote, match, in: text)
      }
    }
    lines.append("citations:" + (claim.citations.isEmpty ? " none" : ""))
    for (offset, citation) in claim.citations.enumerated() {
      // Which anchor holds, for a claim that quotes the text: by quote, name or title.
      let anchor =
        grounding == nil || claim.quotes.isEmpty
        ? nil : citation.anchor(for: claim, source: graph.source(citation.source))
      lines.append(
        "  - " + ClaimRendering.text(citation, in: graph)
          + (anchor.map { " [anchored \($0.rawValue)]" } ?? ""))
      guard let text = grounding?.text else { continue }
      let matches = grounding?.matches(ofCitation: offset, of: claim.id) ?? []
      lines += zip(citation.quotes, matches).map { quote, match in
        "    " + ClaimRendering.passage(quote, match, in: text)
      }
    }
    if !claim.evidence.isEmpty {
      lines.append("evidence stated in the text (no source):")
      for (offset, stated) in claim.evidence.enumerated() {
        lines.append("  - " + ClaimRendering.entityText(stated.method, in: graph))
        guard let text = grounding?.text else { continue }
        let matches = grounding?.matches(ofEvidence: offset, of: claim.id) ?? []
        lines += zip(stated.quotes, matches).map { quote, match in
          "    " + ClaimRendering.passage(quote, match, in: text)
        }
      }
    }
    if !graph.isCited(claim) { lines.append("no citation that counts as evidence") }
    if let note = claim.note { lines.append("note: \(note)") }
    return lines.joined(separator: "\n") + "\n"
  }

  private static func json(_ claim: Claim, in graph: KnowledgeGraph) -> JSONValue {
    let section: JSONValue =
      claim.section.map { id in
        .object([
          (ModelField.id.key, .string(id)),
          (ModelField.title.key, .optional(graph.section(of: claim)?.title)),
        ])
      } ?? .null
    return .object([
      (ModelField.id.key, .string(claim.id.rawValue)),
      (ModelField.kind.key, .string("claim")),
      (ModelField.statement.key, .string(claim.statement)),
      (ModelField.strength.key, .string(claim.strength.rawValue)),
      (ModelField.article.key, .optional(claim.article)),
      (ModelField.sameAs.key, .array(claim.sameAs.map { .string($0.rawValue) })),
      (ModelField.section.key, section),
      (
        "about", .array(ClaimRendering.aboutIDs(claim, in: graph).map { entityJSON($0, in: graph) })
      ),
      (
        "relations",
        .array(
          claim.relations.map { relation in
            .object([
              (ModelField.subject.key, .string(relation.subject.rawValue)),
              (ModelField.predicate.key, .string(relation.predicate)),
              (ModelField.object.key, .string(relation.object.rawValue)),
            ])
          })
      ),
      (
        "quotes",
        .array(TextQuote.json(claim.quotes, graph.grounding(of: claim)?.matches(ofClaim: claim.id)))
      ),
      (
        "citations",
        .array(
          claim.citations.enumerated().map { offset, citation in
            ClaimRendering.json(
              citation, in: graph,
              matches: graph.grounding(of: claim)?.matches(ofCitation: offset, of: claim.id))
          })
      ),
      (
        "evidence",
        .array(
          claim.evidence.enumerated().map { offset, stated in
            .object([
              (ModelField.method.key, entityJSON(stated.method, in: graph)),
              (
                "quotes",
                .array(
                  TextQuote.json(
                    stated.quotes,
                    graph.grounding(of: claim)?.matches(ofEvidence: offset, of: claim.id)))
              ),
            ])
          })
      ),
      ("cited", .bool(graph.isCited(claim))),
      (ModelField.note.key, .optional(claim.note)),
    ])
  }

  // MARK: - Entities

  private static func text(_ entity: Entity, in graph: KnowledgeGraph) -> String {
    var lines = ["\(entity.kind.rawValue) \(entity.id)", "  \(entity.name)"]
    if !entity.aliases.isEmpty {
      lines.append("aliases: \(entity.aliases.joined(separator: ", "))")
    }
    if let category = entity.category { lines.append("category: \(category)") }
    if let description = entity.description { lines.append("description: \(description)") }
    let claims = graph.claims(about: entity.id)
    for strength in EvidenceStrength.allCases {
      let group = claims.filter { $0.strength == strength }
      lines.append("\(strength.rawValue) claims: \(group.count)")
      lines += group.map { "  - \($0.id): \($0.statement)" }
    }
    if entity.kind == .method {
      let resting = graph.claims(restingOn: entity.id)
      lines.append("claims resting on it: \(resting.count)")
      lines += resting.map { "  - \($0.id) [\($0.strength.rawValue)]" }
    }
    let relations = relationEdges(of: entity.id, in: graph)
    if !relations.isEmpty {
      lines.append("relations:")
      lines += relations.map { edge in
        "  - \(edge.source) —\(edge.predicate ?? "")→ \(edge.target) "
          + "[\(edge.strength?.rawValue ?? "")] (\(edge.claim?.rawValue ?? ""))"
      }
    }
    return lines.joined(separator: "\n") + "\n"
  }

  private static func json(_ entity: Entity, in graph: KnowledgeGraph) -> JSONValue {
    let claims = graph.claims(about: entity.id)
    let grouped = EvidenceStrength.allCases.map { strength in
      (
        strength.rawValue,
        JSONValue.array(
          claims.filter { $0.strength == strength }.map { claim in
            .object([
              (ModelField.id.key, .string(claim.id.rawValue)),
              (ModelField.statement.key, .string(claim.statement)),
            ])
          })
      )
    }
    var members: [(String, JSONValue)] = [
      (ModelField.id.key, .string(entity.id.rawValue)),
      (ModelField.kind.key, .string(entity.kind.rawValue)),
      (ModelField.name.key, .string(entity.name)),
      (ModelField.aliases.key, .array(entity.aliases.map(JSONValue.string))),
      (ModelField.category.key, .optional(entity.category)),
      (ModelField.description.key, .optional(entity.description)),
      ("claims", .object(grouped)),
    ]
    if entity.kind == .method {
      let resting = graph.claims(restingOn: entity.id).map { JSONValue.string($0.id.rawValue) }
      members.append(("resting_on", .array(resting)))
    }
    members.append(
      (
        "relations",
        .array(
          relationEdges(of: entity.id, in: graph).map { edge in
            .object([
              (ModelField.subject.key, .string(edge.source.rawValue)),
              (ModelField.predicate.key, .optional(edge.predicate)),
              (ModelField.object.key, .string(edge.target.rawValue)),
              (ModelField.claim.key, .optional(edge.claim?.rawValue)),
              (ModelField.strength.key, .optional(edge.strength?.rawValue)),
            ])
          })
      ))
    return .object(members)
  }

  private static func relationEdges(of id: NodeID, in graph: KnowledgeGraph) -> [Edge] {
    (graph.edges(from: id, kind: .relation) + graph.edges(to: id, kind: .relation))
      .sorted { $0.id.utf8.lexicographicallyPrecedes($1.id.utf8) }
  }

  private static func entityJSON(_ id: NodeID, in graph: KnowledgeGraph) -> JSONValue {
    let entity = graph.entity(id)
    return .object([
      (ModelField.id.key, .string(id.rawValue)),
      (ModelField.kind.key, .optional(entity?.kind.rawValue)),
      (ModelField.name.key, .optional(entity?.name)),
    ])
  }

  // MARK: - Sources

  private static func text(_ source: Source, in graph: KnowledgeGraph) -> String {
    var lines = ["source \(source.id)", "  \(source.shortLabel): \(source.title)"]
    func add(_ label: String, _ value: String?) {
      if let value, !value.isEmpty { lines.append("\(label): \(value)") }
    }
    add(ModelField.sourceType.key, source.type?.rawValue)
    add(ModelField.authors.key, source.authors.joined(separator: ", "))
    add(ModelField.year.key, source.year.map(String.init))
    add(ModelField.venue.key, source.venue)
    add(ModelField.doi.key, source.doi)
    add(ModelField.pmid.key, source.pmid)
    add(ModelField.url.key, source.url)
    add(ModelField.methods.key, source.methods.map(\.rawValue).joined(separator: ", "))
    if graph.articles.count > 1 {
      let listing = graph.articles.filter { graph.isListed(source, inArticle: $0.id) }
      lines.append(
        "listed by: "
          + (listing.isEmpty
            ? "no article's reference list" : listing.map(\.id).joined(separator: ", ")))
      let citing = graph.articles(citing: source.id)
      lines.append("cited in:" + (citing.isEmpty ? " no article" : ""))
      lines += citing.map { article in
        let citations = graph.citations(of: source.id).filter {
          graph.articleID(of: $0.claim) == article.id
        }
        let listed = graph.isListed(source, inArticle: article.id) ? "listed" : "not listed"
        return "  - \(article.title) {\(article.id)}: " + count(citations.map(\.citation))
          + ", \(listed)"
      }
    } else {
      lines.append("listed: \(graph.isListed(source) ? "yes" : "no, the reference list lacks it")")
    }
    add("mentioned as", source.mentionedAs)
    add(ModelField.note.key, source.note)
    let citing = graph.citations(of: source.id)
    lines.append("cited by: " + count(citing.map(\.citation)))
    lines += citing.map { claim, citation in
      let methods = graph.methods(of: citation).map(\.rawValue)
      let how = ([citation.stance.rawValue] + methods).joined(separator: ", ")
      let inferred = citation.isInferred ? " " + ClaimRendering.inferredMark : ""
      return "  - \(ClaimRendering.heading(claim, in: graph)) (\(how))\(inferred)"
    }
    return lines.joined(separator: "\n") + "\n"
  }

  private static func json(_ source: Source, in graph: KnowledgeGraph) -> JSONValue {
    .object([
      (ModelField.id.key, .string(source.id.rawValue)),
      (ModelField.kind.key, .string("source")),
      (ModelField.sourceType.key, .optional(source.type?.rawValue)),
      (ModelField.label.key, .string(source.shortLabel)),
      (ModelField.title.key, .string(source.title)),
      (ModelField.authors.key, .array(source.authors.map(JSONValue.string))),
      (ModelField.year.key, source.year.map(JSONValue.int) ?? .null),
      (ModelField.venue.key, .optional(source.venue)),
      (ModelField.doi.key, .optional(source.doi)),
      (ModelField.pmid.key, .optional(source.pmid)),
      (ModelField.url.key, .optional(source.url)),
      (ModelField.methods.key, .array(source.methods.map { .string($0.rawValue) })),
      (ModelField.listed.key, .bool(graph.isListed(source))),
      (
        "articles",
        .array(
          graph.articles(citing: source.id).map { article in
            .object([
              (ModelField.id.key, .string(article.id)),
              (ModelField.listed.key, .bool(graph.isListed(source, inArticle: article.id))),
            ])
          })
      ),
      (ModelField.mentionedAs.key, .optional(source.mentionedAs)),
      (ModelField.note.key, .optional(source.note)),
      (
        "cited_by",
        .array(
          graph.citations(of: source.id).map { claim, citation in
            .object([
              (ModelField.claim.key, .string(claim.id.rawValue)),
              (ModelField.statement.key, .string(claim.statement)),
              (ModelField.strength.key, .string(claim.strength.rawValue)),
              (ModelField.article.key, .optional(claim.article)),
              (ModelField.stance.key, .string(citation.stance.rawValue)),
              (
                ModelField.methods.key,
                .array(graph.methods(of: citation).map { .string($0.rawValue) })
              ),
              (ModelField.inferred.key, .bool(citation.isInferred)),
            ])
          })
      ),
    ])
  }

  /// How many citations the text makes, then how many are inferred, when any are:
  /// `2 citations, and 1 inferred (not evidence)`.
  private static func count(_ citations: [Citation]) -> String {
    let inferred = citations.filter(\.isInferred).count
    let made = citations.count - inferred
    let text = "\(made) citation" + (made == 1 ? "" : "s")
    return inferred == 0 ? text : text + ", and \(inferred) inferred (not evidence)"
  }
}
