/// One article of a library: a node of the graph, with its sections in reading order.
///
/// A graph is a library of one or more articles that share one catalogue of sources and
/// entities. Every claim belongs to one article (``Claim/article``), and its `section`
/// names one of that article's ``sections``. The article's text, when it has one, is the
/// graph's ``KnowledgeGraph/text(ofArticle:)``; whether a source is in the article's
/// reference list is read from that text (``KnowledgeGraph/isListed(_:inArticle:)``).
public struct Article: Hashable, Sendable {
  /// The article's identifier, unique in the library; with one article, exports use it as
  /// the graph's id.
  public var id: String
  /// The article's title.
  public var title: String
  /// The article's sections, in reading order.
  public var sections: [Section]

  /// Creates an article description.
  public init(id: String, title: String, sections: [Section] = []) {
    self.id = id
    self.title = title
    self.sections = sections
  }

  /// The article's id as a node of the graph: `article:` and its id, so that an article
  /// may share its id with an entity (article `endorphins`, molecule `endorphins`).
  public var nodeID: NodeID { NodeID(Self.nodeIDPrefix + id) }

  /// What an article's node id starts with.
  public static let nodeIDPrefix = "article:"

  /// The article id a node id of an article stands for (`article:endorphins` →
  /// `endorphins`); nil when it does not start with ``nodeIDPrefix``.
  public static func id(fromNodeID nodeID: NodeID) -> String? {
    let raw = nodeID.rawValue
    guard raw.hasPrefix(nodeIDPrefix) else { return nil }
    return String(raw.dropFirst(nodeIDPrefix.count))
  }
}
