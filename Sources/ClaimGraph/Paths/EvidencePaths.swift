/// The best evidence paths between two nodes.
public struct EvidencePaths: Hashable, Sendable {
  /// How to search.
  public struct Options: Hashable, Sendable {
    /// The most paths to return.
    public var limit: Int
    /// The most claims a path may have.
    public var maxSteps: Int
    /// Nodes no path may pass through (the ends excepted).
    public var avoid: Set<NodeID>
    /// Whether to keep paths from passing through hubs (nodes linked to more claims than
    /// ``hubThreshold``); when no path avoids them, paths through them are given anyway.
    public var avoidsHubs: Bool
    /// How many claims make a node a hub; nil for the default, a fifth of the graph's
    /// claims but at least 20.
    public var hubThreshold: Int?

    /// Creates options.
    public init(
      limit: Int = 5, maxSteps: Int = 4, avoid: Set<NodeID> = [], avoidsHubs: Bool = true,
      hubThreshold: Int? = nil
    ) {
      self.limit = limit
      self.maxSteps = maxSteps
      self.avoid = avoid
      self.avoidsHubs = avoidsHubs
      self.hubThreshold = hubThreshold
    }
  }

  /// Where the paths start.
  public let from: NodeID
  /// Where they end.
  public let to: NodeID
  /// The paths, best (lowest cost) first.
  public let paths: [EvidencePath]
  /// The hubs the paths were kept from, most linked first.
  public let avoidedHubs: [NodeID]
  /// Whether no path avoided the hubs, so these paths may pass through them.
  public let throughHubs: Bool

  /// Creates a result.
  public init(
    from: NodeID, to: NodeID, paths: [EvidencePath], avoidedHubs: [NodeID], throughHubs: Bool
  ) {
    self.from = from
    self.to = to
    self.paths = paths
    self.avoidedHubs = avoidedHubs
    self.throughHubs = throughHubs
  }
}
