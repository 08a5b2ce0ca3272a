/// Reports claims of different articles that assert the same thing with different
/// strengths, or where one calls a myth what the other asserts.
public struct StrengthDisagreementRule: GraphRule {
  /// The id its findings carry, and that configurations, suppressions and baselines name.
  public let id: RuleID = .strengthDisagreement
  /// A warning: one of the articles overstates or understates the evidence.
  public let defaultSeverity = Severity.warning
  /// What `claimgraph rules` lists beside the id.
  public let summary =
    "Articles of the library assert the same relation with different strengths."
  /// What `claimgraph lint --explain` prints: why it matters and how to fix it.
  public let explanation = """
    Two claims in different articles assert the same relation (the same subject, \
    predicate and object) or restate each other (`same_as:`), but one calls it \
    established and the other uncertain, or one asserts what the other calls a myth \
    (`refuted`). Readers of both articles are told two different things. Align the \
    strengths if the evidence is the same, or make the difference explicit in the text \
    (and in the claims) if the articles weigh different evidence. Within one article the \
    rule is silent: an article's summary may restate its body on purpose.
    """

  /// Creates the rule.
  public init() {}

  /// Reports, at each claim that disagrees with claims of other articles, one finding per
  /// thing they assert, naming up to three of the others.
  public func check(_ context: ValidationContext) -> [Diagnostic] {
    let graph = context.graph
    let claims = graph.claims
    var findings: [Diagnostic] = []
    for (key, members) in Assertions(graph).groups {
      // Per strength: how many members, and how many in each article.
      var total: [EvidenceStrength: Int] = [:]
      var perArticle: [Int32: [EvidenceStrength: Int]] = [:]
      for member in members {
        let strength = claims[member.claim].strength
        total[strength, default: 0] += 1
        perArticle[member.article, default: [:]][strength, default: 0] += 1
      }
      guard total.count > 1 else { continue }
      for member in members {
        let claim = claims[member.claim]
        let own = perArticle[member.article] ?? [:]
        let others = EvidenceStrength.allCases.filter { $0 != claim.strength }.reduce(0) {
          $0 + (total[$1] ?? 0) - (own[$1] ?? 0)
        }
        guard others > 0 else { continue }
        var names: [String] = []
        for other in members where names.count < 3 {
          let theirs = claims[other.claim]
          guard other.article != member.article, theirs.strength != claim.strength else {
            continue
          }
          names.append(
            "'\(theirs.id)' (\(Self.articleName(other.article, in: graph)), "
              + "\(Self.describe(theirs.strength)))")
        }
        findings.append(
          finding(
            "claim '\(claim.id)' (\(Self.articleName(member.article, in: graph)), "
              + "\(Self.describe(claim.strength))) asserts \(Assertions.describe(key)), which "
              + "other articles state differently: \(Assertions.list(names, total: others)); "
              + "align the strengths, or say in the text why the articles differ",
            node: claim.id, field: member.relation.map { "relations[\($0)]" } ?? "strength",
            in: context))
      }
    }
    return findings
  }

  /// A strength as messages show it.
  static func describe(_ strength: EvidenceStrength) -> String {
    strength == .refuted ? "a myth (refuted)" : strength.rawValue
  }

  /// An article as messages show it: `article 'mood'`.
  static func articleName(_ scope: Int32, in graph: KnowledgeGraph) -> String {
    guard scope >= 0, let article = graph.scopes[Int(scope)].article else { return "no article" }
    return "article '\(article.id)'"
  }
}
