/// What an edge of the graph means.
public enum EdgeKind: String, CaseIterable, Hashable, Sendable, Comparable {
  /// A claim is about an entity.
  case about
  /// A claim cites a source.
  case cites
  /// An entity relates to another entity, as a claim asserts.
  case relation
  /// A claim rests on an evidence method: through a citation that counts as evidence, or
  /// because its own sentence describes it (``Edge/isStated``).
  case evidence
  /// A source used an evidence method.
  case usesMethod = "uses-method"
  /// A claim restates another claim (`same_as:`), usually of another article.
  case sameAs = "same-as"
  /// A claim belongs to an article: every claim of a library points to its article's node.
  case inArticle = "in-article"

  /// Orders kinds as they are declared.
  public static func < (lhs: EdgeKind, rhs: EdgeKind) -> Bool {
    allCases.firstIndex(of: lhs)! < allCases.firstIndex(of: rhs)!
  }
}
