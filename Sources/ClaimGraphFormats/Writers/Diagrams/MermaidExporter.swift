import ClaimGraph

/// Writes a Mermaid flowchart that GitHub renders in Markdown (a `mermaid` code
/// fence) and the Mermaid CLI accepts.
///
/// - Node ids are derived from the graph's ids (`amygdala` → `n_amygdala`, `-` as `_`),
///   so an edit of the graph changes only the lines it touches; the `n_` prefix keeps them
///   clear of keywords (`end`) and of link ends (`o`, `x`). Labels are quoted, with `"`,
///   `#`, `&`, `<`, `>`, the backtick, `|`, braces and brackets written as `#NN;` entity codes
///   and line breaks as `<br/>`. Claims show their short label.
/// - Links: established thick (`==>`), uncertain dashed (`-.->`), refuted dotted grey,
///   contradicting citations red with a cross end (`--x`); relations show their verb, and
///   an `evidence` link whose method the claim's own sentence describes `stated in text`.
/// - Colours through `classDef`, the same as in the other formats: claims by strength,
///   other nodes by kind. A `Legend` subgraph explains them and the line styles;
///   `MermaidExporter(showsLegend: false)` leaves it out.
///
/// Mermaid (and so GitHub) refuses diagrams of more than 500 links or 50 000 characters,
/// limits a diagram cannot raise; ``exceedsRenderingLimits(_:)`` tells when a selection
/// is too big, and filtering (`--kinds`, `--strength`, `--around`) makes it fit.
public struct MermaidExporter: GraphExporter {
  /// The most links Mermaid renders by default (its `maxEdges`).
  public static let maxLinks = 500

  /// Whether the diagram has a legend.
  public let showsLegend: Bool

  /// Creates the exporter; `showsLegend: false` leaves the legend out.
  public init(showsLegend: Bool = true) { self.showsLegend = showsLegend }

  /// Whether a selection has more links than Mermaid renders by default.
  public static func exceedsRenderingLimits(_ selection: GraphSelection) -> Bool {
    selection.edges.count > maxLinks
  }

  /// Writes the selection as a Mermaid flowchart.
  public func export(_ selection: GraphSelection, to sink: inout some ExportSink) throws {
    var out = OutputBuffer()
    out.append("flowchart LR\n")
    if let article = selection.graph.article {
      out.append("  %% \(Self.escaped(article.title))\n")
    }
    let nodes = selection.nodes
    let ids = Self.identifiers(for: nodes.map(\.id))
    for node in nodes {
      guard let id = ids[node.id] else { continue }
      let label = ExportStyle.label(of: node)
      out.append("  \(id)[\"\(Self.escaped(label))\"]:::\(Self.className(of: node))\n")
      try out.flushIfFull(to: &sink)
    }
    var styles: [String: [Int]] = [:]
    var linkCount = 0
    for edge in selection.edges {
      guard let from = ids[edge.source], let to = ids[edge.target] else { continue }
      let (arrow, style) = Self.link(for: edge)
      var label: String?
      if edge.kind == .relation { label = edge.predicate }
      if edge.stance == .contradicts { label = "contradicts" }
      if edge.isInferred { label = "inferred" }
      if edge.isStated { label = ExportStyle.statedLabel }
      let text = label.map { "|\"\(Self.escaped($0))\"|" } ?? ""
      out.append("  \(from) \(arrow)\(text) \(to)\n")
      try out.flushIfFull(to: &sink)
      if let style { styles[style, default: []].append(linkCount) }
      linkCount += 1
    }
    if showsLegend && !nodes.isEmpty {
      writeLegend(selection, linkCount: &linkCount, styles: &styles, to: &out)
    }
    for strength in EvidenceStrength.allCases {
      Self.classDef("claim_\(strength.rawValue)", ExportStyle.color(of: strength), to: &out)
    }
    for kind in NodeKind.allCases where kind != .claim {
      Self.classDef(kind.rawValue, ExportStyle.color(of: kind), to: &out)
    }
    Self.classDef("source_unlisted", ExportStyle.color(of: .source), dashed: true, to: &out)
    for style in styles.keys.sorted() {
      let indices = styles[style, default: []].map(String.init).joined(separator: ",")
      out.append("  linkStyle \(indices) \(style)\n")
    }
    try out.flush(to: &sink)
  }

