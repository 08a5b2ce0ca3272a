/// The graph's edges as numbers, for the exporters of the formats module: they write a
/// million edges by reading these flat arrays instead of copying each ``Edge``.
extension KnowledgeGraph {
  /// For each edge, in ``edges`` order, the number of the node it starts from: claims
  /// are `0..<claims.count`, then sources, then entities, each in canonical order.
  package var edgeSourceNumbers: [Int32] { edgeSources }

  /// For each edge, in ``edges`` order, the number of the node it points to (numbered as
  /// in ``edgeSourceNumbers``).
  package var edgeTargetNumbers: [Int32] { edgeTargets }

  /// For each edge, in ``edges`` order, its kind.
  package var edgeKindList: [EdgeKind] { edgeKinds }

  /// For each edge, in ``edges`` order, the strength it carries.
  package var edgeStrengthList: [EvidenceStrength?] { edgeStrengths }
}
