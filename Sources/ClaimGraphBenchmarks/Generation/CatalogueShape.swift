import ClaimGraph

/// The sizes of a synthetic catalogue and the names of its nodes.
///
/// A catalogue is shaped like a publisher's library of articles: sources = claims / 5,
/// entities = claims / 10 spread over the six entity kinds, one section per 100 claims
/// (an article has about a dozen sections of ten-odd claims each), and one claims file per
/// `claimsPerFile` claims. Every identifier is a pure function of the seed and an index, so
/// any file can be generated without the others.
public struct CatalogueShape: Sendable, Hashable {
  /// The number of claims.
  public let claims: Int
  /// The number of sources.
  public let sources: Int
  /// The number of entities, of every entity kind together.
  public let entities: Int
  /// The number of article sections.
  public let sections: Int
  /// Claims per claims file.
  public let claimsPerFile: Int
  /// The seed every random choice derives from.
  public let seed: UInt64

  /// Creates the shape of a catalogue with `claims` claims.
  public init(claims: Int, seed: UInt64, claimsPerFile: Int = 1000) {
    precondition(claims > 0 && claimsPerFile > 0, "a catalogue needs claims and files")
    self.claims = claims
    self.sources = max(1, claims / 5)
    self.entities = max(NodeKind.entityKinds.count, claims / 10)
    self.sections = max(1, claims / 100)
    self.claimsPerFile = claimsPerFile
    self.seed = seed
  }

  // MARK: - Entity kinds

  /// Twenty slots that spread entities over kinds: molecules and conditions are the most
  /// common, receptors the rarest, as in the article.
  private static let kindSlots: [NodeKind] = [
    .molecule, .condition, .region, .molecule, .intervention, .condition, .method, .molecule,
    .region, .receptor, .condition, .molecule, .intervention, .method, .region, .condition,
    .molecule, .receptor, .intervention, .method,
  ]
  private static let methodSlots = kindSlots.indices.filter { kindSlots[$0] == .method }

  /// The kind of entity `index`.
  public func kind(ofEntity index: Int) -> NodeKind {
    Self.kindSlots[index % Self.kindSlots.count]
  }

  /// The number of entities of a kind.
  ///
  /// - Complexity: O(1).
  public func count(of kind: NodeKind) -> Int {
    let slots = Self.kindSlots
    let perRound = slots.count { $0 == kind }
    let remainder = slots.prefix(entities % slots.count).count { $0 == kind }
    return entities / slots.count * perRound + remainder
  }

  /// The number of method entities.
  public var methods: Int { count(of: .method) }

  /// The entity index of method `ordinal` (0 ≤ `ordinal` < ``methods``).
  public func entity(ofMethod ordinal: Int) -> Int {
    let perRound = Self.methodSlots.count
    return ordinal / perRound * Self.kindSlots.count + Self.methodSlots[ordinal % perRound]
  }

  // MARK: - Identifiers

  /// The identifier of claim `index`: a descriptive slug and the index.
  public func claimID(_ index: Int) -> String {
    var random = SeededGenerator(seed: seed, stream: 1, UInt64(index))
    let words = [
      random.pick(SyntheticText.claimWords), random.pick(SyntheticText.moleculeStems).slug,
      random.pick(SyntheticText.claimWords),
    ]
    return words.joined(separator: "-") + "-c\(index)"
  }

  /// The identifier of source `index`: first author, year and index.
  public func sourceID(_ index: Int) -> String {
    let source = SyntheticText.sourceCore(seed: seed, index: index)
    return "\(source.authorSlug)-\(source.year)-s\(index)"
  }

  /// The identifier of entity `index`: its stem and index.
  public func entityID(_ index: Int) -> String {
    "\(entityStem(index).slug)-e\(index)"
  }

  /// The stem (slug and display name) entity `index` is named after.
  func entityStem(_ index: Int) -> SyntheticText.Stem {
    var random = SeededGenerator(seed: seed, stream: 3, UInt64(index))
    return random.pick(SyntheticText.entityStems[kind(ofEntity: index)]!)
  }

  /// The identifier of section `index`.
  public func sectionID(_ index: Int) -> String {
    var random = SeededGenerator(seed: seed, stream: 4, UInt64(index))
    return "part-\(index + 1)-\(random.pick(SyntheticText.sectionTopics).slug)"
  }

  /// The section claim `index` belongs to.
  public func section(ofClaim index: Int) -> Int {
    min(index / 100, sections - 1)
  }
}
