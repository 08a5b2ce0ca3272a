/// Reports a source cited for a relation in one article and against it in another.
public struct StanceDisagreementRule: GraphRule {
  /// The id its findings carry, and that configurations, suppressions and baselines name.
  public let id: RuleID = .stanceDisagreement
  /// A warning: one of the articles misreads the study.
  public let defaultSeverity = Severity.warning
  /// What `claimgraph rules` lists beside the id.
  public let summary =
    "One source is cited for a relation in one article and against it in another."
  /// What `claimgraph lint --explain` prints: why it matters and how to fix it.
  public let explanation = """
    The same study is cited as supporting a relation (or a statement, through \
    `same_as:`) in one article and as contradicting it in another. At most one reading \
    of the study can be right: check what the study found, and correct the stance (or the \
    claim) in the article that misreads it. Inferred citations are not compared, and \
    within one article the rule is silent.
    """

  /// Creates the rule.
  public init() {}

  /// Reports each citation that takes one side when a citation of the same source, in a
  /// claim of another article asserting the same thing, takes the other: at both.
  public func check(_ context: ValidationContext) -> [Diagnostic] {
    let graph = context.graph
    let claims = graph.claims
    var findings: [Diagnostic] = []
    for (key, members) in Assertions(graph).groups {
      // Each citation of the group that takes a side, by source.
      var sides: [NodeID: [(member: Assertions.Member, citation: Int, stance: Stance)]] = [:]
      var order: [NodeID] = []
      for member in members {
        for (offset, citation) in claims[member.claim].citations.enumerated()
        where !citation.isInferred && citation.stance != .mentions {
          if sides[citation.source] == nil { order.append(citation.source) }
          sides[citation.source, default: []].append((member, offset, citation.stance))
        }
      }
      for source in order {
        let cited = sides[source] ?? []
        for one in cited {
          let opposite = cited.filter {
            $0.stance != one.stance && $0.member.article != one.member.article
          }
          guard !opposite.isEmpty else { continue }
          let claim = claims[one.member.claim]
          let names = opposite.prefix(3).map { other in
            "'\(claims[other.member.claim].id)' "
              + "(\(StrengthDisagreementRule.articleName(other.member.article, in: graph)))"
          }
          findings.append(
            finding(
              "claim '\(claim.id)' (\(StrengthDisagreementRule.articleName(one.member.article, in: graph))) "
                + "cites '\(source)' \(one.stance == .supports ? "for" : "against") "
                + "\(Assertions.describe(key)), which other articles cite it "
                + "\(one.stance == .supports ? "against" : "for"): "
                + "\(Assertions.list(Array(names), total: opposite.count)); check what the "
                + "study found and correct the stance in the article that misreads it",
              node: claim.id, field: "citations[\(one.citation)]", in: context))
        }
      }
    }
    return findings
  }
}
