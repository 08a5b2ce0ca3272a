internal import CLibXML2
import ClaimGraph
import Foundation

/// One pass of libxml2's SAX2 push parser over a GraphML document; a class, because
/// libxml2 calls back with a pointer to it.
final class GraphMLParse {
  struct Key {
    let name: String
    /// What `attr.type` says the values are.
    let type: ValueType
    let domain: String
    var defaultValue: String?
    /// Whether an edge's value is kept (``GraphRecordDecoder/edgeNames``).
    let isEdgeStructure: Bool
    /// Whether the key is `kind`, which an edge keeps apart from its fields.
    let isKind: Bool
  }

  /// The type of a key's values, from its `attr.type`: GraphML's names and their aliases.
  enum ValueType {
    case string, integer, double, boolean

    init(_ attrType: String) {
      switch attrType {
      case "int", "long", "integer", "short", "byte": self = .integer
      case "double", "float": self = .double
      case "boolean", "bool": self = .boolean
      default: self = .string
      }
    }
  }

  enum Context {
    case none
    case graph
    case node(Int)
    case edge(Int)
    case key(Int)
  }

  /// The `<data>` or `<default>` element whose text is being gathered.
  enum Capture {
    case data(key: Int, location: SourceLocation)
    case defaultValue(key: Int)
  }

  /// How many bytes libxml2 is given at a time.
  static let chunkSize = 1 << 20

  /// The next piece of the document: bytes (valid until the next call; none at the end), or
  /// the `errno` of a failed read.
  enum Piece {
    case bytes(UnsafeBufferPointer<UInt8>)
    case failed(Int32)
  }

  let file: String
  var diagnostics: [Diagnostic] = []
  /// The declared keys, and their slots by key id.
  var keys: [Key] = []
  var keySlots: [String: Int] = [:]
  /// The slots of the keys with an id `dN`, by `N` (-1 where none).
  ///
  /// ClaimGraph writes its key ids so; a `<data>` element's key is found here without
  /// making a string of its id.
  private var numberedKeySlots: [Int] = []
  var nodes: [NodeRecord] = []
  var nodeXMLIDs: [String] = []
  var edges: [(source: String, target: String, location: SourceLocation, order: Int?)] = []
  var edgeFields: [[String: NodeRecord.Field]] = []
  /// Each edge's `kind`, kept apart so that most edges need no dictionary of fields.
  var edgeKinds: [EdgeKind?] = []
  var graphFields: [String: NodeRecord.Field] = [:]
  var resolvedEdges: [EdgeRecord] = []
  private var context = Context.none
  private var graphDepth = 0
  private var reportedOnce = Set<String>()
  /// The node keys with a `<default>`, fixed once the first node is read (keys must
  /// precede the graph).
  private var nodeDefaults: [Key]?
  private var sawRoot = false
  private var stopped = false
  private var capture: Capture?
  private var captureDepth = 0
  /// The text of the element being captured (reused, so gathering allocates nothing).
  private var text: [UInt8] = []
  private let sink = XMLDiagnosticSink()
  private var parser: xmlParserCtxtPtr?

  /// The document's bytes so far, whether any is not a blank, and its first byte.
  private var byteCount = 0
  private var sawNonBlank = false
  private var firstByte: UInt8?
  private var prolog = PrologScan()

  init(file: String) { self.file = file }

