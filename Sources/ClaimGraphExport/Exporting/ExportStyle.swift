import ClaimGraph

/// An sRGB colour.
public struct RGBColor: Hashable, Sendable {
  /// Red, 0–255.
  public let red: Int
  /// Green, 0–255.
  public let green: Int
  /// Blue, 0–255.
  public let blue: Int

  /// Creates a colour from its 24-bit hexadecimal value (`0xE69F00`).
  public init(_ hex: Int) {
    red = (hex >> 16) & 0xFF
    green = (hex >> 8) & 0xFF
    blue = hex & 0xFF
  }

  /// `#RRGGBB` in upper case.
  public var hex: String {
    let digits: StaticString = "0123456789ABCDEF"
    var text = "#"
    for value in [red, green, blue] {
      text.unicodeScalars.append(Unicode.Scalar(digits.utf8Start[value >> 4]))
      text.unicodeScalars.append(Unicode.Scalar(digits.utf8Start[value & 0xF]))
    }
    return text
  }
}

/// How every format draws nodes and edges, so a graph looks the same in Gephi, Graphviz
/// and Mermaid.
///
/// Colours follow the Okabe–Ito palette, which stays distinguishable with the common
/// colour-vision deficiencies; fills are light tints of the same hues so black text on
/// them stays legible.
public enum ExportStyle {
  /// The colour of a node kind: its border, and its fill in Gephi.
  public static func color(of kind: NodeKind) -> RGBColor {
    switch kind {
    case .claim: RGBColor(0xE69F00)
    case .source: RGBColor(0x56B4E9)
    case .region: RGBColor(0x009E73)
    case .receptor: RGBColor(0xCC79A7)
    case .condition: RGBColor(0xD55E00)
    case .molecule: RGBColor(0x0072B2)
    case .intervention: RGBColor(0xB8A200)
    case .method: RGBColor(0x7F7F7F)
    case .structure: RGBColor(0x332288)
    }
  }

  /// A light tint of the kind's colour, for fills behind black text.
  public static func fill(of kind: NodeKind) -> RGBColor {
    switch kind {
    case .claim: RGBColor(0xFCE9C2)
    case .source: RGBColor(0xD9EEFA)
    case .region: RGBColor(0xC6EBDF)
    case .receptor: RGBColor(0xF3DDEA)
    case .condition: RGBColor(0xF7D5C0)
    case .molecule: RGBColor(0xC4DDEE)
    case .intervention: RGBColor(0xF8F3C0)
    case .method: RGBColor(0xE5E5E5)
    case .structure: RGBColor(0xD9D5EE)
    }
  }

  /// The hue of a claim strength, from the same palette: established bluish green,
  /// uncertain orange, refuted vermillion.
  public static func color(of strength: EvidenceStrength) -> RGBColor {
    switch strength {
    case .established: RGBColor(0x009E73)
    case .uncertain: RGBColor(0xE69F00)
    case .refuted: RGBColor(0xD55E00)
    }
  }

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

  /// The node size in Gephi: entities are the hubs, so they are drawn largest.
  public static func size(of kind: NodeKind) -> Double {
    switch kind {
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

  /// The label a node is shown with: a claim's statement, a source's short citation
  /// (`Boecker et al. 2008`), an entity's name.
  public static func label(of node: Node) -> String {
    switch node {
    case .claim(let claim): claim.statement
    case .source(let source): source.shortLabel
    case .entity(let entity): entity.name
    }
  }
}
