import ClaimGraph

/// Reads one parsed YAML document into typed values.
///
/// Every problem is recorded with its location instead of stopping at the first.
/// One reader serves one file, on one thread. The parser has refused aliases already, so
/// every node is read at most once and the work is linear in the size of the file.
final class LocatedYAML {
  typealias Node = YAMLTree.Node

  let file: String
  let tree: YAMLTree
  private(set) var diagnostics: [Diagnostic] = []
  /// The node being read, once its id is known, and how messages name it (`claim 'x'`):
  /// a value of the wrong type inside it is reported as `'year' of source 'x' …`.
  private var owner: (id: NodeID, name: String)?

  init(file: String, tree: YAMLTree) {
    self.file = file
    self.tree = tree
  }

  func location(_ node: Node) -> SourceLocation {
    let position = tree.position(of: node)
    return SourceLocation(file: file, line: position.line, column: position.column)
  }

  func report(_ rule: RuleDescriptor, _ message: String, at node: Node, id: NodeID? = nil) {
    report(rule.diagnostic(message, at: location(node), node: id))
  }

  func report(_ diagnostic: Diagnostic) { diagnostics.append(diagnostic) }

  func isMapping(_ node: Node) -> Bool { tree.kind(of: node) == .mapping }

  /// Notes the node being read from here on (`what` as ``mapping(_:_:allowed:id:)`` takes
  /// it), so that messages about its values name it.
  func reading(_ what: String, id: NodeID) { owner = (id, subject(what, id: id)) }

  /// ` of claim 'x'` for the node an id names (` of 'x'` if it is not the one being read);
  /// empty without an id.
  func of(_ id: NodeID?) -> String {
    guard let id else { return "" }
    if let owner, owner.id == id { return " of \(owner.name)" }
    return " of '\(id)'"
  }

  func isSequence(_ node: Node) -> Bool { tree.kind(of: node) == .sequence }

  // MARK: - Mappings

  /// The pairs of a mapping, checked for duplicate and unknown keys.
  struct Fields {
    let node: Node
    private(set) var values: [(key: String, keyNode: Node, value: Node)] = []

    init(node: Node) { self.node = node }

    mutating func reserveCapacity(_ capacity: Int) { values.reserveCapacity(capacity) }

    mutating func append(_ key: String, _ keyNode: Node, _ value: Node) {
      values.append((key, keyNode, value))
    }

    subscript(key: String) -> Node? {
      values.first { $0.key == key }?.value
    }

    func keyNode(_ key: String) -> Node? { values.first { $0.key == key }?.keyNode }
  }