  func run(_ next: () -> Piece) {
    var handler = Self.handler()
    let this = Unmanaged.passUnretained(self).toOpaque()
    guard let parser = xmlCreatePushParserCtxt(&handler, this, nil, 0, file) else {
      diagnostics.append(
        InputRule.syntax.diagnostic("libxml2 could not open the document", at: location(line: 1)))
      return
    }
    self.parser = parser
    defer {
      self.parser = nil
      xmlFreeParserCtxt(parser)
    }
    xmlCtxtUseOptions(parser, LibXML.safeParseOptions)
    var status: Int32 = 0
    reading: while status == 0 && !stopped {
      switch next() {
      case .failed(let code):
        diagnostics.append(
          InputRule.unreadableFile.diagnostic(
            "cannot read the file: \(String(cString: strerror(code)))", at: location(line: 1)))
        return
      case .bytes(let chunk) where chunk.isEmpty:
        status = xmlParseChunk(parser, nil, 0, 1)
        break reading
      case .bytes(let chunk):
        if let doctype = take(chunk) {
          // Entities are never substituted, but a document that declares them is either
          // hostile (XXE, "billion laughs") or relies on something we will not do; and
          // libxml2 would still parse (and count) their expansions. Refuse it before
          // libxml2 reads the declaration.
          diagnostics.append(
            InputRule.unsupportedConstruct.diagnostic(
              "the DOCTYPE declares entities; GraphML needs none, and they are not expanded "
                + "(they can read local files or expand a small file into a huge one)",
              at: SourceLocation(file: file, line: doctype.line, column: doctype.column)))
          return
        }
        status = chunk.withMemoryRebound(to: CChar.self) {
          xmlParseChunk(parser, $0.baseAddress, Int32($0.count), 0)
        }
      }
    }
    if stopped { return }
    let failed = status != 0 || parser.pointee.wellFormed == 0
    // Bytes that the declared encoding cannot decode: libxml2 only reports that to its
    // "generic" handler, and then whatever the truncated text looks like ("extra content
    // at the end of the document"); the decoding is the problem to name.
    let undecodable = (parser.pointee.input?.pointee.buf?.pointee.error ?? 0) != 0
    if undecodable {
      diagnostics.append(
        InputRule.syntax.diagnostic(
          "the document cannot be decoded in the encoding it declares; save it as UTF-8",
          at: location(line: 1)))
      return
    }
    if !sawRoot, let problem = noRootProblem {
      diagnostics.append(InputRule.syntax.diagnostic(problem, at: location(line: 1)))
      return
    }
    for problem in sink.problems where !problem.message.isEmpty {
      diagnostics.append(
        InputRule.syntax.diagnostic(
          Self.explained(problem.message),
          at: SourceLocation(file: file, line: max(problem.line, 1), column: max(problem.column, 1))
        ))
    }
    // A failure with no located problem: an empty document, or one that cannot be decoded.
    if (!sawRoot || failed) && sink.problems.isEmpty {
      diagnostics.append(
        InputRule.syntax.diagnostic(
          sawNonBlank
            ? "the document cannot be decoded in the encoding it declares; save it as UTF-8"
            : "the document is empty", at: location(line: 1)))
    }
    resolveEdges()
  }

  /// Notes a chunk of the document before libxml2 reads it; returns where its DOCTYPE is when
  /// the DOCTYPE declares entities.
  private func take(_ chunk: UnsafeBufferPointer<UInt8>) -> (line: Int, column: Int)? {
    if firstByte == nil { firstByte = chunk.first }
    byteCount += chunk.count
    if !sawNonBlank {
      sawNonBlank = chunk.contains { ![0x20, 0x09, 0x0A, 0x0D].contains($0) }
    }
    return prolog.scan(chunk)
  }

  /// What is wrong, in an author's terms, with a document that has no root element: nothing
  /// at all, binary bytes, or only a declaration, comments and blanks (for which libxml2
  /// says "Extra content at the end of the document" or "Document is empty"); nil otherwise.
  private var noRootProblem: String? {
    if byteCount == 0 { return "the file is empty; a GraphML file holds a <graphml> element" }
    if firstByte == 0 {
      return "the file is binary, not text (it starts with a NUL byte); GraphML is XML text"
    }
    let messages = sink.problems.map(\.message)
    guard
      messages.first == "Extra content at the end of the document"
        || messages.first == "Document is empty"
    else { return nil }
    return "the document holds no element (only blanks, comments or an XML declaration); a "
      + "GraphML file holds a <graphml> element"
  }

  /// libxml2's message, said in an author's terms where libxml2 speaks of itself.
  private static func explained(_ message: String) -> String {
    if message.hasSuffix("Huge input lookup") {
      return "a name, attribute value or text here is longer than 10,000,000 bytes, the most "
        + "libxml2 reads as one value (ClaimGraph never writes one that long)"
    }
    return "invalid XML: \(message)"
  }

