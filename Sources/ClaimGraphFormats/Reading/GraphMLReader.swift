internal import CLibXML2
import ClaimGraph
import Foundation

/// Reads a graph from GraphML with libxml2's streaming `xmlTextReader`.
///
/// The reader never reaches the network or the file system beyond the file itself: no
/// network access, no DTD loading, no entity substitution, and an external-entity loader
/// that refuses everything. Locations are the XML line of each node and `<data>` element.
///
/// ClaimGraph's own GraphML (``GraphMLExporter``) reads back into an equal graph. GraphML
/// from other tools loads with warnings, as ``GraphRecordDecoder`` describes: `<key>`s
/// are matched by `attr.name` (falling back to the key id), `<default>` values apply to
/// elements without the data, nested graphs, hyperedges and ports are ignored.
public struct GraphMLReader: InterchangeReader {
  /// The largest file read, in bytes.
  public var maxFileBytes: Int

  /// Creates a reader.
  public init(maxFileBytes: Int = 1 << 30) { self.maxFileBytes = maxFileBytes }

  /// Reads GraphML from bytes; `file` names it in diagnostics.
  public func load(bytes: [UInt8], file: String) -> LoadedGraph {
    LibXML.initialise()
    var parse = GraphMLParse(bytes: bytes, file: file)
    parse.run()
    var decoder = GraphRecordDecoder(file: file, diagnostics: parse.diagnostics)
    if parse.diagnostics.contains(where: { $0.severity == .error }) {
      return decoder.decode(nodes: [], graph: [:], edges: [])
    }
    return decoder.decode(nodes: parse.nodes, graph: parse.graphFields, edges: parse.resolvedEdges)
  }
}

/// One pass of `xmlTextReader` over a GraphML document.
private struct GraphMLParse {
  struct Key {
    let name: String
    let type: String
    let domain: String
    var defaultValue: String?
  }

  enum Context {
    case none
    case graph
    case node(Int)
    case edge(Int)
    case key(String)
  }

  let bytes: [UInt8]
  let file: String
  let lines: LineIndex
  var diagnostics: [Diagnostic] = []
  var keys: [String: Key] = [:]
  var nodes: [NodeRecord] = []
  var nodeXMLIDs: [String] = []
  var edges: [(source: String, target: String, location: SourceLocation)] = []
  var graphFields: [String: NodeRecord.Field] = [:]
  var resolvedEdges: [EdgeRecord] = []
  private var context = Context.none
  private var graphDepth = 0
  private var reportedOnce = Set<String>()
  /// The node keys with a `<default>`, fixed once the first node is read (keys must
  /// precede the graph).
  private var nodeDefaults: [Key]?

  init(bytes: [UInt8], file: String) {
    self.bytes = bytes
    self.file = file
    self.lines = LineIndex(bytes)
  }

  mutating func run() {
    if let doctype = entityDeclaringDoctype() {
      // Entities are never substituted, but a document that declares them is either
      // hostile (XXE, "billion laughs") or relies on something we will not do; and
      // libxml2 would still parse (and count) their expansions. Refuse it unread.
      diagnostics.append(
        InputRule.unsupportedConstruct.diagnostic(
          "the DOCTYPE declares entities; GraphML needs none, and they are not expanded "
            + "(they can read local files or expand a small file into a huge one)",
          at: doctype))
      return
    }
    let sink = XMLDiagnosticSink()
    let reader: xmlTextReaderPtr? = bytes.withUnsafeBufferPointer { buffer in
      buffer.withMemoryRebound(to: CChar.self) { chars in
        xmlReaderForMemory(
          chars.baseAddress, Int32(chars.count), file, "UTF-8", LibXML.safeParseOptions)
      }
    }
    guard let reader else {
      diagnostics.append(
        InputRule.syntax.diagnostic("libxml2 could not open the document", at: location(line: 1)))
      return
    }
    defer { xmlFreeTextReader(reader) }
    xmlTextReaderSetStructuredErrorHandler(reader, XMLDiagnosticSink.callback, sink.userData)
    var sawRoot = false
    var status: Int32 = 1
    // The reader reads `bytes` lazily; keep them (and the sink) alive while it runs.
    withExtendedLifetime((sink, bytes)) {
      while true {
        status = xmlTextReaderRead(reader)
        guard status == 1 else { break }
        let type = xmlTextReaderNodeType(reader)
        if type == Int32(XML_READER_TYPE_ELEMENT.rawValue) {
          let name = String(cString: xmlTextReaderConstLocalName(reader))
          if !sawRoot {
            sawRoot = true
            if name != "graphml" {
              diagnostics.append(
                InputRule.syntax.diagnostic(
                  "not a GraphML document: the root element is <\(name)>, not <graphml>",
                  at: elementLocation(reader, name)))
              return
            }
          }
          startElement(name, reader)
        } else if type == Int32(XML_READER_TYPE_END_ELEMENT.rawValue) {
          endElement(String(cString: xmlTextReaderConstLocalName(reader)))
        }
      }
    }
    for problem in sink.problems where !problem.message.isEmpty {
      diagnostics.append(
        InputRule.syntax.diagnostic(
          "invalid XML: \(problem.message)",
          at: SourceLocation(file: file, line: max(problem.line, 1), column: max(problem.column, 1))
        ))
    }
    // A failure with no located problem is one libxml2 only reports to its "generic"
    // handler: bytes that the declared encoding cannot decode.
    if (!sawRoot || status < 0) && sink.problems.isEmpty {
      let isBlank = bytes.allSatisfy { [0x20, 0x09, 0x0A, 0x0D].contains($0) }
      diagnostics.append(
        InputRule.syntax.diagnostic(
          isBlank
            ? "the document is empty"
            : "the document cannot be decoded in the encoding it declares; save it as UTF-8",
          at: location(line: 1)))
    }
    resolveEdges()
  }

