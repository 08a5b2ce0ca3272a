import ClaimGraph

/// Writes node-link JSON, the public contract in DESIGN.md; ``NodeLinkJSONReader`` reads
/// it back losslessly.
///
/// ```json
/// {"nodes":[
/// {"id":"…","kind":"claim","label":"…","color":"#009E73","name":"…","statement":"…",…,"article":"…"},
/// {"id":"article:…","kind":"article","label":"…","title":"…","sections":[{"id":"…","title":"…"}],"text_file":"…","text":"…"}
/// ],
/// "edges":[
/// {"source":"…","target":"…","kind":"cites","strength":"established","id":"…",…},
/// {"source":"…","target":"article:…","kind":"in-article","strength":"established","id":"…",…}
/// ],
/// "graph":{"article_id":"…","article_title":"…"},
/// "directed":true,"multigraph":true}
/// ```
///
/// Each article is a node (kind `article`, id `article:` and its id) with its title,
/// sections and text; each claim names its `article` (and the claims it restates,
/// `same_as`) and has an `in-article` edge to it. The `graph` object names the article of
/// a library of one.
///
/// One node or edge per line, members in a fixed order, absent values and empty lists left
/// out: diffs stay small and output is deterministic. `color` is the node's colour in every
/// format (a claim's by strength); `name` repeats the id, so igraph's
/// `Graph.DictList(data["nodes"], data["edges"])` matches edges to nodes as it is. `directed` and `multigraph` let
/// NetworkX's `node_link_graph(data, edges="edges")` read it as is.
public struct NodeLinkJSONExporter: GraphExporter {
  /// Creates the exporter.
  public init() {}

  /// Writes the selection as node-link JSON.
  public func export(_ selection: GraphSelection, to sink: inout some ExportSink) throws {
    var out = OutputBuffer()
    let textFolder = GraphAttributes.textFolder(of: selection.graph)
    out.append("{\"nodes\":[")
    var isFirst = true
    try selection.forEachNode { node in
      out.append(isFirst ? "\n{" : ",\n{")
      isFirst = false
      var members = Members()
      members.add("id", .string(node.id.rawValue), to: &out)
      members.add("kind", .string(node.kind.rawValue), to: &out)
      members.add("label", .string(ExportStyle.label(of: node)), to: &out)
      members.add("color", .string(ExportStyle.color(of: node).hex), to: &out)
      for (field, value) in GraphAttributes.values(
        of: node, in: selection.graph, textFolder: textFolder)
      {
        members.add(field.name, value, to: &out)
      }
      out.append("}")
      try out.flushIfFull(to: &sink)
    }
    out.append("\n],\n\"edges\":[")
    for (offset, edge) in selection.edges.enumerated() {
      out.append(offset == 0 ? "\n{" : ",\n{")
      var members = Members()
      members.add("source", .string(edge.source.rawValue), to: &out)
      members.add("target", .string(edge.target.rawValue), to: &out)
      let values = GraphAttributes.values(of: edge).filter { $0.field != .weight }
      // The id comes right after the kind and the strength.
      let afterStrength =
        values.firstIndex { $0.field != .kind && $0.field != .strength } ?? values.count
      for (field, value) in values[..<afterStrength] {
        members.add(field.name, value, to: &out)
      }
      members.add("id", .string(edge.id), to: &out)
      for (field, value) in values[afterStrength...] {
        members.add(field.name, value, to: &out)
      }
      out.append("}")
      try out.flushIfFull(to: &sink)
    }
    out.append("\n],\n\"graph\":{")
    var members = Members()
    for (name, value) in GraphAttributes.values(of: selection.graph) {
      members.add(name, value, to: &out)
    }
    out.append("},\n\"directed\":true,\"multigraph\":true}\n")
    try out.flush(to: &sink)
  }

  /// The members of one JSON object, written one after the other.
  private struct Members {
    private var count = 0

    mutating func add(_ name: String, _ value: GraphAttributes.Value, to output: inout OutputBuffer)
    {
      if count > 0 { output.append(UInt8(ascii: ",")) }
      count += 1
      JSONText.appendName(name, to: &output)
      switch value {
      case .string(let text): JSONText.appendString(text, to: &output)
      case .double: JSONText.appendString(value.text, to: &output)
      case .int, .bool: output.append(value.text)
      case .structured(let json): JSONText.append(json, to: &output)
      }
    }
  }
}