  // MARK: - SAX2 callbacks

  /// The handlers: elements, text and structured errors; nothing else (no entity or DTD
  /// handler, so nothing is declared, loaded or substituted, and no tree is built).
  private static func handler() -> xmlSAXHandler {
    var handler = xmlSAXHandler()
    handler.initialized = UInt32(XML_SAX2_MAGIC)
    handler.startElementNs = { context, name, _, _, _, _, count, _, attributes in
      guard let context, let name else { return }
      let parse = Unmanaged<GraphMLParse>.fromOpaque(context).takeUnretainedValue()
      parse.startElement(name, Attributes(base: attributes, count: Int(count)))
    }
    handler.endElementNs = { context, name, _, _ in
      guard let context, let name else { return }
      Unmanaged<GraphMLParse>.fromOpaque(context).takeUnretainedValue().endElement(name)
    }
    let characters: charactersSAXFunc = { context, text, count in
      guard let context, let text, count > 0 else { return }
      let parse = Unmanaged<GraphMLParse>.fromOpaque(context).takeUnretainedValue()
      guard parse.capture != nil else { return }
      parse.text.append(contentsOf: UnsafeBufferPointer(start: text, count: Int(count)))
    }
    handler.characters = characters
    handler.cdataBlock = characters
    handler.serror = { context, error in
      guard let context else { return }
      let parse = Unmanaged<GraphMLParse>.fromOpaque(context).takeUnretainedValue()
      XMLDiagnosticSink.callback(parse.sink.userData, error)
    }
    return handler
  }

  /// An element's attributes as libxml2 hands them over: for each, five pointers (local
  /// name, prefix, namespace, start and end of the value).
  struct Attributes {
    let base: UnsafeMutablePointer<UnsafePointer<xmlChar>?>?
    let count: Int

    /// The value of the attribute with this local name (any namespace), if present.
    func callAsFunction(_ name: StaticString) -> String? {
      bytes(name).map(GraphMLParse.attributeValue)
    }

    /// The bytes of the attribute with this local name (any namespace), as libxml2 hands
    /// them over (see ``GraphMLParse/attributeValue(_:)``), if present.
    func bytes(_ name: StaticString) -> UnsafeBufferPointer<UInt8>? {
      guard let base else { return nil }
      for index in 0..<count {
        guard let local = base[5 * index], GraphMLParse.equals(local, name),
          let start = base[5 * index + 3], let end = base[5 * index + 4]
        else { continue }
        return UnsafeBufferPointer(start: start, count: start.distance(to: end))
      }
      return nil
    }
  }

  /// Whether a NUL-terminated name is the literal.
  static func equals(_ name: UnsafePointer<xmlChar>, _ literal: StaticString) -> Bool {
    let count = literal.utf8CodeUnitCount
    let expected = literal.utf8Start
    for index in 0..<count where name[index] != expected[index] { return false }
    return name[count] == 0
  }

  /// An attribute value as text.
  ///
  /// Without entity substitution, libxml2 hands an `&` (from
  /// `&amp;` or `&#38;`) over as the character reference `&#38;`; every other reference
  /// arrives decoded.
  static func attributeValue(_ value: UnsafeBufferPointer<UInt8>) -> String {
    let text = String(decoding: value, as: UTF8.self)
    guard value.contains(UInt8(ascii: "&")) else { return text }
    return text.replacing("&#38;", with: "&")
  }

  private var line: Int {
    guard let input = parser?.pointee.input else { return 0 }
    return Int(input.pointee.line)
  }

  // MARK: - Elements

