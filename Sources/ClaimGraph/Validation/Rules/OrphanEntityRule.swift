/// Reports entities that nothing refers to.
public struct OrphanEntityRule: GraphRule {
  /// The id its findings carry, and that configurations, suppressions and baselines name.
  public let id = "orphan-entity"
  /// A warning: an orphan adds a disconnected node to every export.
  public let defaultSeverity = Severity.warning
  /// What `claimgraph rules` lists beside the id.
  public let summary = "No claim, relation or method list refers to the entity."
  /// What `claimgraph lint --explain` prints: why it matters and how to fix it.
  public let explanation = """
    An entity is referred to by a claim's `about`, by a relation's subject or object, or \
    (for methods) by a citation's or a source's `methods`. One that nothing refers to \
    shows up as an isolated node in every export. Refer to it from the claims about it, \
    or remove it.
    """

  /// Creates the rule.
  public init() {}

  /// Reports each entity no reference names, at the entity.
  public func check(_ context: ValidationContext) -> [Diagnostic] {
    var referenced = Set<String>()
    context.graph.visitReferences { _, id, _, _ in referenced.insert(id) }
    return context.graph.entities.filter { !referenced.contains($0.id.rawValue) }.map { entity in
      finding(
        "\(entity.kind.rawValue) '\(entity.id)' is not referred to by any claim or source",
        node: entity.id, in: context)
    }
  }
}
