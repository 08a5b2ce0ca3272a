import ClaimGraph

/// Reads typed values from one node's (or the graph's) attributes, collecting a located
/// warning for every value it has to drop.
struct FieldReader {
  let fields: [String: NodeRecord.Field]
  let owner: NodeID?
  /// Where the node (or graph) is; absent values are reported there.
  let place: SourceLocation
  /// Reads the lists and records written as JSON text.
  let json: JSONTexts
  private(set) var diagnostics: [Diagnostic] = []

  init(
    fields: [String: NodeRecord.Field], owner: NodeID?, place: SourceLocation, json: JSONTexts
  ) {
    self.fields = fields
    self.owner = owner
    self.place = place
    self.json = json
  }

  private func location(_ field: ModelField) -> SourceLocation {
    fields[field.attribute]?.location ?? place
  }

  /// The located value of a field, if the node has it.
  func field(_ field: ModelField) -> NodeRecord.Field? { fields[field.attribute] }

  /// Records that a value was malformed and dropped (or defaulted).
  mutating func problem(_ field: ModelField, _ message: String) {
    let subject = owner.map { "node '\($0)': " } ?? ""
    diagnostics.append(
      Diagnostic(
        rule: InputRule.invalidValue.id, severity: .warning,
        message: subject + "'\(field.attribute)': " + message,
        location: location(field), node: owner))
  }

  /// Records that a required value is absent.
  mutating func missing(_ field: ModelField, _ message: String) {
    diagnostics.append(
      Diagnostic(
        rule: InputRule.missingField.id, severity: .warning, message: message,
        location: location(field), node: owner))
  }

  /// Attribute names as messages quote them: `'a'`, `'a' and 'b'`, `'a', 'b' and 'c'`.
  static func names(_ fields: ModelField...) -> String {
    let quoted = fields.map { "'\($0.attribute)'" }
    guard let last = quoted.last, quoted.count > 1 else { return quoted.joined() }
    return quoted.dropLast().joined(separator: ", ") + " and " + last
  }

  /// A text value; numbers are accepted as their decimal text.
  mutating func text(_ field: ModelField, quietly: Bool = false) -> String? {
    guard let value = fields[field.attribute]?.value else { return nil }
    if let text = value.text { return text }
    if !quietly { problem(field, "expected a text, found \(value.typeName)") }
    return nil
  }

  /// A text that may be written as a list of texts, joined (the node-link export splits a
  /// long article text so that no line passes the reader's line limit).
  mutating func longText(_ field: ModelField) -> String? {
    guard case .array(let pieces)? = fields[field.attribute]?.value else { return text(field) }
    let texts = pieces.compactMap { piece -> String? in
      if case .string(let text) = piece { return text }
      return nil
    }
    guard texts.count == pieces.count else {
      problem(field, "expected a text or a list of texts")
      return nil
    }
    return texts.joined()
  }

  /// A whole number; numeric texts are accepted.
  mutating func integer(_ field: ModelField) -> Int? {
    guard let value = fields[field.attribute]?.value else { return nil }
    switch value {
    case .int(let number): return number
    case .double(let number) where number == number.rounded() && abs(number) < 1e15:
      return Int(number)
    case .string(let text) where Int(text) != nil: return Int(text)
    default:
      problem(field, "expected a whole number, found \(value.typeName)")
      return nil
    }
  }

  /// A boolean; `true`/`false`/`1`/`0` texts are accepted.
  mutating func boolean(_ field: ModelField) -> Bool? {
    guard let value = fields[field.attribute]?.value else { return nil }
    switch value {
    case .bool(let flag): return flag
    case .int(0): return false
    case .int(1): return true
    case .string(let text):
      switch text.lowercased() {
      case "true", "1": return true
      case "false", "0": return false
      default: break
      }
    default: break
    }
    problem(field, "expected true or false, found \(value.typeName)")
    return nil
  }

  /// A list: a real list, JSON text of a list, or `;`-separated text.
  mutating func list(_ field: ModelField) -> [InputValue] {
    guard let value = fields[field.attribute]?.value else { return [] }
    switch value {
    case .array(let items): return items
    case .string(let text):
      if text.first == "[" {
        if case .array(let items)? = json.parse(text) { return items }
        problem(field, "the text starts with '[' but is not a JSON list")
        return []
      }
      return text.split(separator: ";").map { .string(String($0).trimmedSpaces) }
        .filter { $0 != .string("") }
    default:
      problem(field, "expected a list, found \(value.typeName)")
      return []
    }
  }

  /// A list of texts.
  mutating func texts(_ field: ModelField) -> [String] {
    list(field).compactMap { item in
      if let text = item.text { return text }
      problem(field, "expected a list of texts, found \(item.typeName) in it")
      return nil
    }
  }

