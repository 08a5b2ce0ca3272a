/// Reports references that do not resolve: to sources, entities (and methods), sections or
/// claims.
///
/// Four instances of one rule type serve the four rule ids, since the logic is the same
/// and only the kind of target differs.
public struct UnresolvedReferenceRule: GraphRule {
  /// The rule for dangling `citations[i].source` references.
  public static let unknownSource = UnresolvedReferenceRule(
    id: .unknownSource, targets: [.source],
    summary: "A citation names a source that does not exist.",
    explanation: """
      Every citation must name the id of a source declared under `sources:`. A dangling \
      source id usually means a typo, or a source that was renamed or not yet added. \
      Fix the id, or add the source with its bibliographic data (mark it `listed: false` \
      when the article's reference list lacks it).
      """)

  /// The rule for dangling entity references (`about`, relations, methods).
  public static let unknownEntity = UnresolvedReferenceRule(
    id: .unknownEntity, targets: [.entity, .method],
    summary: "A claim or source names an entity that does not exist.",
    explanation: """
      `about`, relation subjects and objects must name entities (regions, receptors, \
      conditions, molecules, interventions or methods), and every `methods` entry (and \
      every stated `evidence` entry's `method`) must name a method. A dangling id usually means a typo or an entity not yet declared: fix the \
      id or declare the entity in the file for its kind.
      """)

  /// The rule for claims placed in an undeclared section.
  public static let unknownSection = UnresolvedReferenceRule(
    id: .unknownSection, targets: [.section],
    summary: "A claim names a section that is not declared.",
    explanation: """
      A claim's `section` must be one of the ids declared under `sections:` (usually in \
      `article.yaml`), so tables can group claims in reading order. Fix the id or declare \
      the section.
      """)

  /// The rule for `same_as` references to claims that do not exist.
  public static let unknownClaim = UnresolvedReferenceRule(
    id: .unknownClaim, targets: [.claim],
    summary: "A claim says it restates a claim that does not exist.",
    explanation: """
      `same_as` names the claims (usually of other articles) that a claim restates in \
      other words. A dangling id usually means a typo, or a claim that was renamed or \
      removed: fix the id or remove it.
      """)

  /// The id its findings carry, and that configurations, suppressions and baselines name.
  public let id: RuleID
  /// The kinds of reference this instance checks.
  public let targets: Set<Reference.Target>
  /// Dangling references are errors: the graph says something it cannot back.
  public var defaultSeverity: Severity { .error }
  /// What `claimgraph rules` lists beside the id.
  public let summary: String
  /// What `claimgraph lint --explain` prints: why it matters and how to fix it.
  public let explanation: String

  /// Reports each unresolved reference of this instance's target kinds.
  public func check(_ context: ValidationContext) -> [Diagnostic] {
    let graph = context.graph
    return graph.unresolvedReferences.filter { targets.contains($0.expected) }.map { reference in
      let what = reference.expected.rawValue
      var message = "'\(reference.from)' refers to \(what) '\(reference.id)', which does not exist"
      if let actual = graph.kind(of: NodeID(reference.id)) {
        message =
          "'\(reference.from)' refers to '\(reference.id)' as \(what.withArticle), "
          + "but it is \(actual.rawValue.withArticle)"
      } else {
        message += Suggestion.hint(for: reference.id, in: graph.candidates(for: reference))
      }
      return finding(message, node: reference.from, field: reference.field, in: context)
    }
  }
}

extension String {
  /// `"an entity"`, `"a source"`.
  fileprivate var withArticle: String {
    (first.map { "aeiou".contains($0) } ?? false ? "an " : "a ") + self
  }
}
