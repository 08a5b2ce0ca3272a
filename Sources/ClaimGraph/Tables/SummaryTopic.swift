/// An entity as the summary tables show it: id, display name and kind.
public struct SummaryTopic: Hashable, Sendable {
  /// The entity's id (or the referenced id, when no such entity exists).
  public let id: NodeID
  /// The display name: the entity's name, or for a method a one-word abbreviation such
  /// as `PET` where it has one; the id when no such entity exists.
  public let name: String
  /// The entity's kind, if the entity exists.
  public let kind: NodeKind?

  /// Creates a topic.
  public init(id: NodeID, name: String, kind: NodeKind?) {
    self.id = id
    self.name = name
    self.kind = kind
  }

  /// The topic for an entity id of a graph.
  init(_ id: NodeID, in graph: KnowledgeGraph) {
    guard let entity = graph.entity(id) else {
      self.init(id: id, name: id.rawValue, kind: nil)
      return
    }
    let abbreviation = entity.aliases.first { alias in
      entity.kind == .method && alias.count <= 6 && !alias.contains(" ")
        && alias.count < entity.name.count
    }
    self.init(id: id, name: abbreviation ?? entity.name, kind: entity.kind)
  }
}