  private func startElement(_ localName: UnsafePointer<xmlChar>, _ attribute: Attributes) {
    if capture != nil {
      captureDepth += 1
      return
    }
    if !sawRoot {
      sawRoot = true
      if !Self.equals(localName, "graphml") {
        diagnostics.append(
          InputRule.syntax.diagnostic(
            "not a GraphML document: the root element is <\(String(cString: localName))>, not "
              + "<graphml>", at: elementLocation()))
        stopped = true
        if let parser { xmlStopParser(parser) }
        return
      }
    }
    // The names compared as bytes, the commonest first: a string for each element's name
    // cost more than the rest of the callback.
    if Self.equals(localName, "data") {
      startData(attribute)
    } else if Self.equals(localName, "edge") {
      startEdge(attribute)
    } else if Self.equals(localName, "node") {
      startNode(attribute)
    } else if Self.equals(localName, "key") {
      startKey(attribute)
    } else if Self.equals(localName, "default") {
      if case .key(let slot) = context { startCapture(.defaultValue(key: slot)) }
    } else if Self.equals(localName, "graph") {
      graphDepth += 1
      if graphDepth > 1 {
        once("nested", "nested graphs are not supported; their content is read as top-level")
      } else {
        context = .graph
      }
    } else if Self.equals(localName, "hyperedge") || Self.equals(localName, "port") {
      let name = String(cString: localName)
      once(name, "<\(name)> elements are not supported and are ignored")
    }
  }

  private func startKey(_ attribute: Attributes) {
    let id = attribute("id") ?? ""
    let attrName = attribute("attr.name") ?? id
    let domain = attribute("for") ?? "all"
    let key = Key(
      name: attrName, type: ValueType(attribute("attr.type") ?? "string"), domain: domain,
      isEdgeStructure: (domain == "edge" || domain == "all")
        && GraphRecordDecoder.edgeNames.contains(attrName),
      isKind: attrName == ModelField.kind.attribute)
    let slot: Int
    if let existing = keySlots[id] {
      slot = existing
      keys[slot] = key
    } else {
      slot = keys.count
      keys.append(key)
      keySlots[id] = slot
      if let number = Self.keyNumber(Array(id.utf8)) {
        if numberedKeySlots.count <= number {
          numberedKeySlots += repeatElement(-1, count: number + 1 - numberedKeySlots.count)
        }
        numberedKeySlots[number] = slot
      }
    }
    reportUnknownKey(id: id, name: attrName, domain: domain, at: elementLocation())
    context = .key(slot)
  }

  private func startNode(_ attribute: Attributes) {
    let xmlID = attribute("id") ?? ""
    let here = elementLocation()
    if xmlID.isEmpty {
      diagnostics.append(InputRule.missingField.diagnostic("a <node> has no id", at: here))
    }
    nodes.append(NodeRecord(id: NodeID(xmlID), location: here))
    nodeXMLIDs.append(xmlID)
    context = .node(nodes.count - 1)
  }

  private func startEdge(_ attribute: Attributes) {
    let here = elementLocation()
    let order: Int?
    if let id = attribute.bytes("id") {
      order =
        Self.contains(id, UInt8(ascii: "&"))
        ? attribute("id").flatMap(EdgeRecord.order(ofID:)) : Self.edgeOrder(id)
    } else {
      order = nil
    }
    edges.append((attribute("source") ?? "", attribute("target") ?? "", here, order))
    edgeFields.append([:])
    edgeKinds.append(nil)
    context = .edge(edges.count - 1)
  }

  /// ``EdgeRecord/order(ofID:)`` of an id's bytes (which hold no character reference).
  static func edgeOrder(_ id: UnsafeBufferPointer<UInt8>) -> Int? {
    guard id.count > 1, id[0] == UInt8(ascii: "e") else { return nil }
    var value = 0
    for byte in id[1...] {
      guard (0x30...0x39).contains(byte) else { return nil }
      let (times, overflowA) = value.multipliedReportingOverflow(by: 10)
      let (sum, overflowB) = times.addingReportingOverflow(Int(byte - 0x30))
      guard !overflowA, !overflowB else { return nil }
      value = sum
    }
    return value
  }

  /// `N` when a key id is `dN` written as ClaimGraph writes it (no sign, no leading zero)
  /// and `N` is below 4096; nil otherwise.
  static func keyNumber<Bytes: Collection<UInt8>>(_ id: Bytes) -> Int? {
    guard id.count > 1, id.count <= 5, id.first == UInt8(ascii: "d") else { return nil }
    let digits = id.dropFirst()
    guard digits.count == 1 || digits.first != UInt8(ascii: "0") else { return nil }
    var value = 0
    for byte in digits {
      guard (0x30...0x39).contains(byte) else { return nil }
      value = value * 10 + Int(byte - 0x30)
    }
    return value < 4096 ? value : nil
  }

