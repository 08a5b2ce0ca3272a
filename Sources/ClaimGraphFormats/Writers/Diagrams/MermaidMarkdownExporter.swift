import ClaimGraph

/// Writes a Markdown page that GitHub renders as a picture: a heading, a `mermaid` code
/// block holding ``MermaidExporter``'s flowchart, and the nodes that would float alone in
/// it listed apart, under the picture.
///
/// The picture leaves out the nodes no link of the selection touches (an entity no claim
/// relates to another), so it stays readable; the list after it names each of them, so
/// nothing is lost. `claimgraph build` writes the entity map this way as `NAME-map.md`,
/// and `claimgraph export --format mermaid --output FILE.md` writes any selection this way.
public struct MermaidMarkdownExporter: GraphExporter {
  /// The diagram inside the page.
  public let mermaid: MermaidExporter
  /// The page's heading; nil uses the article's title.
  public let title: String?

  /// Creates the exporter around a Mermaid exporter (with or without its legend), with a
  /// heading (by default the article's title).
  public init(mermaid: MermaidExporter = MermaidExporter(), title: String? = nil) {
    self.mermaid = mermaid
    self.title = title
  }

  /// Writes the page.
  public func export(_ selection: GraphSelection, to sink: inout some ExportSink) throws {
    let title = self.title ?? selection.graph.article?.title ?? "Graph"
    let shown = selection.withoutIsolatedNodes()
    let isolated = selection.isolatedNodes
    var intro = "# \(Escaping.markdownCell(title, inert: true))\n\n"
    intro += "\(Self.count(shown.nodeCount, "node")) and \(Self.count(shown.edges.count, "link"))"
    intro +=
      shown.nodes.contains { $0.kind == .claim }
      ? "; claims are coloured by strength, other nodes by kind (see the legend)."
      : "; nodes are coloured by kind (see the legend)."
    if !isolated.isEmpty {
      intro += " \(Self.count(isolated.count, "node")) linked to nothing else are listed after it."
    }
    try sink.write(intro + "\n\n```mermaid\n")
    try mermaid.export(shown, to: &sink)
    try sink.write("```\n")
    guard !isolated.isEmpty else { return }
    var list = "\n## Not linked to anything else in this picture\n\n"
    for node in isolated {
      let label = Escaping.markdownCell(ExportStyle.label(of: node), inert: true)
      let id = Escaping.markdownCell(node.id.rawValue, inert: true)
      list += "- \(label) (\(node.kind.rawValue) \(id))\n"
    }
    try sink.write(list)
  }

  private static func count(_ number: Int, _ noun: String) -> String {
    number == 1 ? "1 \(noun)" : "\(number) \(noun)s"
  }
}