  /// The `Legend` subgraph: a swatch per strength and kind shown, and one link per line
  /// style in use (its links are numbered after the graph's).
  private func writeLegend(
    _ selection: GraphSelection, linkCount: inout Int, styles: inout [String: [Int]],
    to out: inout OutputBuffer
  ) {
    out.append("  subgraph legend[\"Legend\"]\n")
    for swatch in DOTExporter.legendSwatches(selection) {
      let id = "legend_" + swatch.id.replacingOccurrences(of: "-", with: "_")
      let text = swatch.kind == .claim ? "claim: \(swatch.text)" : swatch.text
      let className =
        swatch.kind == .claim
        ? "claim_\(swatch.text)" : swatch.dashed ? "source_unlisted" : swatch.kind.rawValue
      out.append("    \(id)[\"\(Self.escaped(text))\"]:::\(className)\n")
    }
    var lines: [(text: String, edge: Edge)] = []
    var strengths = Set<EvidenceStrength>()
    var stances = Set<Stance>()
    var hasInferred = false
    var hasUnstrengthened = false
    for edge in selection.edges {
      if edge.strength == nil { hasUnstrengthened = true }
      if let strength = edge.strength { strengths.insert(strength) }
      if let stance = edge.stance { stances.insert(stance) }
      if edge.isInferred { hasInferred = true }
    }
    for strength in EvidenceStrength.allCases where strengths.contains(strength) {
      lines.append((strength.rawValue, Self.sample(strength: strength)))
    }
    if hasUnstrengthened {
      lines.append(("no strength (a source's methods)", Self.sample(strength: nil)))
    }
    if stances.contains(.contradicts) {
      lines.append(("contradicts", Self.sample(strength: .established, stance: .contradicts)))
    }
    if hasInferred {
      lines.append(("inferred: not evidence", Self.sample(strength: .established, inferred: true)))
    }
    for (offset, line) in lines.enumerated() {
      let (arrow, style) = Self.link(for: line.edge)
      out.append(
        "    legend_l\(offset)a[\" \"]:::legendpoint \(arrow)|\"\(Self.escaped(line.text))\"| "
          + "legend_l\(offset)b[\" \"]:::legendpoint\n")
      if let style { styles[style, default: []].append(linkCount) }
      linkCount += 1
    }
    out.append("  end\n")
    out.append("  classDef legendpoint fill:#FFFFFF,stroke:#FFFFFF,color:#FFFFFF\n")
  }

  private static func sample(
    strength: EvidenceStrength?, stance: Stance? = nil, inferred: Bool = false
  ) -> Edge {
    Edge(
      id: "", kind: stance == nil ? .about : .cites, source: "a", target: "b", strength: strength,
      stance: stance, isInferred: inferred)
  }

  private static func classDef(
    _ name: String, _ color: RGBColor, dashed: Bool = false, to out: inout OutputBuffer
  ) {
    let fill = ExportStyle.tint(of: color).hex
    out.append("  classDef \(name) fill:\(fill),stroke:\(color.hex),color:#000000")
    out.append(dashed ? ",stroke-dasharray:4 3\n" : "\n")
  }

  /// The class a node is drawn with: a claim's strength, an unlisted source, or the kind.
  private static func className(of node: Node) -> String {
    switch node {
    case .claim(let claim): "claim_\(claim.strength.rawValue)"
    case .source(let source) where !source.isListed: "source_unlisted"
    default: node.kind.rawValue
    }
  }

  /// Mermaid ids derived from node ids: `n_` and the id with every character other than
  /// an ASCII letter, digit or `_` written as `_`; a derived id already taken (two ids that
  /// differ only there) gets `_2`, `_3`, … in the nodes' order.
  package static func identifiers(for ids: [NodeID]) -> [NodeID: String] {
    var result: [NodeID: String] = [:]
    var taken = Set<String>()
    for id in ids {
      var derived = "n_"
      for scalar in id.rawValue.unicodeScalars {
        let isWordCharacter =
          scalar.isASCII
          && (("a"..."z").contains(scalar) || ("A"..."Z").contains(scalar)
            || ("0"..."9").contains(scalar) || scalar == "_")
        derived.unicodeScalars.append(isWordCharacter ? scalar : "_")
      }
      var candidate = derived
      var counter = 2
      while !taken.insert(candidate).inserted {
        candidate = "\(derived)_\(counter)"
        counter += 1
      }
      result[id] = candidate
    }
    return result
  }

  private static func link(for edge: Edge) -> (arrow: String, style: String?) {
    if edge.stance == .contradicts { return ("--x", "stroke:#D0021B,stroke-width:2px") }
    if edge.isInferred { return ("-.->", "stroke:#A0A0A0,stroke-dasharray:1 3") }
    switch edge.strength {
    case .established: return ("==>", nil)
    case .uncertain: return ("-.->", nil)
    case .refuted: return ("-.->", "stroke:#999999,stroke-dasharray:2 4")
    case nil: return ("-->", nil)
    }
  }

  /// Label text safe inside `"…"`: special characters as `#NN;`, line breaks as `<br/>`.
  package static func escaped(_ text: String) -> String {
    var result = ""
    var previousWasCarriageReturn = false
    for scalar in XMLText.sanitised(text).unicodeScalars {
      defer { previousWasCarriageReturn = scalar == "\r" }
      switch scalar {
      case "\r": result += "<br/>"
      case "\n": if !previousWasCarriageReturn { result += "<br/>" }
      case "\"", "#", "&", "<", ">", "`", "|", "{", "}", "[", "]", ";", "\\":
        result += "#\(scalar.value);"
      case "\t": result += " "
      default: result.unicodeScalars.append(scalar)
      }
    }
    return result
  }
}
