import ClaimGraph

/// Writes a Graphviz DOT digraph that `dot -Tsvg` renders without a warning.
///
/// - Nodes: shape and colour by kind (claims rounded boxes, sources notes, regions
///   ellipses, receptors hexagons, conditions octagons, molecules houses, interventions
///   parallelograms, methods cylinders); claim statements wrapped at about 36 characters.
/// - Edges: established solid and thicker, uncertain dashed, refuted dotted; contradicting
///   citations red with a flat (`tee`) arrowhead and a label; relations labelled with their
///   verb. A legend cluster explains shapes and line styles.
/// - Every id and value is double-quoted, with `\` and `"` escaped, line breaks written as
///   `\n`, and characters XML 1.0 forbids replaced by U+FFFD, so no label can break the
///   syntax or switch on an escape sequence; other Unicode (β, →, emoji) is written as is.
public struct DOTExporter: GraphExporter {
  /// Creates the exporter.
  public init() {}

  /// Writes the selection as DOT.
  public func export(_ selection: GraphSelection, to sink: inout some ExportSink) throws {
    var out = ChunkedTextWriter(sink)
    let name = selection.graph.article?.id ?? "graph"
    try out.write("digraph \(Self.quoted(name)) {\n")
    var graphAttributes = [
      ("rankdir", "LR"), ("fontname", "Helvetica"), ("fontsize", "12"), ("nodesep", "0.25"),
      ("ranksep", "1.2"), ("newrank", "true"),
    ]
    if let article = selection.graph.article {
      graphAttributes += [("label", article.title), ("labelloc", "t")]
    }
    try out.write("  graph \(Self.attributes(graphAttributes));\n")
    try out.write(
      "  node \(Self.attributes([("fontname", "Helvetica"), ("fontsize", "10"), ("penwidth", "1.2")]));\n"
    )
    try out.write(
      "  edge \(Self.attributes([("fontname", "Helvetica"), ("fontsize", "8"), ("arrowsize", "0.6")]));\n"
    )
    for node in selection.nodes {
      try out.write(
        "  \(Self.quoted(node.id.rawValue)) \(Self.attributes(Self.style(of: node)));\n")
    }
    for edge in selection.edges {
      let line = "\(Self.quoted(edge.source.rawValue)) -> \(Self.quoted(edge.target.rawValue))"
      try out.write("  \(line) \(Self.attributes(Self.style(of: edge)));\n")
    }
    try writeLegend(kinds: Set(selection.nodes.map(\.kind)), avoiding: selection, to: &out)
    try out.write("}\n")
    sink = try out.finish()
  }

  // MARK: - Styles

  static func style(of node: Node) -> [(String, String)] {
    let kind = node.kind
    var label = ExportStyle.label(of: node)
    if case .claim(let claim) = node {
      label = "[\(claim.strength.rawValue)] " + claim.statement
    }
    var style = "filled"
    if kind == .claim { style = "rounded,filled" }
    if case .source(let source) = node, !source.isListed { style = "filled,dashed" }
    return [
      ("label", wrapped(label, width: kind == .claim ? 36 : 24)),
      ("shape", ExportStyle.dotShape(of: kind)),
      ("style", style), ("fillcolor", ExportStyle.fill(of: kind).hex),
      ("color", ExportStyle.color(of: kind).hex),
    ]
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
    return result
  }

  // MARK: - Legend

  private func writeLegend(
    kinds: Set<NodeKind>, avoiding selection: GraphSelection,
    to out: inout ChunkedTextWriter<some ExportSink>
  ) throws {
    var prefix = "_legend_"
    while selection.nodes.contains(where: { $0.id.rawValue.hasPrefix(prefix) }) { prefix += "_" }
    try out.write("  subgraph \"cluster_legend\" {\n")
    try out.write(
      "    graph \(Self.attributes([("label", "Legend"), ("style", "rounded,dashed"), ("color", "#999999")]));\n"
    )
    for kind in NodeKind.allCases where kinds.contains(kind) {
      var style = [
        ("label", kind.rawValue), ("shape", ExportStyle.dotShape(of: kind)),
        ("style", kind == .claim ? "rounded,filled" : "filled"),
        ("fillcolor", ExportStyle.fill(of: kind).hex), ("color", ExportStyle.color(of: kind).hex),
      ]
      if kind == .source { style[0].1 = "source (dashed: unlisted)" }
      try out.write("    \(Self.quoted(prefix + kind.rawValue)) \(Self.attributes(style));\n")
    }
    // Invisible links lay the kinds out in one row instead of a tall column.
    let shown = NodeKind.allCases.filter(kinds.contains).map { Self.quoted(prefix + $0.rawValue) }
    if shown.count > 1 {
      try out.write("    \(shown.joined(separator: " -> ")) [style=\"invis\"];\n")
    }
    let lines: [(String, [(String, String)])] = [
      ("established", [("penwidth", "1.6")]),
      ("uncertain", [("style", "dashed")]),
      ("refuted", [("style", "dotted")]),
      ("contradicts", [("color", "#D0021B"), ("arrowhead", "tee")]),
    ]
    for (offset, line) in lines.enumerated() {
      let from = Self.quoted("\(prefix)from\(offset)")
      let to = Self.quoted("\(prefix)to\(offset)")
      let point = Self.attributes([("shape", "point"), ("width", "0.05"), ("label", "")])
      try out.write("    \(from) \(point);\n    \(to) \(point);\n")
      try out.write("    \(from) -> \(to) \(Self.attributes(line.1 + [("label", line.0)]));\n")
    }
    try out.write("  }\n")
  }

  // MARK: - Quoting

  /// A DOT double-quoted string: `\` and `"` escaped, line breaks as `\n`.
  static func quoted(_ text: String) -> String {
    var result = "\""
    var previousWasCarriageReturn = false
    for scalar in XMLText.sanitised(text).unicodeScalars {
      defer { previousWasCarriageReturn = scalar == "\r" }
      switch scalar {
      case "\\": result += "\\\\"
      case "\"": result += "\\\""
      case "\r": result += "\\n"
      case "\n": if !previousWasCarriageReturn { result += "\\n" }
      default: result.unicodeScalars.append(scalar)
      }
    }
    return result + "\""
  }

  static func attributes(_ pairs: [(String, String)]) -> String {
    "[" + pairs.map { "\($0)=\(quoted($1))" }.joined(separator: ", ") + "]"
  }

  /// Breaks a text into lines of at most about `width` characters, at spaces.
  static func wrapped(_ text: String, width: Int) -> String {
    var lines: [String] = []
    for paragraph in text.split(separator: "\n", omittingEmptySubsequences: false) {
      var line = ""
      for word in paragraph.split(separator: " ", omittingEmptySubsequences: true) {
        if !line.isEmpty && line.count + 1 + word.count > width {
          lines.append(line)
          line = ""
        }
        line += line.isEmpty ? String(word) : " " + word
      }
      lines.append(line)
    }
    return lines.joined(separator: "\n")
  }
}
