/// Any node of a knowledge graph.
public enum Node: Hashable, Sendable {
  /// A claim.
  case claim(Claim)
  /// A source.
  case source(Source)
  /// An entity: region, receptor, condition, molecule, intervention or method.
  case entity(Entity)
  /// An article of the library.
  case article(Article)

  /// The node's identifier.
  public var id: NodeID {
    switch self {
    case .claim(let claim): claim.id
    case .source(let source): source.id
    case .entity(let entity): entity.id
    case .article(let article): article.nodeID
    }
  }

  /// The node's kind.
  public var kind: NodeKind {
    switch self {
    case .claim: .claim
    case .source: .source
    case .entity(let entity): entity.kind
    case .article: .article
    }
  }

  /// A short human-readable label: the statement, the source's or article's title or the
  /// entity's name.
  public var label: String {
    switch self {
    case .claim(let claim): claim.statement
    case .source(let source): source.title
    case .entity(let entity): entity.name
    case .article(let article): article.title
    }
  }

  /// The lint suppressions declared on the node.
  public var suppressions: [Suppression] {
    switch self {
    case .claim(let claim): claim.suppressions
    case .source(let source): source.suppressions
    case .entity(let entity): entity.suppressions
    case .article: []
    }
  }
}