  /// Reads `node` as a mapping whose keys must be among `allowed`.
  ///
  /// - Parameter what: how messages name the mapping (`a claim`, `a citation`).
  func mapping(_ node: Node, _ what: String, allowed: [String], id: NodeID? = nil) -> Fields? {
    guard isMapping(node) else {
      report(
        InputRule.wrongType, "expected \(what)\(of(id)) (a mapping), found \(describe(node))",
        at: node, id: id)
      return nil
    }
    var fields = Fields(node: node)
    var firstSeen = SeenKeys(pairs: tree.children(of: node).reduce(0) { count, _ in count + 1 } / 2)
    fields.reserveCapacity(allowed.count)
    var unknown = KeyProblems()
    var duplicates = KeyProblems()
    // The unknown keys reported one by one, once the mapping is read (so that they can
    // name the node by its id).
    var unknownListed: [(key: String, node: Node)] = []
    var duplicateListed: [(key: String, node: Node, first: Node)] = []
    var children = tree.children(of: node)
    while let keyNode = children.next(), let value = children.next() {
      guard tree.kind(of: keyNode) == .scalar else {
        report(
          InputRule.wrongType, "expected a text key in \(what), found \(describe(keyNode))",
          at: keyNode, id: id)
        continue
      }
      let key = tree.text(of: keyNode)
      if let first = firstSeen.insert(key, at: keyNode) {
        if duplicates.count(keyNode) { duplicateListed.append((key, keyNode, first)) }
        continue
      }
      guard allowed.contains(key) else {
        if unknown.count(keyNode) { unknownListed.append((key, keyNode)) }
        continue
      }
      fields.append(key, keyNode, value)
    }
    let named =
      id ?? fields["id"].flatMap { tree.kind(of: $0) == .scalar ? NodeID(tree.text(of: $0)) : nil }
    for (key, keyNode, first) in duplicateListed {
      report(
        InputRule.duplicateKey,
        "duplicate key '\(key)' in \(subject(what, id: named)) (first defined at line "
          + "\(location(first).line))", at: keyNode, id: named)
    }
    for (key, keyNode) in unknownListed {
      report(
        InputRule.unknownKey,
        "unknown key '\(key)' in \(subject(what, id: named))"
          + "\(Suggestion.hint(for: key, in: allowed)) (allowed keys: "
          + "\(allowed.joined(separator: ", ")))",
        at: keyNode, id: id)
    }
    if let (more, first) = unknown.unlisted {
      report(
        InputRule.unknownKey,
        "\(more) more unknown keys in \(subject(what, id: named)), from here on, are not listed "
          + "one by one (allowed keys: \(allowed.joined(separator: ", ")))", at: first, id: id)
    }
    if let (more, first) = duplicates.unlisted {
      report(
        InputRule.duplicateKey,
        "\(more) more duplicate keys in \(subject(what, id: named)), from here on, are not "
          + "listed one by one", at: first, id: named)
    }
    return fields
  }

  /// The unknown (or duplicate) keys of one mapping: the first ``listed`` are reported one by
  /// one, the rest in one message, so that a mapping of a million stray keys costs a million
  /// lookups rather than a million messages.
  private struct KeyProblems {
    static let listed = 20
    private var total = 0
    private var firstUnlisted: Node?

    /// Counts a problem key; true when it is still to be reported on its own.
    mutating func count(_ node: Node) -> Bool {
      total += 1
      if total == Self.listed + 1 { firstUnlisted = node }
      return total <= Self.listed
    }

    /// How many were not reported one by one, and the first of them.
    var unlisted: (Int, Node)? { firstUnlisted.map { (total - Self.listed, $0) } }
  }

  /// The keys of one mapping seen so far, each with the node where it is first written.
  ///
  /// A graph file's mappings have a handful of keys, for which a list beats hashing each
  /// one; past ``listLimit`` keys (a mapping full of unknown keys) they move to a
  /// dictionary, so that each key costs the same however many came before it.
  private struct SeenKeys {
    static let listLimit = 16
    private var list: [(key: String, node: Node)] = []
    private var table: [String: Node] = [:]
    /// How many pairs the mapping holds: the table's size, if there is one.
    private let pairs: Int

    init(pairs: Int) {
      self.pairs = pairs
      list.reserveCapacity(min(pairs, Self.listLimit + 1))
    }

    /// Records `key` at `node`; returns where it was first written if it was seen before.
    mutating func insert(_ key: String, at node: Node) -> Node? {
      guard table.isEmpty else {
        if let first = table[key] { return first }
        table[key] = node
        return nil
      }
      if let first = list.first(where: { $0.key == key })?.node { return first }
      list.append((key, node))
      if list.count > Self.listLimit {
        table.reserveCapacity(pairs)
        for (key, node) in list { table[key] = node }
        list = []
      }
      return nil
    }
  }

  // MARK: - Scalars

