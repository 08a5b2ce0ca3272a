/// What the claims of a library assert, grouped so that claims of different articles that
/// assert the same thing can be compared: the disagreement rules read it.
///
/// Two claims assert the same thing when they assert the same relation (subject, predicate
/// and object, as resolved ids), or when one restates the other (`same_as:`, followed
/// through chains: every claim a restatement links is in one group).
struct Assertions {
  /// What a group of claims asserts.
  enum Key: Hashable {
    /// One relation.
    case relation(subject: NodeID, predicate: String, object: NodeID)
    /// The restatements linked by `same_as:`, named by their first claim (an offset).
    case restatement(Int)
  }

  /// One claim's part in a group: the claim (an offset in the graph's claims), its article
  /// (an offset in the graph's scopes; -1 for none) and, for a relation, which one.
  struct Member {
    let claim: Int
    let article: Int32
    /// The relation's index in the claim's `relations`; nil for a restatement.
    let relation: Int?
  }

  /// The groups whose members belong to more than one article, in a canonical order (by
  /// the first member's claim).
  let groups: [(key: Key, members: [Member])]

  init(_ graph: KnowledgeGraph) {
    let claims = graph.claims
    // Restatements: claims linked by `same_as`, joined into components.
    var parent = Array(claims.indices)
    func root(_ offset: Int) -> Int {
      var offset = offset
      while parent[offset] != offset {
        parent[offset] = parent[parent[offset]]
        offset = parent[offset]
      }
      return offset
    }
    var restates = [Bool](repeating: false, count: claims.count)
    for (offset, claim) in claims.enumerated() {
      for other in claim.sameAs {
        guard let target = graph.claimOffset(of: other), target != offset else { continue }
        restates[offset] = true
        restates[target] = true
        let (a, b) = (root(offset), root(target))
        if a != b { parent[max(a, b)] = min(a, b) }
      }
    }
    var members: [Key: [Member]] = [:]
    for (offset, claim) in claims.enumerated() {
      let article = graph.claimScopes[offset]
      for (index, relation) in claim.relations.enumerated() {
        let key = Key.relation(
          subject: relation.subject, predicate: relation.predicate, object: relation.object)
        members[key, default: []].append(Member(claim: offset, article: article, relation: index))
      }
      if restates[offset] {
        members[.restatement(root(offset)), default: []].append(
          Member(claim: offset, article: article, relation: nil))
      }
    }
    groups =
      members.filter { _, members in
        members.contains { $0.article != members[0].article }
      }
      .map { ($0.key, $0.value) }
      .sorted { ($0.members[0].claim, $0.members.count) < ($1.members[0].claim, $1.members.count) }
  }

  /// What a group asserts, for messages: `'running increases beta-endorphin'`, or `the
  /// statement it shares through same_as` for restatements.
  static func describe(_ key: Key) -> String {
    switch key {
    case .relation(let subject, let predicate, let object): "'\(subject) \(predicate) \(object)'"
    case .restatement: "the statement it shares through same_as"
    }
  }

  /// The claims of other articles a message names: at most three, then how many more.
  static func list(_ names: [String], total: Int) -> String {
    let shown = names.prefix(3).joined(separator: ", ")
    return total > 3 ? shown + " and \(total - 3) more" : shown
  }
}
