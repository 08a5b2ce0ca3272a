/// Reports entities that nothing refers to.
public struct OrphanEntityRule: GraphRule {
  /// The id its findings carry, and that configurations, suppressions and baselines name.
  public let id: RuleID = .orphanEntity
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
  ///
  /// An edge into an entity means a reference named it; the entities without one are
  /// checked against the references that induce no edge into what they name: the
  /// unresolved ones (a source's method naming a molecule), the citations' own method
  /// lists (which induce edges only for evidence) and the claims' section names.
  public func check(_ context: ValidationContext) -> [Diagnostic] {
    let graph = context.graph
    var unreferenced = Set(
      graph.entities.indices.filter { !graph.hasIncomingEdges(entityAt: $0) }.map {
        graph.entities[$0].id.rawValue
      })
    guard !unreferenced.isEmpty else { return [] }
    for reference in graph.unresolvedReferences { unreferenced.remove(reference.id) }
    // A claim's section names a declared section (or is unresolved): look at claims'
    // sections only when an unreferenced entity shares its id with a declared one.
    let sectionsMatter = graph.sections.contains { unreferenced.contains($0.id) }
    let claims = graph.claims.span
    for claim in claims.indices {
      if sectionsMatter, let section = claims[claim].section { unreferenced.remove(section) }
      for citation in claims[claim].citations.indices {
        for method in claims[claim].citations[citation].methods ?? [] {
          unreferenced.remove(method.rawValue)
        }
      }
    }
    return graph.entities.filter { unreferenced.contains($0.id.rawValue) }.map { entity in
      finding(
        "\(entity.kind.rawValue) '\(entity.id)' is not referred to by any claim or source",
        node: entity.id, in: context)
    }
  }
}
