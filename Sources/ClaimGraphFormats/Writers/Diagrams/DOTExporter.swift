import ClaimGraph

/// Writes a Graphviz DOT digraph that `dot -Tsvg` renders without a warning.
///
/// - Nodes: shape by kind (claims rounded boxes, sources notes, regions ellipses, receptors
///   hexagons, conditions octagons, molecules houses, interventions parallelograms, methods
///   cylinders, structures trapezia); claims coloured by strength, other nodes by kind.
///   A claim shows its short label, wrapped, and its full statement as the `tooltip`
///   (shown on hover in SVG).
/// - Edges: established solid and thicker, uncertain dashed, refuted dotted; contradicting
///   citations red with a flat (`tee`) arrowhead and a label; inferred citations labelled
///   and with a hollow arrowhead; relations labelled with their verb; an `evidence` edge
///   whose method the claim's own sentence describes labelled `stated in text`.
/// - A legend cluster explains every node colour and shape and every edge colour and line
///   style the picture uses; `DOTExporter(showsLegend: false)` leaves it out.
/// - Every id and value is double-quoted, with `\` and `"` escaped, line breaks written as
///   `\n`, and characters XML 1.0 forbids replaced by U+FFFD, so no label can break the
///   syntax or switch on an escape sequence; other Unicode (β, →, emoji) is written as is.
public struct DOTExporter: GraphExporter {
  /// Whether the picture has a legend.
  public let showsLegend: Bool
  /// The caption; nil uses the article's title.
  public let title: String?

  /// Creates the exporter; `showsLegend: false` leaves the legend out, and `title`
  /// replaces the article's title as the caption.
  public init(showsLegend: Bool = true, title: String? = nil) {
    self.showsLegend = showsLegend
    self.title = title
  }

  /// Writes the selection as DOT.
  public func export(_ selection: GraphSelection, to sink: inout some ExportSink) throws {
    var out = OutputBuffer()
    let name = selection.graph.article?.id ?? "graph"
    out.append("digraph \(Self.quoted(name)) {\n")
    var graphAttributes = [
      ("rankdir", "LR"), ("fontname", "Helvetica"), ("fontsize", "12"), ("nodesep", "0.25"),
      ("ranksep", "1.2"), ("newrank", "true"),
    ]
    if let caption = title ?? selection.graph.article?.title {
      graphAttributes += [("label", caption), ("labelloc", "t")]
    }
    out.append("  graph \(Self.attributes(graphAttributes));\n")
    out.append(
      "  node \(Self.attributes([("fontname", "Helvetica"), ("fontsize", "10"), ("penwidth", "1.2")]));\n"
    )
    out.append(
      "  edge \(Self.attributes([("fontname", "Helvetica"), ("fontsize", "8"), ("arrowsize", "0.6")]));\n"
    )
    try selection.forEachNode { node in
      out.append("  ")
      Self.appendQuoted(node.id.rawValue, to: &out)
      out.append(" ")
      Self.appendAttributes(Self.style(of: node), to: &out)
      out.append(";\n")
      try out.flushIfFull(to: &sink)
    }
    for edge in selection.edges {
      out.append("  ")
      Self.appendQuoted(edge.source.rawValue, to: &out)
      out.append(" -> ")
      Self.appendQuoted(edge.target.rawValue, to: &out)
      out.append(" ")
      Self.appendAttributes(Self.style(of: edge), to: &out)
      out.append(";\n")
      try out.flushIfFull(to: &sink)
    }
    if showsLegend { writeLegend(selection, to: &out) }
    out.append("}\n")
    try out.flush(to: &sink)
  }

  // MARK: - Styles

