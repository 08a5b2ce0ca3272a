import ClaimGraph
internal import Yams

/// Reads one composed YAML document into typed values.
///
/// Every problem is recorded with its location instead of stopping at the first.
/// One reader serves one file, on one thread.
///
/// Anchors and aliases are refused: an alias makes the composer hand back the anchored
/// collection again, so a small file could expand into billions of values ("billion
/// laughs"). Every collection starts at its own position in the file, so meeting a
/// position twice means an alias; the reader reports it once and does not descend again,
/// which keeps the work linear in the size of the file. (``NestingScan`` already refuses
/// every alias it sees in the text; this is the second line of defence.)
final class LocatedYAML {
  let file: String
  private(set) var diagnostics: [Diagnostic] = []
  private var visitedCollections = Set<Position>()
  private var reportedAliases = Set<Position>()

  private struct Position: Hashable {
    let line: Int
    let column: Int
    let isMapping: Bool
  }

  init(file: String) { self.file = file }

  func location(_ node: Yams.Node) -> SourceLocation {
    let mark = node.mark
    return SourceLocation(file: file, line: mark?.line ?? 1, column: mark?.column ?? 1)
  }

  func report(_ rule: RuleDescriptor, _ message: String, at node: Yams.Node, id: NodeID? = nil) {
    report(rule.diagnostic(message, at: location(node), node: id))
  }

  func report(_ diagnostic: Diagnostic) { diagnostics.append(diagnostic) }

  /// Whether a collection is met for the first time; reports an alias otherwise.
  private func isFirstVisit(_ node: Yams.Node) -> Bool {
    guard let mark = node.mark else { return true }
    let position = Position(line: mark.line, column: mark.column, isMapping: node.isMapping)
    if visitedCollections.insert(position).inserted { return true }
    if reportedAliases.insert(position).inserted {
      let what = position.isMapping ? "mapping" : "list"
      report(
        InputRule.limitExceeded,
        "the \(what) starting here is repeated through an alias; anchors and aliases are not "
          + "supported (they can expand a small file into a huge one)", at: node)
    }
    return false
  }

  // MARK: - Mappings

  /// The pairs of a mapping, checked for duplicate and unknown keys.
  struct Fields {
    let node: Yams.Node
    private(set) var values: [(key: String, keyNode: Yams.Node, value: Yams.Node)] = []

    init(node: Yams.Node) { self.node = node }

    mutating func append(_ key: String, _ keyNode: Yams.Node, _ value: Yams.Node) {
      values.append((key, keyNode, value))
    }

    subscript(key: String) -> Yams.Node? {
      values.first { $0.key == key }?.value
    }

    func keyNode(_ key: String) -> Yams.Node? { values.first { $0.key == key }?.keyNode }
  }

  /// Reads `node` as a mapping whose keys must be among `allowed`.
  ///
  /// - Parameter what: how messages name the mapping (`a claim`, `a citation`).
  func mapping(_ node: Yams.Node, _ what: String, allowed: [String], id: NodeID? = nil) -> Fields? {
    guard case .mapping(let mapping) = node else {
      report(
        InputRule.wrongType, "expected \(what) (a mapping), found \(describe(node))", at: node,
        id: id)
      return nil
    }
    guard isFirstVisit(node) else { return nil }
    var fields = Fields(node: node)
    // A graph file's mappings have a handful of keys: a list beats hashing each one.
    var firstSeen: [(key: String, node: Yams.Node)] = []
    for (keyNode, value) in mapping {
      guard case .scalar(let scalar) = keyNode else {
        report(
          InputRule.wrongType, "expected a text key in \(what), found \(describe(keyNode))",
          at: keyNode, id: id)
        continue
      }
      let key = scalar.string
      if let first = firstSeen.first(where: { $0.key == key })?.node {
        report(
          InputRule.duplicateKey,
          "duplicate key '\(key)' in \(what) (first defined at line \(location(first).line))",
          at: keyNode, id: id)
        continue
      }
      firstSeen.append((key, keyNode))
      guard allowed.contains(key) else {
        let expected = allowed.joined(separator: ", ")
        report(
          InputRule.unknownKey,
          "unknown key '\(key)' in \(what)\(Suggestion.hint(for: key, in: allowed)) "
            + "(allowed keys: \(expected))",
          at: keyNode, id: id)
        continue
      }
      fields.append(key, keyNode, value)
    }
    return fields
  }

  // MARK: - Scalars

  /// Whether a node is YAML null (`~`, `null`, or nothing at all).
  func isNull(_ node: Yams.Node) -> Bool {
    guard case .scalar(let scalar) = node, scalar.style == .plain else { return false }
    return ["", "~", "null", "Null", "NULL"].contains(scalar.string)
  }