  /// A list of node ids.
  mutating func ids(_ field: ModelField) -> [NodeID] { texts(field).map { NodeID($0) } }

  /// A list of records (objects), each as its members.
  mutating func records(_ field: ModelField) -> [[String: InputValue]] {
    list(field).compactMap { item in
      if case .object(let members) = item { return members }
      problem(field, "expected a list of objects, found \(item.typeName) in it")
      return nil
    }
  }

  /// A relation record: `subject`, `predicate`, `object`.
  mutating func relation(_ record: [String: InputValue]) -> Relation? {
    guard let subject = record[.subject]?.text, let predicate = record[.predicate]?.text,
      let object = record[.object]?.text
    else {
      problem(.relations, "a relation needs \(Self.names(.subject, .predicate, .object)) texts")
      return nil
    }
    return Relation(subject: NodeID(subject), predicate: predicate, object: NodeID(object))
  }

  /// A citation record: `source`, optional `methods`, `stance` and `locator`.
  mutating func citation(_ record: [String: InputValue]) -> Citation? {
    guard let source = record[.source]?.text else {
      problem(.citations, "a citation needs a \(Self.names(.source)) text")
      return nil
    }
    var stance = Stance.supports
    if let text = record[.stance]?.text {
      if let parsed = Stance(rawValue: text) {
        stance = parsed
      } else {
        problem(.citations, "'\(text)' is not a stance; read as supports")
      }
    }
    var methods: [NodeID]?
    if case .array(let items)? = record[.methods] {
      methods = items.compactMap(\.text).map { NodeID($0) }
    }
    var quotes: [TextQuote] = []
    if case .array(let items)? = record[.quote] {
      quotes = items.compactMap(Self.quote(_:))
    }
    var isInferred = false
    if case .bool(let flag)? = record[.inferred] { isInferred = flag }
    return Citation(
      source: NodeID(source), methods: methods, stance: stance, locator: record[.locator]?.text,
      quotes: quotes, isInferred: isInferred)
  }

  /// A stated evidence record: `method` and its `quote` records.
  mutating func evidence(_ record: [String: InputValue]) -> StatedEvidence? {
    guard let method = record[.method]?.text else {
      problem(.evidence, "stated evidence needs a \(Self.names(.method)) text")
      return nil
    }
    var quotes: [TextQuote] = []
    if case .array(let items)? = record[.quote] {
      quotes = items.compactMap(Self.quote(_:))
    }
    return StatedEvidence(method: NodeID(method), quotes: quotes)
  }

  /// The `quote` records of a node: `exact`, optional `prefix` and `suffix` (the place in
  /// the article that exports add is derived, and not read).
  mutating func quotes() -> [TextQuote] {
    list(.quote).compactMap { item in
      guard let quote = Self.quote(item) else {
        problem(.quote, "a quote needs an \(Self.names(.exact)) text")
        return nil
      }
      return quote
    }
  }

  private static func quote(_ value: InputValue) -> TextQuote? {
    guard case .object(let record) = value, let exact = record[.exact]?.text else { return nil }
    return TextQuote(exact, prefix: record[.prefix]?.text, suffix: record[.suffix]?.text)
  }

  /// The `enrichment` record of a source, if any (an object, or its JSON text).
  mutating func enrichment() -> SourceEnrichment? {
    guard var value = fields[ModelField.enrichment.attribute]?.value else { return nil }
    if case .string(let text) = value, let parsed = json.parse(text) { value = parsed }
    guard case .object(let record) = value else {
      problem(.enrichment, "expected an object, found \(value.typeName)")
      return nil
    }
    var authors: [String] = []
    if case .array(let items)? = record[.authors] { authors = items.compactMap(\.text) }
    let enrichment = SourceEnrichment(
      authors: authors, venue: record[.venue]?.text, doi: record[.doi]?.text,
      pmid: record[.pmid]?.text, url: record[.url]?.text, note: record[.note]?.text)
    return enrichment.isEmpty ? nil : enrichment
  }

  /// The `suppressions` records: `rule` and `reason`.
  mutating func suppressions() -> [Suppression] {
    records(.suppressions).compactMap { record in
      guard let rule = record[.rule]?.text, let reason = record[.reason]?.text else {
        problem(.suppressions, "a suppression needs \(Self.names(.rule, .reason)) texts")
        return nil
      }
      return Suppression(rule: RuleID(rawValue: rule), reason: reason)
    }
  }
}

extension Dictionary where Key == String, Value == InputValue {
  /// The member of a record named by a field's attribute name.
  subscript(field: ModelField) -> InputValue? { self[field.attribute] }
}

extension String {
  fileprivate var trimmedSpaces: String {
    var slice = Substring(self)
    while slice.first?.isWhitespace == true { slice.removeFirst() }
    while slice.last?.isWhitespace == true { slice.removeLast() }
    return String(slice)
  }
}
