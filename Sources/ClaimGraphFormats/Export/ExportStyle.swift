import ClaimGraph

/// How every format draws nodes and edges, so a graph looks the same in Gephi, Graphviz
/// and Mermaid.
///
/// Claims are coloured by their strength, entities and sources by their kind, from one
/// palette: the three strengths take the Okabe–Ito bluish green, orange and vermillion,
/// which stay distinguishable with the common colour-vision deficiencies, and no kind uses
/// those hues. Kind is also shown by shape (Graphviz, Mermaid) and size (Gephi). Fills are
/// light tints of the same hues, so black text on them stays legible.
public enum ExportStyle {
  /// The label of an `evidence` edge whose method the claim's own sentence describes
  /// (`Edge.isStated`) in the pictures (DOT, Mermaid).
  public static let statedLabel = "stated in text"

  /// The colour of a claim of this strength: its border, and its fill in Gephi.
  public static func color(of strength: EvidenceStrength) -> RGBColor {
    switch strength {
    case .established: RGBColor(0x009E73)
    case .uncertain: RGBColor(0xE69F00)
    case .refuted: RGBColor(0xD55E00)
    }
  }

  /// The colour of a node kind: its border, and its fill in Gephi.
  ///
  /// Claims use
  /// ``color(of:)-(EvidenceStrength)`` instead; this is their colour where no strength is
  /// known (a legend of kinds).
  public static func color(of kind: NodeKind) -> RGBColor {
    switch kind {
    case .claim: RGBColor(0x555555)
    case .source: RGBColor(0x56B4E9)
    case .region: RGBColor(0x0072B2)
    case .receptor: RGBColor(0xCC79A7)
    case .condition: RGBColor(0x882255)
    case .molecule: RGBColor(0x332288)
    case .intervention: RGBColor(0xB8A200)
    case .method: RGBColor(0x7F7F7F)
    case .structure: RGBColor(0xAA4499)
    case .article: RGBColor(0x5D4037)
    }
  }

  /// A node's colour: a claim's by its strength, any other node's by its kind.
  public static func color(of node: Node) -> RGBColor {
    if case .claim(let claim) = node { return color(of: claim.strength) }
    return color(of: node.kind)
  }

  /// A light tint of a colour (three quarters white), for fills behind black text.
  public static func tint(of color: RGBColor) -> RGBColor {
    func lighten(_ value: Int) -> Int { value + (255 - value) * 3 / 4 }
    return RGBColor(
      lighten(color.red) << 16 | lighten(color.green) << 8 | lighten(color.blue))
  }

  /// A light tint of the kind's colour, for fills behind black text.
  public static func fill(of kind: NodeKind) -> RGBColor { tint(of: color(of: kind)) }

  /// A light tint of a node's colour (a claim's by its strength), for fills.
  public static func fill(of node: Node) -> RGBColor { tint(of: color(of: node)) }

  /// A light tint of a strength's hue, for highlighting text: black text on it keeps a
  /// contrast above 11:1.
  public static func fill(of strength: EvidenceStrength) -> RGBColor {
    switch strength {
    case .established: RGBColor(0xC6EBDF)
    case .uncertain: RGBColor(0xFCE9C2)
    case .refuted: RGBColor(0xF7D5C0)
    }
  }

  /// A dark shade of a strength's hue, for lines and small text: at least 4.5:1 on white
  /// and 3:1 on the strength's own tint (WCAG's contrast for text and for marks).
  public static func ink(of strength: EvidenceStrength) -> RGBColor {
    switch strength {
    case .established: RGBColor(0x00795A)
    case .uncertain: RGBColor(0x8A5A00)
    case .refuted: RGBColor(0xB34700)
    }
  }

  /// The node size in Gephi: entities are the hubs, so they are drawn largest, and an
  /// article, which holds its claims, larger still.
  public static func size(of kind: NodeKind) -> Double {
    switch kind {
    case .article: 20
    case .claim: 10
    case .source: 8
    case .method: 12
    case .region, .receptor, .condition, .molecule, .intervention, .structure: 15
    }
  }

  /// The Graphviz shape of a node kind.
  public static func dotShape(of kind: NodeKind) -> String {
    switch kind {
    case .claim: "box"
    case .source: "note"
    case .region: "ellipse"
    case .receptor: "hexagon"
    case .condition: "octagon"
    case .molecule: "house"
    case .intervention: "parallelogram"
    case .method: "cylinder"
    case .structure: "trapezium"
    case .article: "folder"
    }
  }

