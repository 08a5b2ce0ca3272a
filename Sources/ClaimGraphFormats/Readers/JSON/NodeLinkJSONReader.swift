import ClaimGraph
import Foundation

/// Reads a graph from node-link JSON: ClaimGraph's own (``NodeLinkJSONExporter``), which
/// reads back into an equal graph, or NetworkX's `node_link_data` (edges under `edges` or
/// `links`), which loads with warnings (a node without a kind, a value of the wrong type, an
/// attribute ClaimGraph does not know), as GraphML from other tools does.
///
/// The file is streamed through a strict JSON event parser (libfyaml's, in JSON mode): only the
/// values of the graph are kept, never the file or a tree of it, so any JSON ClaimGraph
/// writes reads back whatever its size, with no file-size limit by default. Hostile input is
/// bounded by the nesting depth and the length of one line. Every node is located where its
/// `{` is written, each of its attributes where its value is, each edge at its `{`.
public struct NodeLinkJSONReader: InterchangeReader {
  /// The largest file read, in bytes (no limit by default).
  public var maxFileBytes: Int
  /// The deepest nesting of arrays and objects read; the top-level object is level 1.
  public var maxNestingDepth: Int
  /// The longest line read, in bytes: the parser's memory grows with the line it is on
  /// (ClaimGraph writes one node per line).
  public var maxLineBytes: Int

  /// A reader that refuses, with a located `limit-exceeded` error, files larger than
  /// `maxFileBytes`, arrays and objects nested deeper than `maxNestingDepth` and lines longer
  /// than `maxLineBytes` (64 MiB by default, about 3 GiB of parser memory).
  public init(maxFileBytes: Int = .max, maxNestingDepth: Int = 64, maxLineBytes: Int = 1 << 26) {
    self.maxFileBytes = maxFileBytes
    self.maxNestingDepth = maxNestingDepth
    self.maxLineBytes = maxLineBytes
  }

  /// Reads node-link JSON from bytes; `file` names it in diagnostics.
  public func load(bytes: [UInt8], file: String) -> LoadedGraph {
    if let problem = Self.encodingProblem(Array(bytes.prefix(4)), file: file) {
      return InterchangeFile.failed(problem, file: file)
    }
    return bytes.withUnsafeBufferPointer { buffer in
      var events = JSONEventStream(
        descriptor: nil, bytes: buffer, file: file, maxLineBytes: maxLineBytes,
        maxDepth: maxNestingDepth)
      return read(&events, file: file)
    }
  }

  /// Reads a node-link JSON file as a stream, a chunk at a time; an unreadable or oversized
  /// file gives a graph with one error.
  public func load(file path: String) -> LoadedGraph {
    switch InterchangeFile.open(path, maxBytes: maxFileBytes) {
    case .failure(let diagnostic): return InterchangeFile.failed(diagnostic, file: path)
    case .success(let (descriptor, _)):
      defer { close(descriptor) }
      var prefix = [UInt8](repeating: 0, count: 4)
      let count = pread(descriptor, &prefix, prefix.count, 0)
      if let problem = Self.encodingProblem(Array(prefix.prefix(max(count, 0))), file: path) {
        return InterchangeFile.failed(problem, file: path)
      }
      var events = JSONEventStream(
        descriptor: descriptor, file: path, maxLineBytes: maxLineBytes, maxDepth: maxNestingDepth)
      return read(&events, file: path)
    }
  }

  /// Why a file that starts with `prefix` (its first four bytes) is not UTF-8 JSON: a UTF-16
  /// or UTF-32 byte-order mark, or NUL bytes (UTF-16 or UTF-32 without a mark, or a binary
  /// file), which libfyaml would only call "empty root content"; nil otherwise.
  private static func encodingProblem(_ prefix: [UInt8], file: String) -> Diagnostic? {
    let start = SourceLocation(file: file, line: 1, column: 1)
    if prefix.starts(with: [0xFF, 0xFE]) || prefix.starts(with: [0xFE, 0xFF])
      || prefix.starts(with: [0, 0, 0xFE, 0xFF])
    {
      return InputRule.invalidEncoding.diagnostic(
        "the file starts with a UTF-16 or UTF-32 byte-order mark; JSON is read as UTF-8, so "
          + "save it as UTF-8", at: start)
    }
    guard prefix.contains(0) else { return nil }
    return InputRule.invalidEncoding.diagnostic(
      "the file starts with NUL bytes: it is UTF-16 or UTF-32 (save it as UTF-8) or not text "
        + "at all", at: start)
  }