  /// A text field; nil when missing or null (reported when `required`).
  func string(
    _ fields: Fields, _ key: String, in what: String, required: Bool = false, id: NodeID? = nil
  ) -> String? {
    guard let node = fields[key], !isNull(node) else {
      if required { missing(key, in: what, fields: fields, id: id) }
      return nil
    }
    return string(node, key: key, id: id)
  }

  func string(_ node: Yams.Node, key: String, id: NodeID? = nil) -> String? {
    guard case .scalar(let scalar) = node else {
      report(
        InputRule.wrongType, "'\(key)' must be a text, found \(describe(node))", at: node, id: id)
      return nil
    }
    return scalar.string
  }

  /// A whole-number field.
  func integer(_ fields: Fields, _ key: String, id: NodeID? = nil) -> Int? {
    guard let node = fields[key], !isNull(node), let text = string(node, key: key, id: id) else {
      return nil
    }
    guard let value = Int(text) else {
      report(
        InputRule.wrongType, "'\(key)' must be a whole number, found '\(text)'", at: node, id: id)
      return nil
    }
    return value
  }

  /// A true/false field; with `yesNo`, YAML 1.1's `yes`/`no`/`on`/`off` too (for
  /// configuration files, where people write them).
  func boolean(_ fields: Fields, _ key: String, id: NodeID? = nil, yesNo: Bool = false) -> Bool? {
    guard let node = fields[key], !isNull(node), let text = string(node, key: key, id: id) else {
      return nil
    }
    let words: [String: Bool] =
      yesNo
      ? ["true": true, "false": false, "yes": true, "no": false, "on": true, "off": false]
      : ["true": true, "false": false]
    if let value = words[text.lowercased()] { return value }
    report(
      InputRule.wrongType, "'\(key)' must be true or false, found '\(text)'", at: node, id: id)
    return nil
  }

  /// A field whose text must be one of an enumeration's raw values.
  func choice<Value: RawRepresentable & CaseIterable>(
    _ fields: Fields, _ key: String, in what: String, required: Bool = false, id: NodeID? = nil,
    as type: Value.Type
  ) -> Value? where Value.RawValue == String {
    guard let text = string(fields, key, in: what, required: required, id: id),
      let node = fields[key]
    else { return nil }
    if let value = Value(rawValue: text) { return value }
    let allowed = Value.allCases.map(\.rawValue)
    report(
      InputRule.invalidValue,
      "'\(key)' must be one of \(allowed.joined(separator: ", ")), found '\(text)'"
        + Suggestion.hint(for: text, in: allowed), at: node, id: id)
    return nil
  }

  // MARK: - Sequences

  /// The items of a list field (an absent or null field is an empty list).
  func sequence(_ fields: Fields, _ key: String, id: NodeID? = nil) -> [Yams.Node] {
    guard let node = fields[key], !isNull(node) else { return [] }
    return sequence(node, key: key, id: id)
  }

  func sequence(_ node: Yams.Node, key: String, id: NodeID? = nil) -> [Yams.Node] {
    guard case .sequence(let sequence) = node else {
      report(
        InputRule.wrongType, "'\(key)' must be a list, found \(describe(node))", at: node, id: id)
      return []
    }
    return isFirstVisit(node) ? Array(sequence) : []
  }

  /// A list of texts, each with its location.
  func strings(_ fields: Fields, _ key: String, id: NodeID? = nil) -> [(String, Yams.Node)] {
    sequence(fields, key, id: id).compactMap { item in
      string(item, key: "\(key) item", id: id).map { ($0, item) }
    }
  }

  /// A list of identifiers, each checked to be kebab-case.
  func identifiers(_ fields: Fields, _ key: String, id: NodeID? = nil) -> [(NodeID, Yams.Node)] {
    strings(fields, key, id: id).map { text, node in
      (identifier(text, at: node, key: key, owner: id), node)
    }
  }

  /// An identifier, reported when it is not kebab-case (and kept as written).
  func identifier(_ text: String, at node: Yams.Node, key: String, owner: NodeID?) -> NodeID {
    let candidate = NodeID(text)
    if !candidate.isKebabCase {
      report(
        InputRule.invalidValue,
        "'\(text)' is not a valid id in '\(key)': use lowercase letters, digits and single hyphens",
        at: node, id: owner)
    }
    return candidate
  }

  func missing(_ key: String, in what: String, fields: Fields, id: NodeID?) {
    report(
      InputRule.missingField, "\(what) is missing the required key '\(key)'", at: fields.node,
      id: id)
  }

  func describe(_ node: Yams.Node) -> String {
    switch node {
    case .mapping: "a mapping"
    case .sequence: "a list"
    case .scalar(let scalar): isNull(node) ? "nothing" : "the text '\(scalar.string.prefix(40))'"
    }
  }
}

extension Yams.Node {
  fileprivate var isMapping: Bool {
    if case .mapping = self { true } else { false }
  }
}