  static func contains(_ bytes: UnsafeBufferPointer<UInt8>, _ byte: UInt8) -> Bool {
    guard let base = bytes.baseAddress, !bytes.isEmpty else { return false }
    return memchr(base, Int32(byte), bytes.count) != nil
  }

  private func endElement(_ localName: UnsafePointer<xmlChar>) {
    if let capture {
      guard captureDepth == 0 else {
        captureDepth -= 1
        return
      }
      self.capture = nil
      finishCapture(capture)
      return
    }
    if Self.equals(localName, "key") {
      context = .none
    } else if Self.equals(localName, "node") {
      finishNode()
    } else if Self.equals(localName, "edge") {
      context = .graph
    } else if Self.equals(localName, "graph") {
      graphDepth -= 1
      if graphDepth == 0 { context = .none }
    }
  }

  private func startCapture(_ kind: Capture) {
    capture = kind
    captureDepth = 0
    text.removeAll(keepingCapacity: true)
  }

  private func finishCapture(_ capture: Capture) {
    let value = String(decoding: text, as: UTF8.self)
    switch capture {
    case .defaultValue(let slot):
      keys[slot].defaultValue = value
    case .data(let slot, let location):
      let field = NodeRecord.Field(value: Self.typed(value, keys[slot].type), location: location)
      switch context {
      case .node(let index): nodes[index].fields[keys[slot].name] = field
      case .graph: graphFields[keys[slot].name] = field
      case .edge(let index) where keys[slot].isKind:
        edgeKinds[index] = EdgeKind(rawValue: value)
      case .edge(let index) where keys[slot].isEdgeStructure:
        edgeFields[index][keys[slot].name] = field
      default: break
      }
    }
  }

  private func startData(_ attribute: Attributes) {
    guard let slot = keySlot(attribute) else { return }
    switch context {
    case .node, .graph:
      startCapture(.data(key: slot, location: elementLocation()))
    case .edge(let index) where keys[slot].isEdgeStructure:
      // The edges that say nothing of a claim's lists need only their kind.
      switch edgeKinds[index] {
      case .evidence?, .usesMethod?: return
      default: break
      }
      // An edge's values are located at the edge (where a claim's list item is).
      startCapture(.data(key: slot, location: edges[index].location))
    default:
      break
    }
  }

  /// The slot of the key a `<data>` element names, by the bytes of its id when it is `dN`;
  /// nil (reported once) when the key is not declared, or when the element names none.
  private func keySlot(_ attribute: Attributes) -> Int? {
    guard let bytes = attribute.bytes("key") else { return nil }
    if let number = Self.keyNumber(bytes), number < numberedKeySlots.count,
      numberedKeySlots[number] >= 0
    {
      return numberedKeySlots[number]
    }
    let keyID = Self.attributeValue(bytes)
    guard let slot = keySlots[keyID] else {
      once(
        "data:\(keyID)", "<data> refers to the undeclared key '\(keyID)'; its values are ignored")
      return nil
    }
    return slot
  }

  private func finishNode() {
    guard case .node(let index) = context else { return }
    if nodeDefaults == nil {
      nodeDefaults = keys.filter { key in
        (key.domain == "node" || key.domain == "all") && key.defaultValue != nil
      }.sorted { $0.name < $1.name }
    }
    for key in nodeDefaults ?? [] where nodes[index].fields[key.name] == nil {
      nodes[index].fields[key.name] = .init(
        value: Self.typed(key.defaultValue ?? "", key.type), location: nodes[index].location)
    }
    if let realID = nodes[index].fields[ModelField.nodeID.attribute]?.value.text {
      nodes[index].id = NodeID(realID)
    }
    context = .graph
  }

