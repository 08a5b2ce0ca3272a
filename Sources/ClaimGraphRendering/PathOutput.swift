import ClaimGraph

/// What `claimgraph path` prints.
public enum PathOutput {
  /// Each chain as `entity -[predicate, strength]-> …`, strongest first, with the count
  /// of chains left out by the limit.
  public static func text(_ result: EvidenceChains, in graph: KnowledgeGraph) -> String {
    guard let length = result.length else {
      return "no evidence chain connects \(result.from) and \(result.to)\n"
    }
    let claims = length == 1 ? "1 claim" : "\(length) claims"
    let chains = result.total == 1 ? "1 shortest chain" : "\(result.total) shortest chains"
    var output = "\(result.from) → \(result.to): \(chains) of \(claims)"
    if result.chains.count < result.total { output += ", showing \(result.chains.count)" }
    output += "\n"
    for (number, chain) in result.chains.enumerated() {
      output += "\n\(number + 1). \(chain.weakest.rawValue)\n"
      for (offset, entity) in chain.entities.enumerated() {
        output += "   \(ClaimRendering.entityText(entity, in: graph))\n"
        guard offset < chain.claims.count, let claim = graph.claim(chain.claims[offset]) else {
          continue
        }
        output += "     —[\(claim.strength.rawValue)] \(claim.id): \(claim.statement)\n"
      }
    }
    return output
  }

  /// The `path --format json` contract: the chains with their links and claims.
  public static func json(_ result: EvidenceChains, in graph: KnowledgeGraph) -> JSONValue {
    .object([
      ("from", .string(result.from.rawValue)),
      ("to", .string(result.to.rawValue)),
      ("length", result.length.map(JSONValue.int) ?? .null),
      ("total", .int(result.total)),
      (
        "chains",
        .array(
          result.chains.map { chain in
            .object([
              ("weakest", .string(chain.weakest.rawValue)),
              ("entities", .array(chain.entities.map { .string($0.rawValue) })),
              (
                "claims",
                .array(
                  chain.claims.compactMap { graph.claim($0) }.map { claim in
                    .object([
                      ("id", .string(claim.id.rawValue)),
                      ("statement", .string(claim.statement)),
                      ("strength", .string(claim.strength.rawValue)),
                    ])
                  })
              ),
            ])
          })
      ),
    ])
  }
}
