/// A reference from a node to another node (or to a section) by identifier.
public struct Reference: Hashable, Sendable {
  /// What a reference must point to.
  public enum Target: String, Hashable, Sendable {
    /// A source (`citations[i].source`).
    case source
    /// Any entity (`about[i]`, `relations[i].subject`, `relations[i].object`).
    case entity
    /// A method entity (`citations[i].methods[j]`, `evidence[i].method`, a source's
    /// `methods[j]`).
    case method
    /// A declared section (a claim's `section`).
    case section
    /// A claim (a claim's `same_as`).
    case claim
  }

  /// The node that holds the reference.
  public let from: NodeID
  /// The field path of the reference inside that node (`citations[0].source`).
  public let field: String
  /// The identifier referred to.
  public let id: String
  /// What the identifier must name.
  public let expected: Target
}

extension KnowledgeGraph {
  /// Every reference the graph's claims and sources make, in node order.
  ///
  /// - Complexity: O(*r*) for *r* references: each field path is spelled out.
  public func references() -> [Reference] { collectReferences { _, _ in true } }

  /// Whether a reference names an existing node (or section) of the expected kind.
  public func resolves(_ reference: Reference) -> Bool {
    resolves(reference.id, as: reference.expected)
  }

  /// The references that do not resolve: dangling ids, or ids of the wrong kind.
  ///
  /// Found once, while the graph is built (every reference is looked up then to derive the
  /// edges); field paths are spelled out only for these.
  ///
  /// - Complexity: O(1).
  public var unresolvedReferences: [Reference] { unresolved }

  private func resolves(_ id: String, as expected: Reference.Target) -> Bool {
    switch expected {
    case .section: section(id) != nil
    case .source: kind(of: NodeID(id)) == .source
    case .entity: kind(of: NodeID(id))?.isEntity ?? false
    case .method: kind(of: NodeID(id)) == .method
    case .claim: kind(of: NodeID(id)) == .claim
    }
  }

  /// The references, in node order, that `include` accepts (given the id and expected kind).
  private func collectReferences(
    where include: (String, Reference.Target) -> Bool
  ) -> [Reference] {
    var result: [Reference] = []
    visitReferences { from, id, expected, field in
      if include(id, expected) {
        result.append(Reference(from: from, field: field(), id: id, expected: expected))
      }
    }
    return result
  }

  /// Calls `visit` with every reference, in node order: the node holding it, the id, what
  /// the id must name, and the field path (spelled out only when asked for).
  package func visitReferences(
    _ visit: (NodeID, String, Reference.Target, () -> String) -> Void
  ) {
    for claim in claims {
      let from = claim.id
      if let section = claim.section { visit(from, section, .section) { "section" } }
      for (i, id) in claim.about.enumerated() {
        visit(from, id.rawValue, .entity) { "about[\(i)]" }
      }
      for (i, id) in claim.sameAs.enumerated() {
        visit(from, id.rawValue, .claim) { "same_as[\(i)]" }
      }
      for (i, relation) in claim.relations.enumerated() {
        visit(from, relation.subject.rawValue, .entity) { "relations[\(i)].subject" }
        visit(from, relation.object.rawValue, .entity) { "relations[\(i)].object" }
      }
      for (i, citation) in claim.citations.enumerated() {
        visit(from, citation.source.rawValue, .source) { "citations[\(i)].source" }
        for (j, method) in (citation.methods ?? []).enumerated() {
          visit(from, method.rawValue, .method) { "citations[\(i)].methods[\(j)]" }
        }
      }
      for (i, stated) in claim.evidence.enumerated() {
        visit(from, stated.method.rawValue, .method) { "evidence[\(i)].method" }
      }
    }
    for source in sources {
      for (j, method) in source.methods.enumerated() {
        visit(source.id, method.rawValue, .method) { "methods[\(j)]" }
      }
    }
  }

  /// The identifiers a reference could have meant: same expected kind, closest spelling.
  package func candidates(for reference: Reference) -> [String] {
    switch reference.expected {
    case .section: sections.map(\.id)
    case .source: sources.map(\.id.rawValue)
    case .entity: entities.map(\.id.rawValue)
    case .method: entities.filter { $0.kind == .method }.map(\.id.rawValue)
    case .claim: claims.map(\.id.rawValue)
    }
  }
}
