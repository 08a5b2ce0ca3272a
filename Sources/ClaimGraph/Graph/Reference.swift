/// A reference from a node to another node (or to a section) by identifier.
public struct Reference: Hashable, Sendable {
  /// What a reference must point to.
  public enum Target: String, Hashable, Sendable {
    /// A source (`citations[i].source`).
    case source
    /// Any entity (`about[i]`, `relations[i].subject`, `relations[i].object`).
    case entity
    /// A method entity (`citations[i].methods[j]`, a source's `methods[j]`).
    case method
    /// A declared section (a claim's `section`).
    case section
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
  public var references: [Reference] {
    var result: [Reference] = []
    for claim in claims {
      let from = claim.id
      if let section = claim.section {
        result.append(Reference(from: from, field: "section", id: section, expected: .section))
      }
      for (i, id) in claim.about.enumerated() {
        result.append(
          Reference(from: from, field: "about[\(i)]", id: id.rawValue, expected: .entity))
      }
      for (i, relation) in claim.relations.enumerated() {
        result.append(
          Reference(
            from: from, field: "relations[\(i)].subject", id: relation.subject.rawValue,
            expected: .entity))
        result.append(
          Reference(
            from: from, field: "relations[\(i)].object", id: relation.object.rawValue,
            expected: .entity))
      }
      for (i, citation) in claim.citations.enumerated() {
        result.append(
          Reference(
            from: from, field: "citations[\(i)].source", id: citation.source.rawValue,
            expected: .source))
        for (j, method) in citation.methods.enumerated() {
          result.append(
            Reference(
              from: from, field: "citations[\(i)].methods[\(j)]", id: method.rawValue,
              expected: .method))
        }
      }
    }
    for source in sources {
      for (j, method) in source.methods.enumerated() {
        result.append(
          Reference(from: source.id, field: "methods[\(j)]", id: method.rawValue, expected: .method)
        )
      }
    }
    return result
  }

  /// Whether a reference names an existing node (or section) of the expected kind.
  public func resolves(_ reference: Reference) -> Bool {
    switch reference.expected {
    case .section: section(reference.id) != nil
    case .source: kind(of: NodeID(reference.id)) == .source
    case .entity: kind(of: NodeID(reference.id))?.isEntity ?? false
    case .method: kind(of: NodeID(reference.id)) == .method
    }
  }

  /// The references that do not resolve: dangling ids, or ids of the wrong kind.
  public var unresolvedReferences: [Reference] { references.filter { !resolves($0) } }

  /// The identifiers a reference could have meant: same expected kind, closest spelling.
  package func candidates(for reference: Reference) -> [String] {
    switch reference.expected {
    case .section: sections.map(\.id)
    case .source: sources.map(\.id.rawValue)
    case .entity: entities.map(\.id.rawValue)
    case .method: entities.filter { $0.kind == .method }.map(\.id.rawValue)
    }
  }
}