  static func style(of node: Node) -> [(String, String)] {
    let kind = node.kind
    var style = "filled"
    if kind == .claim { style = "rounded,filled" }
    if case .source(let source) = node, !source.isListed { style = "filled,dashed" }
    var result = [
      ("label", wrapped(ExportStyle.label(of: node), width: kind == .claim ? 30 : 24)),
      ("shape", ExportStyle.dotShape(of: kind)),
      ("style", style), ("fillcolor", ExportStyle.fill(of: node).hex),
      ("color", ExportStyle.color(of: node).hex),
    ]
    if case .claim(let claim) = node {
      result.append(("tooltip", "[\(claim.strength.rawValue)] \(claim.statement)"))
    }
    return result
  }

  static func style(of edge: Edge) -> [(String, String)] {
    var result: [(String, String)] = [("color", ExportStyle.color(of: edge).hex)]
    switch edge.strength {
    case .established: result.append(("penwidth", "1.6"))
    case .uncertain: result.append(("style", "dashed"))
    case .refuted: result.append(("style", "dotted"))
    case nil: result.append(("penwidth", "0.8"))
    }
    switch (edge.kind, edge.stance) {
    case (.cites, .contradicts):
      result += [("arrowhead", "tee"), ("label", "contradicts"), ("fontcolor", "#D0021B")]
    case (.cites, .mentions): result.append(("arrowhead", "odot"))
    case (.relation, _): result.append(("label", edge.predicate ?? "relation"))
    default: break
    }
    if edge.isInferred { result += [("arrowhead", "onormal"), ("label", "inferred")] }
    if edge.isStated { result.append(("label", ExportStyle.statedLabel)) }
    return result
  }

  // MARK: - Legend

  /// One line of the legend: its text and the edge attributes that draw it.
  private typealias LegendLine = (text: String, style: [(String, String)])

  /// Writes a legend cluster for what the selection shows: a swatch per node kind (claims
  /// one per strength), then one line per edge colour and per line style in use.
  private func writeLegend(_ selection: GraphSelection, to out: inout OutputBuffer) {
    var prefix = "_legend_"
    let ids = selection.nodeIDs
    while ids.contains(where: { $0.rawValue.hasPrefix(prefix) }) { prefix += "_" }
    out.append("  subgraph \"cluster_legend\" {\n")
    out.append(
      "    graph \(Self.attributes([("label", "Legend"), ("style", "rounded,dashed"), ("color", "#999999")]));\n"
    )
    var swatches: [(id: String, style: [(String, String)])] = []
    for swatch in Self.legendSwatches(selection) {
      let kind = swatch.kind
      var style = [
        ("label", swatch.text), ("shape", ExportStyle.dotShape(of: kind)),
        ("style", kind == .claim ? "rounded,filled" : swatch.dashed ? "filled,dashed" : "filled"),
        ("fillcolor", ExportStyle.tint(of: swatch.color).hex), ("color", swatch.color.hex),
      ]
      if kind == .claim { style[0].1 = "claim: " + swatch.text }
      swatches.append((prefix + swatch.id, style))
    }
    for swatch in swatches {
      out.append("    \(Self.quoted(swatch.id)) \(Self.attributes(swatch.style));\n")
    }
    // Invisible links lay the swatches out in one row instead of a tall column.
    if swatches.count > 1 {
      let row = swatches.map { Self.quoted($0.id) }.joined(separator: " -> ")
      out.append("    \(row) [style=\"invis\"];\n")
    }
    for (offset, line) in Self.legendLines(selection).enumerated() {
      let from = Self.quoted("\(prefix)from\(offset)")
      let to = Self.quoted("\(prefix)to\(offset)")
      let point = Self.attributes([("shape", "point"), ("width", "0.05"), ("label", "")])
      out.append("    \(from) \(point);\n    \(to) \(point);\n")
      out.append("    \(from) -> \(to) \(Self.attributes(line.style + [("label", line.text)]));\n")
    }
    out.append("  }\n")
  }