  private func resolveEdges() {
    guard nodes.contains(where: { $0.fields[ModelField.nodeID.attribute] != nil }) else {
      // Every node's id is its XML id, so no edge end needs looking up.
      resolvedEdges = edges.indices.map { index in
        let edge = edges[index]
        return EdgeRecord(
          source: NodeID(edge.source), target: NodeID(edge.target), location: edge.location,
          kind: edgeKinds[index], fields: edgeFields[index], order: edge.order)
      }
      return
    }
    var byXMLID: [String: NodeID] = [:]
    for (xmlID, record) in zip(nodeXMLIDs, nodes) where byXMLID[xmlID] == nil {
      byXMLID[xmlID] = record.id
    }
    resolvedEdges = edges.indices.map { index in
      let edge = edges[index]
      return EdgeRecord(
        source: byXMLID[edge.source] ?? NodeID(edge.source),
        target: byXMLID[edge.target] ?? NodeID(edge.target), location: edge.location,
        kind: edgeKinds[index], fields: edgeFields[index], order: edge.order)
    }
  }

  // MARK: - Diagnostics

  private func reportUnknownKey(
    id: String, name: String, domain: String, at here: SourceLocation
  ) {
    let known: Bool
    switch domain {
    case "node", "all": known = GraphRecordDecoder.knownNodeNames.contains(name)
    case "graph": known = GraphRecordDecoder.knownGraphNames.contains(name)
    default: known = true  // edge attributes: ClaimGraph's own, or ignored quietly
    }
    guard !known else { return }
    diagnostics.append(
      Diagnostic(
        rule: InputRule.unknownKey.id, severity: .note,
        message:
          "the key '\(id)' ('\(name)', for \(domain)) is not a ClaimGraph attribute; its values are not read",
        location: here))
  }

  private func once(_ tag: String, _ message: String) {
    guard reportedOnce.insert(tag).inserted else { return }
    diagnostics.append(
      Diagnostic(
        rule: InputRule.unknownKey.id, severity: .warning, message: message,
        location: elementLocation()))
  }

  // MARK: - Locations

  private func location(line: Int) -> SourceLocation {
    SourceLocation(file: file, line: line, column: 1)
  }

  /// Where the element whose start tag libxml2 has just read starts.
  ///
  /// That is at its `<`, the last one before libxml2's position (an attribute value holds no
  /// `<`), still in libxml2's buffer since the attributes' values point into it. The line is
  /// counted back
  /// from libxml2's; the column from the line's start when the buffer holds it, else from
  /// libxml2's column.
  private func elementLocation() -> SourceLocation {
    guard let input = parser?.pointee.input, let base = input.pointee.base,
      let current = input.pointee.cur, base <= current
    else { return location(line: max(line, 1)) }
    var start = current
    while start > base, start.pointee != UInt8(ascii: "<") { start -= 1 }
    var breaks = 0
    var characters = 0
    var cursor = start
    while cursor < current {
      if cursor.pointee == UInt8(ascii: "\n") {
        breaks += 1
        characters = 0
      } else if cursor.pointee & 0xC0 != 0x80 {
        characters += 1
      }
      cursor += 1
    }
    var column = 0
    var before = start
    while before > base, before[-1] != UInt8(ascii: "\n") {
      before -= 1
      if before.pointee & 0xC0 != 0x80 { column += 1 }
    }
    let atLineStart = before > base || input.pointee.consumed == 0
    if !atLineStart {
      // The line starts before libxml2's buffer: count back from libxml2's column.
      column = breaks == 0 ? max(Int(input.pointee.col) - 1 - characters, 0) : 0
    }
    return SourceLocation(file: file, line: max(line - breaks, 1), column: column + 1)
  }

  private static func typed(_ text: String, _ type: ValueType) -> InputValue {
    guard type != .string else { return .string(text) }
    let trimmed =
      Self.mayHaveOuterWhitespace(text)
      ? text.trimmingCharacters(in: .whitespacesAndNewlines) : text
    switch type {
    case .integer:
      return Int(trimmed).map(InputValue.int) ?? .string(text)
    case .double:
      return Double(trimmed).map(InputValue.double) ?? .string(text)
    case .boolean:
      switch trimmed.lowercased() {
      case "true", "1": return .bool(true)
      case "false", "0": return .bool(false)
      default: return .string(text)
      }
    case .string:
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
