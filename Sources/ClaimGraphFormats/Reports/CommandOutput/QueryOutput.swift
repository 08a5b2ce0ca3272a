import ClaimGraph

/// Prints what a query found, in each of `claimgraph query`'s formats.
package enum QueryOutput {
  /// What a query matched: claims, sources or entities.
  package enum Matches {
    case claims([Claim])
    case sources([Source])
    case entities([Entity])

    package init(_ query: Query, selecting nodes: QueryNodes, in graph: KnowledgeGraph) {
      switch nodes {
      case .claims: self = .claims(Array(graph.claims(matching: query)))
      case .sources: self = .sources(graph.sources(matching: query))
      case .entities: self = .entities(graph.entities(matching: query))
      }
    }

    package var ids: [String] {
      switch self {
      case .claims(let claims): claims.map(\.id.rawValue)
      case .sources(let sources): sources.map(\.id.rawValue)
      case .entities(let entities): entities.map(\.id.rawValue)
      }
    }

    /// The first `count` matches.
    package func prefix(_ count: Int) -> Matches {
      switch self {
      case .claims(let claims): .claims(Array(claims.prefix(count)))
      case .sources(let sources): .sources(Array(sources.prefix(count)))
      case .entities(let entities): .entities(Array(entities.prefix(count)))
      }
    }

    /// The JSON key and the noun of the matches (`claims`, `sources`, `entities`).
    package var key: String {
      switch self {
      case .claims: "claims"
      case .sources: "sources"
      case .entities: "entities"
      }
    }

    package func noun(_ count: Int) -> String {
      switch self {
      case .claims: count == 1 ? "claim" : "claims"
      case .sources: count == 1 ? "source" : "sources"
      case .entities: count == 1 ? "entity" : "entities"
      }
    }
  }

  /// How much to print.
  package enum Shape {
    /// Every match (or the first `limit`), with its details.
    case full(limit: Int?)
    /// How many match.
    case count
    /// The matches' ids.
    case idsOnly
  }

  package static func render(
    _ matches: Matches, in graph: KnowledgeGraph, as format: QueryFormat, shape: Shape
  ) -> String {
    let total = matches.ids.count
    switch shape {
    case .count:
      return format == .json
        ? JSONValue.object([("count", .int(total))]).serialized() + "\n" : "\(total)\n"
    case .idsOnly:
      return format == .json
        ? JSONValue.object([("ids", .array(matches.ids.map(JSONValue.string)))]).serialized()
          + "\n"
        : matches.ids.map { $0 + "\n" }.joined()
    case .full(let limit):
      let shown = limit.map { matches.prefix($0) } ?? matches
      return render(shown, total: total, in: graph, as: format)
    }
  }

  private static func render(
    _ matches: Matches, total: Int, in graph: KnowledgeGraph, as format: QueryFormat
  ) -> String {
    let shown = matches.ids.count
    switch (format, matches) {
    case (.text, .claims(let claims)):
      return text(claims, in: graph) + footer(matches, shown: shown, total: total)
    case (.text, .sources(let sources)):
      return sources.map { text($0, in: graph) }.joined()
        + footer(matches, shown: shown, total: total)
    case (.text, .entities(let entities)):
      return entities.map { text($0, in: graph) }.joined()
        + footer(matches, shown: shown, total: total)
    case (.json, _):
      let items: [JSONValue] =
        switch matches {
        case .claims(let claims): claims.map { ClaimRendering.json($0, in: graph) }
        case .sources(let sources): sources.map { json($0, in: graph) }
        case .entities(let entities): entities.map { json($0, in: graph) }
        }
      var members: [(String, JSONValue)] = [(matches.key, .array(items))]
      if shown < total { members.append(("total", .int(total))) }
      return JSONValue.object(members).serialized() + "\n"
    case (.csv, .claims(let claims)): return csv(claims, in: graph)
    case (.csv, .sources(let sources)):
      return Escaping.csvRecord(["id", "label", "title", "type", "year", "listed", "methods"])
        + sources.map { source in
          Escaping.csvRecord([
            source.id.rawValue, source.shortLabel, source.title, source.type?.rawValue ?? "",
            source.year.map(String.init) ?? "", graph.isListed(source) ? "yes" : "no",
            source.methods.map(\.rawValue).joined(separator: ";"),
          ])
        }.joined()
    case (.csv, .entities(let entities)):
      return Escaping.csvRecord(["id", "kind", "name", "aliases", "claims"])
        + entities.map { entity in
          Escaping.csvRecord([
            entity.id.rawValue, entity.kind.rawValue, entity.name,
            entity.aliases.joined(separator: ";"), String(claimCount(entity, in: graph)),
          ])
        }.joined()
    case (.markdown, .claims(let claims)): return markdown(claims, in: graph)
    case (.markdown, .sources(let sources)):
      return table(
        ["Source", "Label", "Title", "Listed"],
        sources.map { ["`\($0.id)`", $0.shortLabel, $0.title, graph.isListed($0) ? "yes" : "no"] })
    case (.markdown, .entities(let entities)):
      return table(
        ["Entity", "Kind", "Name", "Claims"],
        entities.map {
          ["`\($0.id)`", $0.kind.rawValue, $0.name, String(claimCount($0, in: graph))]
        })
    }
  }

  private static func footer(_ matches: Matches, shown: Int, total: Int) -> String {
    shown < total
      ? "showing \(shown) of \(total) \(matches.noun(total))\n"
      : "\(total) \(matches.noun(total))\n"
  }

  /// `boecker-2008 Boecker et al. 2008` (`[unlisted]` when the reference list lacks it),
  /// the title, and who cites it: `cited by 4 claims, and 4 only by inferred citations (not
  /// evidence)`.
  package static func text(_ source: Source, in graph: KnowledgeGraph) -> String {
    let listing = graph.isListed(source) ? "" : " [unlisted]"
    let title = source.title == source.shortLabel ? "" : "\n  \(source.title)"
    let citing = graph.citingClaims(of: source.id)
    var cited = "cited by \(citing.made.count) claim" + (citing.made.count == 1 ? "" : "s")
    if !citing.inferred.isEmpty {
      cited += ", and \(citing.inferred.count) only by inferred citations (not evidence)"
    }
    return "\(source.id) \(source.shortLabel)\(listing)\(title)\n  \(cited)\n"
  }

  /// `periaqueductal-gray [region] Periaqueductal gray (PAG), 12 claims`.
  package static func text(_ entity: Entity, in graph: KnowledgeGraph) -> String {
    let aliases = entity.aliases.isEmpty ? "" : " (\(entity.aliases.joined(separator: ", ")))"
    let claims = claimCount(entity, in: graph)
    return "\(entity.id) [\(entity.kind.rawValue)] \(entity.name)\(aliases), "
      + "\(claims) \(claims == 1 ? "claim" : "claims")\n"
  }

  /// How many claims an entity has: those about it, or for a method those resting on it.
  package static func claimCount(_ entity: Entity, in graph: KnowledgeGraph) -> Int {
    entity.kind == .method
      ? graph.claims(restingOn: entity.id).count : graph.claims(about: entity.id).count
  }

  /// A source for `--format json`.
  ///
  /// `citedBy` counts the claims with a citation of it the text makes; `inferredBy` those
  /// whose every citation of it is inferred (never evidence).
  package static func json(_ source: Source, in graph: KnowledgeGraph) -> JSONValue {
    let citing = graph.citingClaims(of: source.id)
    return .object([
      (ModelField.id.key, .string(source.id.rawValue)),
      (ModelField.kind.key, .string("source")),
      (ModelField.label.key, .string(source.shortLabel)),
      (ModelField.title.key, .string(source.title)),
      (ModelField.sourceType.key, .optional(source.type?.rawValue)),
      (ModelField.authors.key, .array(source.authors.map(JSONValue.string))),
      (ModelField.year.key, source.year.map(JSONValue.int) ?? .null),
      (ModelField.listed.key, .bool(graph.isListed(source))),
      (ModelField.methods.key, .array(source.methods.map { .string($0.rawValue) })),
      ("cited_by", .int(citing.made.count)),
      ("inferred_by", .int(citing.inferred.count)),
    ])
  }

  /// An entity for `--format json`.
  package static func json(_ entity: Entity, in graph: KnowledgeGraph) -> JSONValue {
    .object([
      (ModelField.id.key, .string(entity.id.rawValue)),
      (ModelField.kind.key, .string(entity.kind.rawValue)),
      (ModelField.name.key, .string(entity.name)),
      (ModelField.aliases.key, .array(entity.aliases.map(JSONValue.string))),
      ("claims", .int(claimCount(entity, in: graph))),
    ])
  }

  private static func table(_ header: [String], _ rows: [[String]]) -> String {
    var output = "| " + header.joined(separator: " | ") + " |\n"
    output += "|" + String(repeating: " --- |", count: header.count) + "\n"
    for row in rows {
      output += "| " + row.map { Escaping.markdownCell($0) }.joined(separator: " | ") + " |\n"
    }
    return output
  }

  private static func text(_ claims: [Claim], in graph: KnowledgeGraph) -> String {
    var output = ""
    for claim in claims {
      output += "\(ClaimRendering.heading(claim, in: graph))\n  \(claim.statement)\n"
      for citation in claim.citations {
        output += "  - \(ClaimRendering.text(citation, in: graph))\n"
      }
      for stated in claim.evidence {
        output += "  - \(ClaimRendering.text(stated, in: graph))\n"
      }
    }
    return output
  }

  private static func csv(_ claims: [Claim], in graph: KnowledgeGraph) -> String {
    var output = Escaping.csvRecord([
      "id", "statement", "strength", "section", "about", "sources", "methods",
    ])
    for claim in claims {
      output += Escaping.csvRecord([
        claim.id.rawValue, claim.statement, claim.strength.rawValue, claim.section ?? "",
        ClaimRendering.aboutIDs(claim, in: graph).map(\.rawValue).joined(separator: ";"),
        claim.citations.map(\.source.rawValue).joined(separator: ";"),
        graph.methods(supporting: claim).map(\.rawValue).joined(separator: ";"),
      ])
    }
    return output
  }

  private static func markdown(_ claims: [Claim], in graph: KnowledgeGraph) -> String {
    table(
      ["Claim", "Strength", "Statement", "Evidence"],
      claims.map { claim in
        let evidence =
          claim.citations.map { ClaimRendering.text($0, in: graph) }
          + claim.evidence.map { ClaimRendering.text($0, in: graph) }
        return [
          "`\(claim.id)`", claim.strength.rawValue, claim.statement,
          evidence.isEmpty ? "none" : evidence.joined(separator: "; "),
        ]
      })
  }
}
