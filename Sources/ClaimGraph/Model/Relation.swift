/// A typed link between two entities that a claim asserts,
/// such as `beta-endorphin —binds→ mu-opioid-receptor`.
public struct Relation: Hashable, Sendable {
  /// The entity the relation starts from.
  public var subject: NodeID
  /// The relation's verb in kebab-case (`binds`, `precursor-of`).
  public var predicate: String
  /// The entity the relation points to.
  public var object: NodeID

  /// Creates a relation.
  public init(subject: NodeID, predicate: String, object: NodeID) {
    self.subject = subject
    self.predicate = predicate
    self.object = object
  }
}
