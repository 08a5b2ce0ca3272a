/// A claim's reference to a source, saying how the source bears on it.
public struct Citation: Hashable, Sendable {
  /// The cited source.
  public var source: NodeID
  /// The evidence methods this citation relies on; empty means "the source's methods".
  public var methods: [NodeID]
  /// Whether the source supports, contradicts or merely mentions the claim.
  public var stance: Stance
  /// Where in the source (a figure, a page), if given.
  public var locator: String?

  /// Creates a citation.
  public init(
    source: NodeID, methods: [NodeID] = [], stance: Stance = .supports, locator: String? = nil
  ) {
    self.source = source
    self.methods = methods
    self.stance = stance
    self.locator = locator
  }
}
