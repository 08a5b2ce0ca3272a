/// A thing claims are about: a brain region, receptor, condition, molecule,
/// intervention or evidence method.
public struct Entity: Hashable, Sendable {
  /// The entity's stable identifier.
  public var id: NodeID
  /// The entity's kind; always one of ``NodeKind/entityKinds``.
  public let kind: NodeKind
  /// The human-readable name.
  public var name: String
  /// Abbreviations and synonyms (`PAG`).
  public var aliases: [String]
  /// A free classification (`peptide`, `drug`, `midbrain structure`).
  public var category: String?
  /// A one-line description.
  public var description: String?
  /// Lint rules silenced for this entity.
  public var suppressions: [Suppression]

  /// Creates an entity.
  ///
  /// - Precondition: `kind` is an entity kind, not `.claim` or `.source`.
  public init(
    id: NodeID, kind: NodeKind, name: String, aliases: [String] = [], category: String? = nil,
    description: String? = nil, suppressions: [Suppression] = []
  ) {
    precondition(kind.isEntity, "an entity's kind must be an entity kind, not \(kind)")
    self.id = id
    self.kind = kind
    self.name = name
    self.aliases = aliases
    self.category = category
    self.description = description
    self.suppressions = suppressions
  }

  /// Whether `text` names this entity: its id, name or an alias, ignoring case.
  public func isNamed(_ text: String) -> Bool {
    let needle = text.lowercased()
    return id.rawValue.lowercased() == needle || name.lowercased() == needle
      || aliases.contains { $0.lowercased() == needle }
  }
}
