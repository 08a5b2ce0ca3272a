/// What a query selects: claims (the default), sources or entities.
public enum QueryNodes: String, CaseIterable, Hashable, Sendable {
  /// Claims.
  case claims
  /// Sources.
  case sources
  /// Entities of every kind.
  case entities
}
