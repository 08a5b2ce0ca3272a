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
  /// The picture's title; nil uses the article's title (and no article, no title).
  public var title: String?

  /// Creates the exporter; `title` names the picture instead of the article's title.
  public init(title: String? = nil) { self.title = title }

  /// Writes the selection as DOT.
  public func export(_ selection: GraphSelection, to sink: inout some ExportSink) throws {
    var out = OutputBuffer()
    let name = selection.graph.article?.id ?? "graph"
    out.append("digraph \(Self.quoted(name)) {\n")
    var graphAttributes = [
      ("rankdir", "LR"), ("fontname", "Helvetica"), ("fontsize", "12"), ("nodesep", "0.25"),
      ("ranksep", "1.2"), ("newrank", "true"),
    ]
    if let title = title ?? selection.graph.article?.title {
      graphAttributes += [("label", title), ("labelloc", "t")]
    }
    out.append("  graph \(Self.attributes(graphAttributes));\n")
    out.append(
      "  node \(Self.attributes([("fontname", "Helvetica"), ("fontsize", "10"), ("penwidth", "1.2")]));\n"
    )
    out.append(
      "  edge \(Self.attributes([("fontname", "Helvetica"), ("fontsize", "8"), ("arrowsize", "0.6")]));\n"
    )
    for node in selection.nodes {
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
    writeLegend(kinds: Set(selection.nodes.map(\.kind)), avoiding: selection, to: &out)
    out.append("}\n")
    try out.flush(to: &sink)
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
    to out: inout OutputBuffer
  ) {
    var prefix = "_legend_"
    while selection.nodes.contains(where: { $0.id.rawValue.hasPrefix(prefix) }) { prefix += "_" }
    out.append("  subgraph \"cluster_legend\" {\n")
    out.append(
      "    graph \(Self.attributes([("label", "Legend"), ("style", "rounded,dashed"), ("color", "#999999")]));\n"
    )
    for kind in NodeKind.allCases where kinds.contains(kind) {
      var style = [
        ("label", kind.rawValue), ("shape", ExportStyle.dotShape(of: kind)),
        ("style", kind == .claim ? "rounded,filled" : "filled"),
        ("fillcolor", ExportStyle.fill(of: kind).hex), ("color", ExportStyle.color(of: kind).hex),
      ]
      if kind == .source { style[0].1 = "source (dashed: unlisted)" }
      out.append("    \(Self.quoted(prefix + kind.rawValue)) \(Self.attributes(style));\n")
    }
    // Invisible links lay the kinds out in one row instead of a tall column.
    let shown = NodeKind.allCases.filter(kinds.contains).map { Self.quoted(prefix + $0.rawValue) }
    if shown.count > 1 {
      out.append("    \(shown.joined(separator: " -> ")) [style=\"invis\"];\n")
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
      out.append("    \(from) \(point);\n    \(to) \(point);\n")
      out.append("    \(from) -> \(to) \(Self.attributes(line.1 + [("label", line.0)]));\n")
    }
    out.append("  }\n")
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
