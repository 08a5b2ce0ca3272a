import ClaimGraph

/// The baseline file, written through the one JSON writer (``JSONValue``) and read through the
/// one JSON reader (libfyaml's event stream, as node-link JSON is).
extension Baseline {
  /// The file's text: deterministic, pretty-printed JSON (reviewable in diffs), ending in
  /// a newline.
  ///
  /// Every entry has every key, `null` for a missing node or file.
  public func fileText() -> String {
    let entries = entries.map { entry -> JSONValue in
      .object([
        ("rule", .string(entry.rule)), ("node", .optional(entry.node)),
        ("fingerprint", .string(entry.fingerprint)), ("count", .int(entry.count)),
        ("file", .optional(entry.file)), ("message", .string(entry.message)),
      ])
    }
    let file = JSONValue.object([
      ("version", .int(version)), ("tool", .string(tool)), ("entries", .array(entries)),
    ])
    return file.serialized() + "\n"
  }

  /// A baseline read from a file's bytes; `file` names it in diagnostics and in the
  /// `origin`, which points at each entry's `"fingerprint"` key (for stale entries).
  ///
  /// - Throws: a located diagnostic when the bytes are not JSON (as every JSON input: a
  ///   syntax error, a key twice in one object, U+0000, nesting deeper than 64) or not a
  ///   baseline: an object with a whole-number `version`, a text `tool` (`claimgraph` when
  ///   absent) and a list of `entries`, each with the texts `rule`, `fingerprint` and
  ///   `message`, a whole-number `count`, and a text or `null` as `node` and `file`. The
  ///   version is not checked here (`version` says what the file holds).
  public init(fileBytes: [UInt8], file: String) throws(Diagnostic) {
    let read = fileBytes.withUnsafeBufferPointer { buffer -> Result<BaselineReading, Diagnostic> in
      var events = JSONEventStream(
        descriptor: nil, bytes: buffer, file: file, maxLineBytes: NodeLinkJSONReader().maxLineBytes,
        maxDepth: BaselineReading.maxDepth)
      var reading = BaselineReading(file: file)
      while let (event, location) = events.next() {
        if let problem = reading.take(event, at: location) { return .failure(problem) }
      }
      if let problem = events.problem { return .failure(problem) }
      return .success(reading)
    }
    self = try read.get().baseline()
  }
}

/// A baseline file's events: the members of its object, each entry of its `entries` list
/// apart (with where its `"fingerprint"` key is written).
private struct BaselineReading {
  /// The deepest nesting read (a baseline nests three levels).
  static let maxDepth = 64

  let file: String
  /// Where the document starts; nil before its first event.
  private var start: SourceLocation?
  /// The object's members but `entries`, each where its value is written.
  private var members: [String: (value: InputValue, location: SourceLocation)] = [:]
  /// Where the `entries` list is written, once read.
  private var entriesLocation: SourceLocation?
  private var entries: [(value: InputValue, location: SourceLocation, key: SourceLocation?)] = []
  /// The key of the member whose value comes next, and whether the `entries` list is open.
  private var key: String?
  private var inEntries = false
  /// The value being built, with the member's key (nil for an entry).
  private var building: (key: String?, builder: JSONValueBuilder)?

  init(file: String) { self.file = file }

  /// Takes one event; returns the problem that stops reading, if any.
  mutating func take(_ event: JSONEventStream.Event, at location: SourceLocation) -> Diagnostic? {
    if let current = building {
      let key = current.key
      var builder = current.builder
      building = nil
      let finished = builder.take(event, at: location)
      if let problem = builder.problem { return problem }
      guard let finished else {
        building = (key, builder)
        return nil
      }
      if let key {
        members[key] = (finished, builder.location)
      } else {
        entries.append((finished, builder.location, builder.memberLocations["fingerprint"]?.key))
      }
      return nil
    }
    guard start != nil else {
      start = location
      guard case .objectStart = event else {
        return Self.wrong("a baseline is a JSON object", at: location)
      }
      return nil
    }
    if inEntries {
      guard case .arrayEnd = event else { return begin(event, at: location, key: nil) }
      inEntries = false
      return nil
    }
    guard let key else {
      guard case .scalar(let name) = event else { return nil }  // the object's end
      let text = name.text ?? ""
      if members[text] != nil || (text == "entries" && entriesLocation != nil) {
        return JSONValueBuilder.duplicate(text, at: location)
      }
      self.key = text
      return nil
    }
    self.key = nil
    guard key == "entries", case .arrayStart = event else {
      return begin(event, at: location, key: key)
    }
    entriesLocation = location
    inEntries = true
    return nil
  }

  /// Starts building a value (a scalar is finished at once).
  private mutating func begin(
    _ event: JSONEventStream.Event, at location: SourceLocation, key: String?
  ) -> Diagnostic? {
    building = (key, JSONValueBuilder(at: location, keepsValue: true))
    return take(event, at: location)
  }

  /// The baseline the members and entries make, or why they make none.
  func baseline() throws(Diagnostic) -> Baseline {
    let start = start ?? SourceLocation(file: file, line: 1, column: 1)
    guard case .int(let version)? = members["version"]?.value else {
      throw Self.wrong(
        "a baseline's \"version\" is a whole number", at: members["version"]?.location ?? start)
    }
    var tool = "claimgraph"
    if let member = members["tool"] {
      guard case .string(let text) = member.value else {
        throw Self.wrong("a baseline's \"tool\" is a text", at: member.location)
      }
      tool = text
    }
    guard entriesLocation != nil else {
      throw Self.wrong(
        "a baseline's \"entries\" is a list", at: members["entries"]?.location ?? start)
    }
    var baseline = Baseline(version: version, tool: tool, entries: [])
    var locations: [String: SourceLocation] = [:]
    for (value, location, key) in entries {
      let entry = try Self.entry(value, at: location)
      baseline.entries.append(entry)
      if locations[entry.fingerprint] == nil { locations[entry.fingerprint] = key }
    }
    baseline.origin = Baseline.Origin(file: file, locations: locations)
    return baseline
  }

  /// One entry, from its object.
  private static func entry(_ value: InputValue, at location: SourceLocation) throws(Diagnostic)
    -> Baseline.Entry
  {
    let shape =
      "a baseline entry is an object with the texts \"rule\", \"fingerprint\" and \"message\", "
      + "a whole-number \"count\", and a text or null as \"node\" and \"file\""
    guard case .object(let members) = value,
      case .string(let rule)? = members["rule"],
      case .string(let fingerprint)? = members["fingerprint"],
      case .string(let message)? = members["message"],
      case .int(let count)? = members["count"],
      let node = optionalText(members["node"]), let file = optionalText(members["file"])
    else { throw wrong(shape, at: location) }
    return Baseline.Entry(
      rule: rule, node: node, fingerprint: fingerprint, count: count, file: file,
      message: message)
  }

  /// A text, `null` or absent (`.some(nil)`); nil for any other value.
  private static func optionalText(_ value: InputValue?) -> String?? {
    switch value {
    case nil, .null?: .some(nil)
    case .string(let text)?: .some(text)
    default: nil
    }
  }

  private static func wrong(_ message: String, at location: SourceLocation) -> Diagnostic {
    InputRule.wrongType.diagnostic(message, at: location)
  }
}