  /// The node swatches of the legend: each strength of the claims shown, then each other
  /// kind shown (unlisted sources apart).
  static func legendSwatches(_ selection: GraphSelection) -> [LegendSwatch] {
    var strengths = Set<EvidenceStrength>()
    var kinds = Set<NodeKind>()
    var hasUnlisted = false
    selection.forEachNode { node in
      kinds.insert(node.kind)
      if case .claim(let claim) = node { strengths.insert(claim.strength) }
      if case .source(let source) = node, !source.isListed { hasUnlisted = true }
    }
    var result: [LegendSwatch] = EvidenceStrength.allCases.filter(strengths.contains).map {
      LegendSwatch(
        id: "claim-\($0.rawValue)", kind: .claim, text: $0.rawValue,
        color: ExportStyle.color(of: $0), dashed: false)
    }
    for kind in NodeKind.allCases where kind != .claim && kinds.contains(kind) {
      let color = ExportStyle.color(of: kind)
      result.append(LegendSwatch(id: kind.rawValue, kind: kind, text: kind.rawValue, color: color))
      if kind == .source && hasUnlisted {
        result.append(
          LegendSwatch(
            id: "source-unlisted", kind: kind, text: "unlisted source", color: color, dashed: true)
        )
      }
    }
    return result
  }

  /// The edge lines of the legend: one per edge colour in use (citations by stance,
  /// inferred citations), then one per line style (strength) in use.
  private static func legendLines(_ selection: GraphSelection) -> [LegendLine] {
    var kinds = Set<String>()
    var strengths = Set<EvidenceStrength>()
    var hasUnstrengthened = false
    var hasInferred = false
    for edge in selection.edges {
      kinds.insert(
        edge.kind == .cites ? "cites-\(edge.stance?.rawValue ?? "supports")" : edge.kind.rawValue)
      if let strength = edge.strength {
        strengths.insert(strength)
      } else {
        hasUnstrengthened = true
      }
      if edge.isInferred { hasInferred = true }
    }
    let colours: [(key: String, text: String, edge: Edge)] = [
      ("cites-supports", "cites (supports)", sample(.cites, stance: .supports)),
      ("cites-contradicts", "contradicts", sample(.cites, stance: .contradicts)),
      ("cites-mentions", "mentions", sample(.cites, stance: .mentions)),
      ("about", "about", sample(.about)),
      ("relation", "relation (its verb)", sample(.relation)),
      ("evidence", "rests on method", sample(.evidence)),
      ("uses-method", "source uses method", sample(.usesMethod)),
      ("same-as", "restates (same as)", sample(.sameAs)),
      ("in-article", "in article", sample(.inArticle)),
    ]
    var lines: [LegendLine] = colours.filter { kinds.contains($0.key) }.map { colour in
      (colour.text, style(of: colour.edge).filter { $0.0 != "label" && $0.0 != "fontcolor" })
    }
    if hasInferred {
      let inferred = sample(.cites, stance: .supports, inferred: true)
      lines.append(("inferred: not evidence", style(of: inferred).filter { $0.0 != "label" }))
    }
    for strength in EvidenceStrength.allCases where strengths.contains(strength) {
      let edge = sample(.about, strength: strength)
      lines.append((strength.rawValue, [("color", "#000000")] + style(of: edge).dropFirst()))
    }
    if hasUnstrengthened {
      let edge = sample(.usesMethod, strength: nil)
      lines.append(("no strength", [("color", "#000000")] + style(of: edge).dropFirst()))
    }
    return lines
  }

  private static func sample(
    _ kind: EdgeKind, stance: Stance? = nil, strength: EvidenceStrength? = .established,
    inferred: Bool = false
  ) -> Edge {
    Edge(
      id: "", kind: kind, source: "a", target: "b", strength: strength, stance: stance,
      isInferred: inferred)
  }

  // MARK: - Quoting

  /// A DOT double-quoted string: `\` and `"` escaped, line breaks as `\n`.
  static func quoted(_ text: String) -> String {
    var buffer = OutputBuffer(capacity: text.utf8.count + 2)
    appendQuoted(text, to: &buffer)
    return buffer.text
  }