  // MARK: - Elements

  private mutating func startElement(_ name: String, _ reader: xmlTextReaderPtr) {
    let isEmpty = xmlTextReaderIsEmptyElement(reader) == 1
    switch name {
    case "key":
      let id = attribute(reader, "id") ?? ""
      let attrName = attribute(reader, "attr.name") ?? id
      let domain = attribute(reader, "for") ?? "all"
      keys[id] = Key(
        name: attrName, type: attribute(reader, "attr.type") ?? "string", domain: domain)
      reportUnknownKey(
        id: id, name: attrName, domain: domain, at: elementLocation(reader, name, ("id", id)))
      if !isEmpty { context = .key(id) }
    case "default":
      if case .key(let id) = context {
        let value = readString(reader)
        keys[id]?.defaultValue = value
      }
    case "graph":
      graphDepth += 1
      if graphDepth > 1 {
        once(
          "nested", "nested graphs are not supported; their content is read as top-level", reader,
          name)
      } else {
        context = .graph
      }
      if isEmpty { graphDepth -= 1 }
    case "node":
      let xmlID = attribute(reader, "id") ?? ""
      let here = elementLocation(reader, name, ("id", xmlID))
      if xmlID.isEmpty {
        diagnostics.append(InputRule.missingField.diagnostic("a <node> has no id", at: here))
      }
      nodes.append(NodeRecord(id: NodeID(xmlID), location: here))
      nodeXMLIDs.append(xmlID)
      context = .node(nodes.count - 1)
      if isEmpty { finishNode() }
    case "edge":
      let here = elementLocation(reader, name)
      edges.append((attribute(reader, "source") ?? "", attribute(reader, "target") ?? "", here))
      context = .edge(edges.count - 1)
      if isEmpty { context = .graph }
    case "data":
      data(reader)
    case "hyperedge", "port":
      once(name, "<\(name)> elements are not supported and are ignored", reader, name)
    default:
      break
    }
  }

  private mutating func endElement(_ name: String) {
    switch name {
    case "key": context = .none
    case "node": finishNode()
    case "edge": context = .graph
    case "graph":
      graphDepth -= 1
      if graphDepth == 0 { context = .none }
    default: break
    }
  }

  private mutating func data(_ reader: xmlTextReaderPtr) {
    guard let keyID = attribute(reader, "key") else { return }
    guard let key = keys[keyID] else {
      once(
        "data:\(keyID)", "<data> refers to the undeclared key '\(keyID)'; its values are ignored",
        reader, "data", ("key", keyID))
      return
    }
    let field = NodeRecord.Field(
      value: Self.typed(readString(reader), key.type),
      location: elementLocation(reader, "data", ("key", keyID)))
    switch context {
    case .node(let index): nodes[index].fields[key.name] = field
    case .graph: graphFields[key.name] = field
    default: break
    }
  }

  private mutating func finishNode() {
    guard case .node(let index) = context else { return }
    if nodeDefaults == nil {
      nodeDefaults = keys.values.filter { key in
        (key.domain == "node" || key.domain == "all") && key.defaultValue != nil
      }.sorted { $0.name < $1.name }
    }
    for key in nodeDefaults ?? [] where nodes[index].fields[key.name] == nil {
      nodes[index].fields[key.name] = .init(
        value: Self.typed(key.defaultValue ?? "", key.type), location: nodes[index].location)
    }
    if let realID = nodes[index].fields["node_id"]?.value.text { nodes[index].id = NodeID(realID) }
    context = .graph
  }

  private mutating func resolveEdges() {
    guard nodes.contains(where: { $0.fields["node_id"] != nil }) else {
      // Every node's id is its XML id, so no edge end needs looking up.
      resolvedEdges = edges.map { edge in
        EdgeRecord(
          source: NodeID(edge.source), target: NodeID(edge.target), location: edge.location)
      }
      return
    }
    var byXMLID: [String: NodeID] = [:]
    for (xmlID, record) in zip(nodeXMLIDs, nodes) where byXMLID[xmlID] == nil {
      byXMLID[xmlID] = record.id
    }
    resolvedEdges = edges.map { edge in
      EdgeRecord(
        source: byXMLID[edge.source] ?? NodeID(edge.source),
        target: byXMLID[edge.target] ?? NodeID(edge.target), location: edge.location)
    }
  }