  private func read(_ events: inout JSONEventStream, file: String) -> LoadedGraph {
    var document = NodeLinkDocument(file: file, maxNestingDepth: maxNestingDepth)
    while let (event, location) = events.next() {
      if let problem = document.take(event, at: location) {
        return InterchangeFile.failed(problem, file: file)
      }
    }
    if let problem = events.problem { return InterchangeFile.failed(problem, file: file) }
    return document.decode()
  }
}

/// A node-link document built from its events: the nodes, the edges (under `edges`, or
/// NetworkX's `links`) and the graph's attributes, each located; every other value is
/// parsed and dropped.
private struct NodeLinkDocument {
  let file: String
  let maxNestingDepth: Int
  private var records: [NodeRecord] = []
  /// The elements of the `nodes` list so far, objects or not.
  private var nodeCount = 0
  private var edges: [EdgeRecord] = []
  private var links: [EdgeRecord] = []
  private var hasEdges = false
  private var graphFields: [String: NodeRecord.Field] = [:]
  private var diagnostics: [Diagnostic] = []
  private var unknown = Set<String>()
  /// Where the document starts, and whether it is an object with a `nodes` list.
  private var start: SourceLocation?
  private var isNodeLink = false

  /// What a value at the top of the document is read into.
  private enum Slot {
    /// A member of the top-level object, once its key is read.
    case member(String?)
    case nodes
    case edges(isLinks: Bool)
    case graph
    case skipped
  }

  /// The collections open at the document's top: the root object and its lists.
  private var slots: [Slot] = []
  /// The keys of the top-level object so far.
  private var topLevelKeys = Set<String>()
  /// The value being built below them, and what it is for.
  private var value: (slot: Slot, builder: JSONValueBuilder)?
  private var depth = 0

  init(file: String, maxNestingDepth: Int) {
    self.file = file
    self.maxNestingDepth = maxNestingDepth
  }

  /// Takes one event; returns the problem that stops reading, if any.
  mutating func take(_ event: JSONEventStream.Event, at location: SourceLocation)
    -> Diagnostic?
  {
    switch event {
    case .objectStart, .arrayStart:
      depth += 1
      if depth > maxNestingDepth {
        return InputRule.limitExceeded.diagnostic(
          "arrays and objects are nested more than \(maxNestingDepth) deep", at: location)
      }
    case .objectEnd, .arrayEnd: depth -= 1
    case .scalar: break
    }
    if let slot = value?.slot, var builder = value?.builder {
      value = nil
      let finished = builder.take(event, at: location)
      if let problem = builder.problem { return problem }
      if let finished {
        place(finished, slot: slot, builder: builder)
      } else {
        value = (slot, builder)
      }
      return nil
    }
    guard let top = slots.last else {
      if start == nil {
        start = location
        if case .objectStart = event {
          slots.append(.member(nil))
        } else {
          begin(.skipped, event, location)
        }
      }
      return nil
    }
    switch (top, event) {
    case (.member(nil), .scalar(let key)):
      if slots.count == 1, !topLevelKeys.insert(key.text ?? "").inserted {
        return JSONValueBuilder.duplicate(key.text ?? "", at: location)
      }
      slots[slots.count - 1] = .member(key.text ?? "")
    case (.member(nil), _), (.nodes, .arrayEnd), (.edges, .arrayEnd):
      slots.removeLast()
    case (.member(let key?), _):
      slots[slots.count - 1] = .member(nil)
      switch (key, event) {
      case ("nodes", .arrayStart):
        isNodeLink = true
        records = []
        nodeCount = 0
        slots.append(.nodes)
      case ("edges", .arrayStart):
        hasEdges = true
        edges = []
        slots.append(.edges(isLinks: false))
      case ("links", .arrayStart):
        links = []
        slots.append(.edges(isLinks: true))
      case ("graph", .objectStart):
        begin(.graph, event, location)
      default:
        if key == "nodes" { isNodeLink = false }
        begin(.skipped, event, location)
      }
    default:
      begin(top, event, location)
    }
    return nil
  }

