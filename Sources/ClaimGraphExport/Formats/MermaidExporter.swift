import ClaimGraph

/// Writes a Mermaid flowchart that GitHub renders in Markdown (a ```` ```mermaid ````
/// fence) and the Mermaid CLI accepts.
///
/// - Nodes get generated ids (`n0`, `n1`, …), so no id can be a keyword (`end`) or turn a
///   link into a circle or cross edge (`o`, `x`); labels are quoted, with `"`, `#`, `&`,
///   `<`, `>`, `` ` ``, `|`, braces and brackets written as `#NN;` entity codes and line
///   breaks as `<br/>`. Claim statements are shortened to 80 characters.
/// - Links: established thick (`==>`), uncertain dashed (`-.->`), refuted dotted grey,
///   contradicting citations red with a cross end (`--x`); relations show their verb.
/// - Colours by kind through `classDef`, the same as in the other formats.
///
/// Mermaid (and so GitHub) refuses diagrams of more than 500 links or 50 000 characters,
/// limits a diagram cannot raise; ``exceedsRenderingLimits(_:)`` tells when a selection
/// is too big, and filtering (`--kinds`, `--strength`) makes it fit.
public struct MermaidExporter: GraphExporter {
  /// The most links Mermaid renders by default (its `maxEdges`).
  public static let maxLinks = 500

  /// Creates the exporter.
  public init() {}

  /// Whether a selection has more links than Mermaid renders by default.
  public static func exceedsRenderingLimits(_ selection: GraphSelection) -> Bool {
    selection.edges.count > maxLinks
  }

  /// Writes the selection as a Mermaid flowchart.
  public func export(_ selection: GraphSelection, to sink: inout some ExportSink) throws {
    var out = ChunkedTextWriter(sink)
    try out.write("flowchart LR\n")
    if let article = selection.graph.article {
      try out.write("  %% \(Self.escaped(article.title))\n")
    }
    var ids: [NodeID: String] = [:]
    for (offset, node) in selection.nodes.enumerated() {
      let id = "n\(offset)"
      ids[node.id] = id
      var label = ExportStyle.label(of: node)
      if case .claim = node, label.count > 80 { label = String(label.prefix(79)) + "…" }
      try out.write("  \(id)[\"\(Self.escaped(label))\"]:::\(node.kind.rawValue)\n")
    }
    var styles: [String: [Int]] = [:]
    for (offset, edge) in selection.edges.enumerated() {
      guard let from = ids[edge.source], let to = ids[edge.target] else { continue }
      let (arrow, style) = Self.link(for: edge)
      var label: String?
      if edge.kind == .relation { label = edge.predicate }
      if edge.stance == .contradicts { label = "contradicts" }
      let text = label.map { "|\"\(Self.escaped($0))\"|" } ?? ""
      try out.write("  \(from) \(arrow)\(text) \(to)\n")
      if let style { styles[style, default: []].append(offset) }
    }
    for kind in NodeKind.allCases {
      let fill = ExportStyle.fill(of: kind).hex
      let stroke = ExportStyle.color(of: kind).hex
      try out.write("  classDef \(kind.rawValue) fill:\(fill),stroke:\(stroke),color:#000000\n")
    }
    for style in styles.keys.sorted() {
      let indices = styles[style, default: []].map(String.init).joined(separator: ",")
      try out.write("  linkStyle \(indices) \(style)\n")
    }
    sink = try out.finish()
  }

  private static func link(for edge: Edge) -> (arrow: String, style: String?) {
    if edge.stance == .contradicts { return ("--x", "stroke:#D0021B,stroke-width:2px") }
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
