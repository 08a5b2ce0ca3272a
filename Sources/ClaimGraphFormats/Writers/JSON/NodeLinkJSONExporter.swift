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
///
/// An article text longer than ``longTextBytes`` (8 MiB of UTF-8) is written as a list of
/// texts, one per line, each at most that long, to be joined: escaped (a control
/// character takes six bytes) it still fits ``NodeLinkJSONReader``'s 64 MiB line limit, so
/// the export always reads back with the default limits.
public struct NodeLinkJSONExporter: GraphExporter {
  /// The longest article text written as one JSON text, and the longest piece of a longer
  /// one, in bytes of UTF-8.
  public let longTextBytes: Int

  /// Creates the exporter; `longTextBytes` is lowered only by tests.
  public init(longTextBytes: Int = 8 << 20) { self.longTextBytes = max(4, longTextBytes) }

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
      members.add(ModelField.id, .string(node.id.rawValue), to: &out)
      members.add(ModelField.kind, .string(node.kind.rawValue), to: &out)
      members.add(ModelField.label, .string(ExportStyle.label(of: node)), to: &out)
      members.add(ModelField.color, .string(ExportStyle.color(of: node).hex), to: &out)
      for (_, field, value) in GraphAttributes.values(
        of: node, in: selection.graph, textFolder: textFolder)
      {
        try add(field, value, to: &members, &out, &sink)
      }
      out.append("}")
      try out.flushIfFull(to: &sink)
    }
    out.append("\n],\n\"edges\":[")
    for (offset, edge) in selection.edges.enumerated() {
      out.append(offset == 0 ? "\n{" : ",\n{")
      var members = Members()
      members.add(ModelField.source, .string(edge.source.rawValue), to: &out)
      members.add(ModelField.target, .string(edge.target.rawValue), to: &out)
      let values = GraphAttributes.values(of: edge).filter { $0.slot != Self.weight }
      // The id comes right after the kind and the strength.
      let afterStrength = values.firstIndex { $0.slot > Self.strength } ?? values.count
      for (_, field, value) in values[..<afterStrength] {
        members.add(field, value, to: &out)
      }
      members.add(ModelField.id, .string(edge.id), to: &out)
      for (_, field, value) in values[afterStrength...] {
        members.add(field, value, to: &out)
      }
      out.append("}")
      try out.flushIfFull(to: &sink)
    }
    out.append("\n],\n\"graph\":{")
    var members = Members()
    for (field, value) in GraphAttributes.values(of: selection.graph) {
      try add(field, value, to: &members, &out, &sink)
    }
    out.append("},\n\"directed\":true,\"multigraph\":true}\n")
    try out.flush(to: &sink)
  }

  /// Adds a member; a text longer than ``longTextBytes`` (an article's text, on the graph or
  /// on an article node) goes as a list of pieces, one a line.
  private func add(
    _ field: ModelField, _ value: GraphAttributes.Value, to members: inout Members,
    _ out: inout OutputBuffer, _ sink: inout some ExportSink
  ) throws {
    guard case .string(let text) = value, text.utf8.count > longTextBytes else {
      members.add(field, value, to: &out)
      return
    }
    members.addName(field.attribute, to: &out)
    out.append("[")
    for (offset, piece) in Self.pieces(of: text, bytes: longTextBytes).enumerated() {
      out.append(offset == 0 ? "\n" : ",\n")
      JSONText.appendString(piece, to: &out)
      try out.flushIfFull(to: &sink)
    }
    out.append("\n]")
  }

  /// The positions of the edges' `strength` and `weight` in ``GraphAttributes/edge``: JSON
  /// has no weight, and an edge's id follows its kind and strength.
  private static let strength = GraphAttributes.edgeSlot(.strength)
  private static let weight = GraphAttributes.edgeSlot(.weight)

  /// The members of one JSON object, written one after the other.
  private struct Members {
    private var count = 0

    mutating func add(
      _ field: ModelField, _ value: GraphAttributes.Value, to output: inout OutputBuffer
    ) {
      addName(field.attribute, to: &output)
      switch value {
      case .string(let text): JSONText.appendString(text, to: &output)
      case .double: JSONText.appendString(value.text, to: &output)
      case .int, .bool: output.append(value.text)
      case .structured(let json): JSONText.append(json, to: &output)
      }
    }

    /// Writes the next member's name (and the comma before it); its value follows.
    mutating func addName(_ name: String, to output: inout OutputBuffer) {
      if count > 0 { output.append(UInt8(ascii: ",")) }
      count += 1
      JSONText.appendName(name, to: &output)
    }
  }

  /// `text` cut at Unicode scalar boundaries into pieces of at most `bytes` bytes of UTF-8.
  package static func pieces(of text: String, bytes limit: Int) -> [String] {
    let scalars = text.unicodeScalars
    var pieces: [String] = []
    var start = scalars.startIndex
    var size = 0
    var index = start
    while index < scalars.endIndex {
      let width = UTF8.width(scalars[index])
      if size + width > limit {
        pieces.append(String(scalars[start..<index]))
        (start, size) = (index, 0)
      }
      size += width
      index = scalars.index(after: index)
    }
    pieces.append(String(scalars[start...]))
    return pieces
  }
}
