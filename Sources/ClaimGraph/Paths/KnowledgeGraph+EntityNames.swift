extension KnowledgeGraph {
  /// The entities a person may mean by `name`: the entity with that exact id if there is
  /// one, else every entity whose id, name or alias matches it, ignoring case.
  public func entities(named name: String) -> [Entity] {
    if let entity = entity(NodeID(name)) { return [entity] }
    return entities.filter { $0.isNamed(name) }
  }
}
