import ClaimGraph

/// Writes node-link JSON, the public contract in DESIGN.md; ``NodeLinkJSONReader`` reads
/// it back losslessly.
///
/// ```json
/// {"nodes":[
/// {"id":"…","kind":"claim","label":"…","statement":"…","strength":"established",…}
/// ],
/// "edges":[
/// {"source":"…","target":"…","kind":"cites","strength":"established","id":"…",…}
/// ],
/// "graph":{"article_id":"…","article_title":"…","sections":[{"id":"…","title":"…"}]},
/// "directed":true,"multigraph":true}
/// ```
///
/// One node or edge per line, members in a fixed order, absent values and empty lists left
/// out: diffs stay small and output is deterministic. `directed` and `multigraph` let
/// NetworkX's `node_link_graph(data, edges="edges")` read it as is.
public struct NodeLinkJSONExporter: GraphExporter {
  /// Creates the exporter.
  public init() {}

  /// Writes the selection as node-link JSON.
  public func export(_ selection: GraphSelection, to sink: inout some ExportSink) throws {
    var out = ChunkedTextWriter(sink)
    try out.write("{\"nodes\":[")
    for (offset, node) in selection.nodes.enumerated() {
      var members: [(String, JSONValue)] = [
        ("id", .string(node.id.rawValue)), ("kind", .string(node.kind.rawValue)),
        ("label", .string(ExportStyle.label(of: node))),
      ]
      members += GraphAttributes.values(of: node).map { ($0.name, $0.value.json) }
      try out.write(
        (offset == 0 ? "\n" : ",\n") + JSONValue.object(members).serialized(pretty: false))
    }
    try out.write("\n],\n\"edges\":[")
    for (offset, edge) in selection.edges.enumerated() {
      var members: [(String, JSONValue)] = [
        ("source", .string(edge.source.rawValue)), ("target", .string(edge.target.rawValue)),
      ]
      members += GraphAttributes.values(of: edge).compactMap { name, value in
        name == "label" || name == "weight" ? nil : (name, value.json)
      }
      members.insert(("id", .string(edge.id)), at: edge.strength == nil ? 3 : 4)
      try out.write(
        (offset == 0 ? "\n" : ",\n") + JSONValue.object(members).serialized(pretty: false))
    }
    let graph = GraphAttributes.values(of: selection.graph).map { ($0.name, $0.value.json) }
    try out.write("\n],\n\"graph\":" + JSONValue.object(graph).serialized(pretty: false))
    try out.write(",\n\"directed\":true,\"multigraph\":true}\n")
    sink = try out.finish()
  }
}
