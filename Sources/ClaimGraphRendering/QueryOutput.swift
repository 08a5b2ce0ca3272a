import ClaimGraph

/// Prints the claims a query found, in each of `claimgraph query`'s formats.
public enum QueryOutput {
  /// The claims in `format`, exactly as `claimgraph query` prints them.
  public static func render(_ claims: [Claim], in graph: KnowledgeGraph, as format: QueryFormat)
    -> String
  {
    switch format {
    case .text: text(claims, in: graph)
    case .json:
      JSONValue.object([("claims", .array(claims.map { ClaimRendering.json($0, in: graph) }))])
        .serialized() + "\n"
    case .csv: csv(claims, in: graph)
    case .markdown: markdown(claims, in: graph)
    }
  }

  private static func text(_ claims: [Claim], in graph: KnowledgeGraph) -> String {
    var output = ""
    for claim in claims {
      output += "\(claim.id) [\(claim.strength.rawValue)]\n  \(claim.statement)\n"
      for citation in claim.citations {
        output += "  - \(ClaimRendering.text(citation, in: graph))\n"
      }
    }
    output += claims.count == 1 ? "1 claim\n" : "\(claims.count) claims\n"
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
    var output = "| Claim | Strength | Statement | Evidence |\n| --- | --- | --- | --- |\n"
    for claim in claims {
      let evidence = claim.citations.map { ClaimRendering.text($0, in: graph) }
      let cells = [
        "`\(claim.id)`", claim.strength.rawValue, claim.statement,
        evidence.isEmpty ? "none" : evidence.joined(separator: "; "),
      ]
      output += "| " + cells.map { Escaping.markdownCell($0) }.joined(separator: " | ") + " |\n"
    }
    return output
  }
}

/// The formats `claimgraph query` prints.
public enum QueryFormat: String, CaseIterable, Sendable {
  /// One claim per line: strength, id and statement.
  case text
  /// The query JSON contract: an array of claims with their evidence (see the README).
  case json
  /// RFC 4180 CSV, one row per claim.
  case csv
  /// A Markdown table, one row per claim.
  case markdown
}