  /// Whether a node is YAML null (`~`, `null`, or nothing at all).
  func isNull(_ node: Node) -> Bool {
    guard tree.kind(of: node) == .scalar, tree.isPlain(node) else { return false }
    let text = tree.text(of: node)
    guard text.utf8.count <= 4 else { return false }
    return text.isEmpty || text == "~" || text == "null" || text == "Null" || text == "NULL"
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

  func string(_ node: Node, key: String, id: NodeID? = nil) -> String? {
    guard tree.kind(of: node) == .scalar else {
      report(
        InputRule.wrongType, "'\(key)'\(of(id)) must be a text, found \(describe(node))", at: node,
        id: id)
      return nil
    }
    return tree.text(of: node)
  }

  /// A whole-number field.
  func integer(_ fields: Fields, _ key: String, id: NodeID? = nil) -> Int? {
    guard let node = fields[key], !isNull(node), let text = string(node, key: key, id: id) else {
      return nil
    }
    guard let value = Int(text) else {
      report(
        InputRule.wrongType, "'\(key)'\(of(id)) must be a whole number, found '\(text)'",
        at: node, id: id)
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
      InputRule.wrongType, "'\(key)'\(of(id)) must be true or false, found '\(text)'", at: node,
      id: id)
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
      "'\(key)'\(of(id)) must be one of \(allowed.joined(separator: ", ")), found '\(text)'"
        + Suggestion.hint(for: text, in: allowed), at: node, id: id)
    return nil
  }

  // MARK: - Sequences

  /// The items of a list field (an absent or null field is an empty list).
  func sequence(_ fields: Fields, _ key: String, id: NodeID? = nil) -> [Node] {
    guard let node = fields[key], !isNull(node) else { return [] }
    return sequence(node, key: key, id: id)
  }

  func sequence(_ node: Node, key: String, id: NodeID? = nil) -> [Node] {
    guard isSequence(node) else {
      report(
        InputRule.wrongType, "'\(key)'\(of(id)) must be a list, found \(describe(node))", at: node,
        id: id)
      return []
    }
    return Array(tree.children(of: node))
  }

  /// A list of texts, each with its location.
  func strings(_ fields: Fields, _ key: String, id: NodeID? = nil) -> [(String, Node)] {
    sequence(fields, key, id: id).compactMap { item in
      string(item, key: "\(key) item", id: id).map { ($0, item) }
    }
  }

  /// A list of identifiers, each checked to be kebab-case.
  func identifiers(_ fields: Fields, _ key: String, id: NodeID? = nil) -> [(NodeID, Node)] {
    strings(fields, key, id: id).map { text, node in
      (identifier(text, at: node, key: key, owner: id), node)
    }
  }

  /// An identifier, reported when it is not kebab-case (and kept as written).
  func identifier(_ text: String, at node: Node, key: String, owner: NodeID?) -> NodeID {
    let candidate = NodeID(text)
    if !candidate.isKebabCase {
      report(
        InputRule.invalidValue,
        "'\(text)' is not a valid id in '\(key)'\(of(owner)): use lowercase letters, digits and "
          + "single hyphens",
        at: node, id: owner)
    }
    return candidate
  }

  /// Reports a required key that is missing, naming the node when its id is known: `claim
  /// 'x' is missing…` for the node itself, `a citation of 'x' is missing…` for a part of it.
  func missing(_ key: String, in what: String, fields: Fields, id: NodeID?) {
    report(
      InputRule.missingField, "\(subject(what, id: id)) is missing the required key '\(key)'",
      at: fields.node, id: id)
  }

  /// How messages name a mapping, by its node's id when known: `claim 'x'` for a node
  /// itself, `a citation of 'x'` for a part of it, else as `what` says (`a claim`).
  func subject(_ what: String, id: NodeID?) -> String {
    guard let id else { return what }
    let words = what.split(separator: " ")
    let named =
      words.count == 2
      && (NodeKind(rawValue: String(words[1])) != nil || ["section", "article"].contains(words[1]))
    return named ? "\(words[1]) '\(id)'" : "\(what) of '\(id)'"
  }

  func describe(_ node: Node) -> String {
    switch tree.kind(of: node) {
    case .mapping: "a mapping"
    case .sequence: "a list"
    case .scalar: isNull(node) ? "nothing" : "the text '\(tree.text(of: node).prefix(40))'"
    }
  }
}
