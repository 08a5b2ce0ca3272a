/// One YAML document as the loader reads it: every node in document order, each with the
/// line and column where it starts.
///
/// ``YAMLParser`` builds it from libfyaml's events, one node per event and no recursion.
/// The nodes sit in one array (a collection is followed by its whole subtree and knows where
/// its subtree ends), so a file of any size costs a single allocation for its structure plus
/// the scalars' texts. There are no aliases (the parser refuses them), so every node has one
/// place and reading the tree is linear in the size of the file.
struct YAMLTree: Sendable {
  /// What a node is.
  enum Kind: UInt8, Sendable {
    case scalar
    case mapping
    case sequence
  }

  /// A node of this tree (valid only with the tree that made it).
  struct Node: Hashable, Sendable {
    fileprivate let index: Int32
  }

  private struct Entry {
    let kind: Kind
    /// Whether a scalar is plain (unquoted, not a block scalar): only a plain scalar can be
    /// null.
    let isPlain: Bool
    var line: Int32
    var column: Int32
    /// The index just past the node's subtree.
    var end: Int32
    let text: String
  }

  private var entries: [Entry] = []

  /// The document's top-level node; nil for an empty stream.
  var root: Node? { entries.isEmpty ? nil : Node(index: 0) }

  func kind(of node: Node) -> Kind { entries[Int(node.index)].kind }

  /// A scalar's text ("" for a collection).
  func text(of node: Node) -> String { entries[Int(node.index)].text }

  func isPlain(_ node: Node) -> Bool { entries[Int(node.index)].isPlain }

  /// The 1-based line and column (in Unicode scalars) where the node starts.
  func position(of node: Node) -> (line: Int, column: Int) {
    let entry = entries[Int(node.index)]
    return (Int(entry.line), Int(entry.column))
  }

  /// The items of a sequence, or the keys and values of a mapping in turn.
  func children(of node: Node) -> Children {
    Children(tree: self, upcoming: node.index + 1, end: entries[Int(node.index)].end)
  }

  /// A collection's children, in document order.
  struct Children: Sequence, IteratorProtocol {
    fileprivate let tree: YAMLTree
    fileprivate var upcoming: Int32
    fileprivate let end: Int32

    mutating func next() -> Node? {
      guard upcoming < end else { return nil }
      let node = Node(index: upcoming)
      upcoming = tree.entries[Int(upcoming)].end
      return node
    }
  }

  // MARK: - Building

  /// How many nodes the tree holds.
  var count: Int { entries.count }

  mutating func reserveCapacity(_ capacity: Int) { entries.reserveCapacity(capacity) }

  /// Adds a scalar.
  mutating func appendScalar(_ text: String, isPlain: Bool, line: Int, column: Int) {
    let index = Int32(entries.count)
    entries.append(
      Entry(
        kind: .scalar, isPlain: isPlain, line: Int32(clamping: line),
        column: Int32(clamping: column), end: index + 1, text: text))
  }

  /// Opens a collection; the nodes added until ``close(_:)`` are its children.
  mutating func open(_ kind: Kind, line: Int, column: Int) -> Node {
    let index = Int32(entries.count)
    entries.append(
      Entry(
        kind: kind, isPlain: false, line: Int32(clamping: line), column: Int32(clamping: column),
        end: index + 1, text: ""))
    return Node(index: index)
  }

  /// Moves where a node starts (a collection learns it from its first child).
  mutating func move(_ node: Node, line: Int, column: Int) {
    entries[Int(node.index)].line = Int32(clamping: line)
    entries[Int(node.index)].column = Int32(clamping: column)
  }

  /// Closes a collection opened with ``open(_:line:column:)``.
  mutating func close(_ node: Node) {
    entries[Int(node.index)].end = Int32(entries.count)
  }
}