  /// An edge's weight: established 1.0, uncertain 0.5, refuted 0.2; edges no claim
  /// induced (`uses-method`) weigh 1.0.
  public static func weight(of strength: EvidenceStrength?) -> Double {
    switch strength {
    case .established, nil: 1.0
    case .uncertain: 0.5
    case .refuted: 0.2
    }
  }

  /// An edge's colour: contradicting citations red, mentions grey, otherwise by kind.
  public static func color(of edge: Edge) -> RGBColor {
    switch (edge.kind, edge.stance) {
    case (.cites, .contradicts): RGBColor(0xD0021B)
    case (.cites, .mentions): RGBColor(0xA0A0A0)
    case (.cites, _): RGBColor(0x3A7CA5)
    case (.about, _): RGBColor(0x8C8C8C)
    case (.relation, _): RGBColor(0x222222)
    case (.evidence, _): RGBColor(0x5B8C3A)
    case (.usesMethod, _): RGBColor(0xB0B0B0)
    case (.sameAs, _): RGBColor(0x7B5EA7)
    case (.inArticle, _): RGBColor(0xC8C8C8)
    }
  }

  /// The short text shown on an edge: a relation's verb, a citation's stance, or the kind.
  public static func label(of edge: Edge) -> String {
    switch edge.kind {
    case .relation: edge.predicate ?? edge.kind.rawValue
    case .cites: edge.stance.map { $0 == .supports ? "cites" : $0.rawValue } ?? "cites"
    default: edge.kind.rawValue
    }
  }

  /// The label a node is shown with: a claim's short label (its statement cut at a word
  /// boundary; the full statement is the `statement` attribute), a source's short citation
  /// (`Boecker et al. 2008`), an entity's name, an article's title.
  public static func label(of node: Node) -> String {
    switch node {
    case .claim(let claim): shortLabel(claim.statement)
    case .source(let source): source.shortLabel
    case .entity(let entity): entity.name
    case .article(let article): article.title
    }
  }

  /// The most characters a claim's short label has, its ellipsis included.
  public static let shortLabelLength = 60

  /// A text cut to at most ``shortLabelLength`` characters at a word boundary, with `…`
  /// when anything was cut; a text that fits is returned whole.
  public static func shortLabel(_ text: String) -> String {
    if let short = asciiShortLabel(text) { return short }
    // One pass over at most the first 61 characters (a long statement is not counted
    // whole): where the first 59 end, and the last space among them from the 21st on.
    var index = text.startIndex
    var count = 0
    var headEnd = index
    var space: String.Index?
    while index < text.endIndex && count <= shortLabelLength {
      let next = text.index(after: index)
      if count < shortLabelLength - 1 {
        if count >= 20 && isSpaceCharacter(text, from: index, to: next) { space = index }
        headEnd = next
      }
      count += 1
      index = next
    }
    guard count > shortLabelLength else { return text }
    var short = String(text[..<(space ?? headEnd)])
    while let last = short.last, last == " " || last == "," || last == ";" || last == ":" {
      short.removeLast()
    }
    return short + "…"
  }

  /// Whether the character between two indices is a lone space (not one with combining
  /// marks), without forming the character.
  private static func isSpaceCharacter(
    _ text: String, from start: String.Index, to end: String.Index
  ) -> Bool {
    let scalars = text.unicodeScalars
    return scalars[start] == " " && scalars.index(after: start) == end
  }

  /// ``shortLabel(_:)`` of a text in ASCII without carriage returns, where every byte is a
  /// character, cut as bytes (much faster than as characters); nil for any other text.
  private static func asciiShortLabel(_ text: String) -> String? {
    var bytesOfText = text
    return bytesOfText.withUTF8 { bytes -> String? in
      guard bytes.allSatisfy({ $0 < 0x80 && $0 != UInt8(ascii: "\r") }) else { return nil }
      guard bytes.count > shortLabelLength else { return text }
      let head = bytes[..<(shortLabelLength - 1)]
      var cut = head.endIndex
      if let space = head.lastIndex(of: UInt8(ascii: " ")), space >= 20 { cut = space }
      let trailing: [UInt8] = [
        UInt8(ascii: " "), UInt8(ascii: ","), UInt8(ascii: ";"), UInt8(ascii: ":"),
      ]
      while cut > 0 && trailing.contains(bytes[cut - 1]) { cut -= 1 }
      return String(decoding: UnsafeBufferPointer(rebasing: bytes[..<cut]), as: UTF8.self) + "…"
    }
  }
}