  // MARK: - Diagnostics

  private mutating func reportUnknownKey(
    id: String, name: String, domain: String, at here: SourceLocation
  ) {
    let known: Bool
    switch domain {
    case "node", "all": known = GraphRecordDecoder.knownNodeNames.contains(name)
    case "graph": known = GraphRecordDecoder.knownGraphNames.contains(name)
    default: known = true  // edge attributes are derived, never read
    }
    guard !known else { return }
    diagnostics.append(
      Diagnostic(
        rule: InputRule.unknownKey.id, severity: .note,
        message:
          "the key '\(id)' ('\(name)', for \(domain)) is not a ClaimGraph attribute; its values are not read",
        location: here))
  }

  private mutating func once(
    _ tag: String, _ message: String, _ reader: xmlTextReaderPtr, _ name: String,
    _ attribute: (String, String)? = nil
  ) {
    guard reportedOnce.insert(tag).inserted else { return }
    diagnostics.append(
      Diagnostic(
        rule: InputRule.unknownKey.id, severity: .warning, message: message,
        location: elementLocation(reader, name, attribute)))
  }

  // MARK: - libxml2 helpers

  private func attribute(_ reader: xmlTextReaderPtr, _ name: String) -> String? {
    guard let value = xmlTextReaderGetAttribute(reader, name) else { return nil }
    defer { cg_xmlFree(value) }
    return String(cString: value)
  }

  private func readString(_ reader: xmlTextReaderPtr) -> String {
    guard let value = xmlTextReaderReadString(reader) else { return "" }
    defer { cg_xmlFree(value) }
    return String(cString: value)
  }

  /// Where `<!DOCTYPE` is written, when it is followed by an `<!ENTITY` declaration.
  private func entityDeclaringDoctype() -> SourceLocation? {
    guard let doctype = firstOffset(of: "<!DOCTYPE"),
      firstOffset(of: "<!ENTITY", from: doctype) != nil
    else { return nil }
    let (line, column) = lines.location(ofOffset: doctype)
    return SourceLocation(file: file, line: line, column: column)
  }

  private func firstOffset(of needle: String, from start: Int = 0) -> Int? {
    let needle = Array(needle.utf8)
    return bytes[start...].indices.first { bytes[$0...].starts(with: needle) }
  }

  private func location(line: Int) -> SourceLocation {
    SourceLocation(file: file, line: line, column: 1)
  }

  /// The element's line, and its column: where `<name attribute="value"` (either quote)
  /// or failing that `<name` first occurs on that line.
  private func elementLocation(
    _ reader: xmlTextReaderPtr, _ name: String, _ attribute: (String, String)? = nil
  ) -> SourceLocation {
    let line = xmlTextReaderCurrentNode(reader).map { Int(xmlGetLineNo($0)) } ?? 0
    guard line > 0 else { return location(line: Int(xmlTextReaderGetParserLineNumber(reader))) }
    if let column = lines.columnOfFirstTag(onLine: line, name, attribute) {
      return SourceLocation(file: file, line: line, column: column)
    }
    var needles = ["<" + name]
    if let (key, value) = attribute {
      needles.insert(
        contentsOf: ["<\(name) \(key)=\"\(value)\"", "<\(name) \(key)='\(value)'"], at: 0)
    }
    let column = needles.lazy.compactMap { lines.column(of: $0, onLine: line) }.first ?? 1
    return SourceLocation(file: file, line: line, column: column)
  }

  private static func typed(_ text: String, _ type: String) -> InputValue {
    guard type != "string" else { return .string(text) }
    let trimmed =
      Self.mayHaveOuterWhitespace(text)
      ? text.trimmingCharacters(in: .whitespacesAndNewlines) : text
    switch type {
    case "int", "long", "integer", "short", "byte":
      return Int(trimmed).map(InputValue.int) ?? .string(text)
    case "double", "float":
      return Double(trimmed).map(InputValue.double) ?? .string(text)
    case "boolean", "bool":
      switch trimmed.lowercased() {
      case "true", "1": return .bool(true)
      case "false", "0": return .bool(false)
      default: return .string(text)
      }
    default:
      return .string(text)
    }
  }

  /// Whether a text might start or end with whitespace; false only when both its ends are
  /// ASCII characters other than spaces and control characters, the usual case for
  /// numbers and booleans, which then skip Foundation's trimming.
  private static func mayHaveOuterWhitespace(_ text: String) -> Bool {
    guard let first = text.utf8.first, let last = text.utf8.last else { return false }
    return !(0x21..<0x7F).contains(first) || !(0x21..<0x7F).contains(last)
  }
}
