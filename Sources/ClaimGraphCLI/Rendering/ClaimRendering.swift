import ClaimGraph

/// How query, show and path print claims, citations and entities.
enum ClaimRendering {
  /// A claim for `--format json`: id, statement and strength (the contract), then section,
  /// about and citations.
  static func json(_ claim: Claim, in graph: KnowledgeGraph) -> JSONValue {
    .object([
      ("id", .string(claim.id.rawValue)),
      ("statement", .string(claim.statement)),
      ("strength", .string(claim.strength.rawValue)),
      ("section", .optional(claim.section)),
      ("about", .array(aboutIDs(claim, in: graph).map { .string($0.rawValue) })),
      ("citations", .array(claim.citations.map { json($0, in: graph) })),
    ])
  }

  /// A citation: the source, its listing, the methods in effect and the stance.
  static func json(_ citation: Citation, in graph: KnowledgeGraph) -> JSONValue {
    let source = graph.source(citation.source)
    var members: [(String, JSONValue)] = [
      ("source", .string(citation.source.rawValue)),
      ("label", .optional(source?.shortLabel)),
      ("listed", source.map { .bool($0.isListed) } ?? .null),
      ("methods", .array(graph.methods(of: citation).map { .string($0.rawValue) })),
      ("stance", .string(citation.stance.rawValue)),
    ]
    if let locator = citation.locator { members.append(("locator", .string(locator))) }
    return .object(members)
  }

  /// The entities a claim is about, including those its relations name.
  static func aboutIDs(_ claim: Claim, in graph: KnowledgeGraph) -> [NodeID] {
    graph.edges(from: claim.id, kind: .about).map(\.target)
  }

  /// `Boecker et al. 2008 [unlisted] (pet; supports)`, for text output.
  static func text(_ citation: Citation, in graph: KnowledgeGraph) -> String {
    let source = graph.source(citation.source)
    let label = source.map { "\($0.shortLabel) {\($0.id)}" } ?? "\(citation.source) {missing}"
    let listing = source?.isListed == false ? " [unlisted]" : ""
    let details = graph.methods(of: citation).map(\.rawValue) + [citation.stance.rawValue]
    let locator = citation.locator.map { ", \($0)" } ?? ""
    return "\(label)\(listing) (\(details.joined(separator: ", "))\(locator))"
  }

  /// `Periaqueductal gray {periaqueductal-gray, region}`.
  static func entityText(_ id: NodeID, in graph: KnowledgeGraph) -> String {
    guard let entity = graph.entity(id) else { return "\(id) {missing}" }
    return "\(entity.name) {\(entity.id), \(entity.kind.rawValue)}"
  }
}