  /// Starts building a value (a scalar is finished at once).
  private mutating func begin(
    _ slot: Slot, _ event: JSONEventStream.Event, _ location: SourceLocation
  ) {
    var keepsValue = true
    if case .skipped = slot { keepsValue = false }
    var builder = JSONValueBuilder(at: location, keepsValue: keepsValue)
    if let finished = builder.take(event, at: location) {
      place(finished, slot: slot, builder: builder)
    } else {
      value = (slot, builder)
    }
  }

  /// Puts a finished value where it belongs.
  private mutating func place(_ finished: InputValue, slot: Slot, builder: JSONValueBuilder) {
    let location = builder.location
    switch slot {
    case .nodes: addNode(finished, at: location, fields: builder.memberLocations)
    case .edges(let isLinks):
      guard case .object(let members) = finished,
        let source = members[.source]?.text, let target = members[.target]?.text
      else { return }
      let edge = EdgeRecord(source: NodeID(source), target: NodeID(target), location: location)
      if isLinks { links.append(edge) } else { edges.append(edge) }
    case .graph:
      guard case .object(let members) = finished else { return }
      graphFields = Self.located(members, at: builder.memberLocations, else: location)
    case .member, .skipped: break
    }
  }

  private mutating func addNode(
    _ value: InputValue, at location: SourceLocation,
    fields: [String: (key: SourceLocation, value: SourceLocation)]
  ) {
    nodeCount += 1
    guard case .object(var members) = value,
      let id = members.removeValue(forKey: ModelField.id.attribute)?.text
    else {
      diagnostics.append(
        InputRule.missingField.diagnostic(
          "node \(nodeCount) is not an object with an \"id\"", at: location))
      return
    }
    for name in members.keys.sorted()
    where !GraphRecordDecoder.knownNodeNames.contains(name) && unknown.insert(name).inserted {
      diagnostics.append(
        Diagnostic(
          rule: InputRule.unknownKey.id, severity: .note,
          message: "the node attribute '\(name)' is not a ClaimGraph attribute; it is not read",
          location: fields[name]?.key ?? location, node: NodeID(id)))
    }
    records.append(
      NodeRecord(
        id: NodeID(id), location: location,
        fields: Self.located(members, at: fields, else: location)))
  }

  /// Members as fields, each where its value is written.
  private static func located(
    _ members: [String: InputValue],
    at locations: [String: (key: SourceLocation, value: SourceLocation)],
    else location: SourceLocation
  ) -> [String: NodeRecord.Field] {
    var fields: [String: NodeRecord.Field] = [:]
    fields.reserveCapacity(members.count)
    for (name, value) in members {
      fields[name] = NodeRecord.Field(value: value, location: locations[name]?.value ?? location)
    }
    return fields
  }

  /// The graph the document describes, or the one problem that makes it no node-link JSON.
  func decode() -> LoadedGraph {
    guard isNodeLink else {
      return InterchangeFile.failed(
        InputRule.wrongType.diagnostic(
          "expected a JSON object with a \"nodes\" list (node-link JSON)",
          at: start ?? SourceLocation(file: file, line: 1, column: 1)),
        file: file)
    }
    var decoder = GraphRecordDecoder(file: file, diagnostics: diagnostics)
    return decoder.decode(nodes: records, graph: graphFields, edges: hasEdges ? edges : links)
  }
}