  /// Appends ``quoted(_:)``: a CR LF pair is one line break, and characters XML 1.0
  /// forbids become U+FFFD.
  static func appendQuoted(_ text: String, to output: inout OutputBuffer) {
    output.append(UInt8(ascii: "\""))
    ByteEscaping.withUTF8(text) { text in
      XMLText.appendSanitised(
        text, to: &output,
        isSpecial: { $0 == UInt8(ascii: "\\") || $0 == UInt8(ascii: "\"") }
      ) { text, index, output in
        switch text[index] {
        case UInt8(ascii: "\\"): output.append("\\\\")
        case UInt8(ascii: "\""): output.append("\\\"")
        case UInt8(ascii: "\r"): output.append("\\n")
        case UInt8(ascii: "\n"):
          if index == 0 || text[index - 1] != UInt8(ascii: "\r") {
            output.append("\\n")
          }
        case let byte: output.append(byte)
        }
      }
    }
    output.append(UInt8(ascii: "\""))
  }

  static func attributes(_ pairs: [(String, String)]) -> String {
    var buffer = OutputBuffer(capacity: 256)
    appendAttributes(pairs, to: &buffer)
    return buffer.text
  }

  /// Appends `[name="value", …]`.
  static func appendAttributes(_ pairs: [(String, String)], to output: inout OutputBuffer) {
    output.append(UInt8(ascii: "["))
    for (offset, (name, value)) in pairs.enumerated() {
      if offset > 0 { output.append(", " as StaticString) }
      output.append(name)
      output.append(UInt8(ascii: "="))
      appendQuoted(value, to: &output)
    }
    output.append(UInt8(ascii: "]"))
  }

  /// Breaks a text into lines of at most about `width` characters, at spaces.
  package static func wrapped(_ text: String, width: Int) -> String {
    // In ASCII text without carriage returns every byte is a character, so the text can
    // be split and measured as bytes, which is much faster than as characters.
    let isPlainASCII = text.utf8.allSatisfy { $0 < 0x80 && $0 != UInt8(ascii: "\r") }
    func pieces(_ text: Substring, _ separator: Character, omittingEmpty: Bool) -> [Substring] {
      guard isPlainASCII else {
        return text.split(separator: separator, omittingEmptySubsequences: omittingEmpty)
      }
      let byte = separator.asciiValue ?? 0
      return text.utf8.split(separator: byte, omittingEmptySubsequences: omittingEmpty).map {
        Substring($0)
      }
    }
    var lines: [String] = []
    for paragraph in pieces(Substring(text), "\n", omittingEmpty: false) {
      var line = ""
      // The line's length in characters, kept as words are added: a space and a word
      // starting with an ASCII character never merge into one character, so only other
      // words need the line counted again.
      var length = 0
      for word in pieces(paragraph, " ", omittingEmpty: true) {
        let wordLength = isPlainASCII ? word.utf8.count : word.count
        if !line.isEmpty && length + 1 + wordLength > width {
          lines.append(line)
          line = ""
        }
        if line.isEmpty {
          line = String(word)
          length = wordLength
        } else {
          line += " " + word
          let startsWithASCII = word.utf8.first.map { $0 < 0x80 } ?? true
          length = startsWithASCII ? length + 1 + wordLength : line.count
        }
      }
      lines.append(line)
    }
    return lines.joined(separator: "\n")
  }
}

/// A node swatch of a DOT legend: what it stands for and how it is drawn.
struct LegendSwatch {
  /// A short id, unique within the legend.
  let id: String
  /// The kind whose shape it takes.
  let kind: NodeKind
  /// What it says.
  let text: String
  /// Its colour.
  let color: RGBColor
  /// Whether its border is dashed (an unlisted source).
  var dashed = false
}
