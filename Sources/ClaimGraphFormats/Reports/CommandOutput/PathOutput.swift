import ClaimGraph

/// What `claimgraph path` prints.
package enum PathOutput {
  package static func text(_ result: EvidencePaths, in graph: KnowledgeGraph, maxSteps: Int)
    -> String
  {
    let ends = "\(node(result.from, in: graph)) → \(node(result.to, in: graph))"
    guard !result.paths.isEmpty else {
      var output = "\(ends): no path of at most \(maxSteps) claims"
      if !result.avoidedHubs.isEmpty {
        output += " (even through the hubs \(hubs(result, in: graph)))"
      }
      return output + "\n"
    }
    let count = result.paths.count == 1 ? "1 path" : "\(result.paths.count) paths"
    var output = "\(ends): \(count)"
    if result.throughHubs {
      output += "; none avoids the hubs \(hubs(result, in: graph)), so these may pass through them"
    } else if !result.avoidedHubs.isEmpty {
      output += ", avoiding the hubs \(hubs(result, in: graph)) (\(Advice.allowHubs.words))"
    }
    output += "\n"
    for (number, path) in result.paths.enumerated() {
      let steps = path.steps.count == 1 ? "1 step" : "\(path.steps.count) steps"
      let cited = path.isCited ? "every claim cited" : "not every claim cited"
      output += "\n\(number + 1). \(path.weakest.rawValue), \(cited), \(steps)\n"
      output += "   \(node(result.from, in: graph))\n"
      for step in path.steps {
        output += "     — \(describe(step, in: graph))\n"
        if !step.alternatives.isEmpty {
          let shown = step.alternatives.prefix(3).map(\.rawValue).joined(separator: ", ")
          let more = step.alternatives.count > 3 ? " and \(step.alternatives.count - 3) more" : ""
          output += "       also: \(shown)\(more)\n"
        }
        output += "   \(node(step.to, in: graph))\n"
      }
    }
    return output
  }

  /// `exercise-raises-endorphins [established, cited] (a —binds→ b): statement`.
  private static func describe(_ step: EvidenceStep, in graph: KnowledgeGraph) -> String {
    let cited = step.isCited ? "cited" : "uncited"
    var text = "\(step.claim) [\(step.strength.rawValue), \(cited)]"
    if let relation = step.relation {
      text += " (\(relation.subject) —\(relation.predicate)→ \(relation.object))"
    }
    if graph.source(step.to) != nil || graph.source(step.from) != nil { text += " (cites)" }
    return text + ": " + (graph.claim(step.claim)?.statement ?? "")
  }

  /// An entity as `Name {id, kind}`, a source as `Label {id, source}`.
  private static func node(_ id: NodeID, in graph: KnowledgeGraph) -> String {
    if let source = graph.source(id) { return "\(source.shortLabel) {\(id), source}" }
    return ClaimRendering.entityText(id, in: graph)
  }

  private static func hubs(_ result: EvidencePaths, in graph: KnowledgeGraph) -> String {
    result.avoidedHubs.map { hub in
      let claims = graph.source(hub) != nil ? graph.claims(citing: hub) : graph.claims(about: hub)
      return "\(hub) (\(claims.count) claims)"
    }.joined(separator: ", ")
  }

  package static func json(_ result: EvidencePaths, in graph: KnowledgeGraph) -> JSONValue {
    .object([
      ("from", .string(result.from.rawValue)),
      ("to", .string(result.to.rawValue)),
      ("avoided_hubs", .array(result.avoidedHubs.map { .string($0.rawValue) })),
      ("through_hubs", .bool(result.throughHubs)),
      (
        "paths",
        .array(
          result.paths.map { path in
            .object([
              ("cost", .int(path.cost)),
              ("weakest", .string(path.weakest.rawValue)),
              ("cited", .bool(path.isCited)),
              ("nodes", .array(path.nodes.map { .string($0.rawValue) })),
              ("steps", .array(path.steps.map { json($0, in: graph) })),
            ])
          })
      ),
    ])
  }

  private static func json(_ step: EvidenceStep, in graph: KnowledgeGraph) -> JSONValue {
    .object([
      ("from", .string(step.from.rawValue)),
      ("to", .string(step.to.rawValue)),
      (ModelField.claim.key, .string(step.claim.rawValue)),
      (ModelField.statement.key, .optional(graph.claim(step.claim)?.statement)),
      (ModelField.strength.key, .string(step.strength.rawValue)),
      (ModelField.article.key, .optional(graph.claim(step.claim)?.article)),
      ("cited", .bool(step.isCited)),
      (
        "relation",
        step.relation.map { relation in
          .object([
            (ModelField.subject.key, .string(relation.subject.rawValue)),
            (ModelField.predicate.key, .string(relation.predicate)),
            (ModelField.object.key, .string(relation.object.rawValue)),
          ])
        } ?? .null
      ),
      ("alternatives", .array(step.alternatives.map { .string($0.rawValue) })),
    ])
  }
}
