/// Finds where YAML collections nest deeper than a limit, before the YAML parser (which
/// recurses once per level, and overflows the stack of a worker thread after a few
/// thousand levels) ever sees the text.
///
/// Both kinds of nesting count, added up:
/// - flow collections, `[` and `{`;
/// - block collections: every line indented deeper than the one that holds it, every
///   compact entry on one line (`- - - x`, `- key: value`), and a list that a key holds at
///   its own indentation (`key:` then `- item`).
///
/// The scan follows just enough of YAML to see structure where the parser will see it:
/// quoted scalars (with their escapes), comments, the content of block scalars (`|`, `>`)
/// and brackets inside plain text (`see [1]`) are not structure. When in doubt it counts a
/// level rather than miss one: the scan must never let through what would overflow the
/// stack, while ordinary files stay far below the limit. It is linear and allocation-free
/// apart from the stack of indentations.
struct NestingScan {
  /// What the scan stops at, with its 1-based line and column.
  struct Finding: Equatable {
    enum Kind: Equatable {
      /// A collection nested deeper than the limit.
      case tooDeep
      /// An alias (`*name`), with its name.
      case alias(String)
    }
    let kind: Kind
    let line: Int
    let column: Int
  }

  /// The first collection beyond `limit`, or the first alias, if any.
  ///
  /// Aliases are refused here, before composing: a few lines of them can stand for
  /// billions of values ("billion laughs"), and ClaimGraph YAML never needs them.
  static func firstProblem(in text: String, limit: Int) -> Finding? {
    var text = text
    return text.withUTF8 { bytes in
      var scan = NestingScan(bytes: bytes, limit: limit)
      return scan.run()
    }
  }

  /// A block collection that is open: the column of its entries (0-based, in bytes of
  /// indentation), and whether it is a list a key holds at the key's own indentation.
  private struct Block {
    let indent: Int
    let isIndentlessList: Bool
  }

  private let bytes: UnsafeBufferPointer<UInt8>
  private let limit: Int
  private var index = 0
  private var line = 1
  /// The column of `bytes[index]`, counting Unicode scalars from 1.
  private var column = 1
  private var blocks: [Block] = []
  private var flowDepth = 0
  /// Whether the next token starts a node (where a quote, a bracket or an indicator means
  /// structure) rather than continuing a plain scalar.
  private var atNodeStart = true
  /// Whether the last token was a quoted scalar or a closed flow collection, after which
  /// a `:` in a flow collection is a value indicator even with no space after it.
  private var afterJSONLikeNode = false
  /// The last byte of content on the current line, outside quotes and comments.
  private var lastContent: UInt8 = 0
  /// Whether the previous line with content ended with `:`, so that a `-` at the same
  /// indentation starts a list inside that key.
  private var previousLineOpened = false
  /// While inside a block scalar: the indentation its content must exceed.
  private var blockScalarParent: Int?

  private init(bytes: UnsafeBufferPointer<UInt8>, limit: Int) {
    self.bytes = bytes
    self.limit = limit
  }

  private static let newline = UInt8(ascii: "\n")
  private static let space = UInt8(ascii: " ")

  private func byte(at offset: Int) -> UInt8? { offset < bytes.count ? bytes[offset] : nil }

  private static func isBlank(_ byte: UInt8?) -> Bool {
    switch byte {
    case nil, UInt8(ascii: " "), UInt8(ascii: "\t"), UInt8(ascii: "\r"), UInt8(ascii: "\n"):
      true
    default: false
    }
  }

  private static func isFlowIndicator(_ byte: UInt8?) -> Bool {
    switch byte {
    case UInt8(ascii: ","), UInt8(ascii: "["), UInt8(ascii: "]"), UInt8(ascii: "{"),
      UInt8(ascii: "}"):
      true
    default: false
    }
  }

  private var depth: Int { blocks.count + flowDepth }

  /// Moves past one byte, keeping the line and column.
  private mutating func advance() {
    let current = bytes[index]
    index += 1
    if current == Self.newline {
      line += 1
      column = 1
    } else if index >= bytes.count || bytes[index] & 0xC0 != 0x80 {
      column += 1  // count scalars, not continuation bytes
    }
  }

  private mutating func run() -> Finding? {
    while index < bytes.count {
      if let excess = scanLine() { return excess }
    }
    return nil
  }

  /// Scans one line, from its first byte to just past its newline.
  private mutating func scanLine() -> Finding? {
    var indent = 0
    while byte(at: index + indent) == Self.space { indent += 1 }
    let first = byte(at: index + indent)
    let isEmpty =
      first == nil || first == Self.newline || first == UInt8(ascii: "\r")
      || first == UInt8(ascii: "#")
    if let parent = blockScalarParent {
      if isEmpty || indent > parent {
        skipRestOfLine()
        return nil
      }
      blockScalarParent = nil
    }
    if isEmpty {
      skipRestOfLine()
      return nil
    }
    for _ in 0..<indent { advance() }
    lastContent = 0
    if flowDepth == 0, let excess = enterLine(indent: indent, first: first) { return excess }
    while index < bytes.count, bytes[index] != Self.newline {
      if let excess = scanToken() { return excess }
    }
    if index < bytes.count { advance() }
    if flowDepth == 0 { previousLineOpened = lastContent == UInt8(ascii: ":") }
    return nil
  }

  /// Updates the open block collections for a line that starts at `indent`.
  private mutating func enterLine(indent: Int, first: UInt8?) -> Finding? {
    atNodeStart = true
    afterJSONLikeNode = false
    if isDocumentMarker() {
      blocks.removeAll()
      for _ in 0..<3 { advance() }
      return nil
    }
    let startsEntry = first == UInt8(ascii: "-") && Self.isBlank(byte(at: index + 1))
    while let top = blocks.last, top.indent > indent { blocks.removeLast() }
    // A line that opens a flow collection is a value, not a new block collection; the
    // flow collection counts its own level.
    if first == UInt8(ascii: "[") || first == UInt8(ascii: "{") { return nil }
    if let top = blocks.last, top.indent == indent {
      if top.isIndentlessList, !startsEntry {
        blocks.removeLast()
      } else if !top.isIndentlessList, startsEntry, previousLineOpened {
        return push(Block(indent: indent, isIndentlessList: true))
      }
      return nil
    }
    return push(Block(indent: indent, isIndentlessList: false))
  }

  private mutating func push(_ block: Block) -> Finding? {
    blocks.append(block)
    return depth > limit ? Finding(kind: .tooDeep, line: line, column: column) : nil
  }

  /// Whether the line starts with `---` or `...` followed by a blank.
  private func isDocumentMarker() -> Bool {
    guard column == 1, let first = byte(at: index),
      first == UInt8(ascii: "-") || first == UInt8(ascii: ".")
    else { return false }
    return byte(at: index + 1) == first && byte(at: index + 2) == first
      && Self.isBlank(byte(at: index + 3))
  }

  private mutating func skipRestOfLine() {
    while index < bytes.count, bytes[index] != Self.newline { advance() }
    if index < bytes.count { advance() }
  }

  /// Scans one token (or one blank) of the current line.
  private mutating func scanToken() -> Finding? {
    let current = bytes[index]
    let next = byte(at: index + 1)
    if Self.isBlank(current) {
      advance()
      return nil
    }
    if current == UInt8(ascii: "#"), index == 0 || Self.isBlank(bytes[index - 1]) {
      while index < bytes.count, bytes[index] != Self.newline { advance() }
      return nil
    }
    let wasNodeStart = atNodeStart
    let wasAfterJSONLikeNode = afterJSONLikeNode
    afterJSONLikeNode = false
    lastContent = current
    switch current {
    case _ where wasNodeStart && (current == UInt8(ascii: "\"") || current == UInt8(ascii: "'")):
      skipQuoted()
      atNodeStart = false
      afterJSONLikeNode = true
      lastContent = current
    case _
    where (current == UInt8(ascii: "[") || current == UInt8(ascii: "{"))
      && (wasNodeStart || flowDepth > 0):
      let at = Finding(kind: .tooDeep, line: line, column: column)
      advance()
      flowDepth += 1
      atNodeStart = true
      if depth > limit { return at }
    case _ where flowDepth > 0 && (current == UInt8(ascii: "]") || current == UInt8(ascii: "}")):
      advance()
      flowDepth -= 1
      atNodeStart = false
      afterJSONLikeNode = true
    case UInt8(ascii: ",") where flowDepth > 0:
      advance()
      atNodeStart = true
    case UInt8(ascii: ":")
    where Self.isBlank(next)
      || (flowDepth > 0 && (Self.isFlowIndicator(next) || wasAfterJSONLikeNode)):
      advance()
      atNodeStart = true
      if flowDepth == 0, wasNodeStart, let excess = compactEntry() { return excess }
    case _
    where wasNodeStart && Self.isBlank(next)
      && (current == UInt8(ascii: "-") || current == UInt8(ascii: "?")):
      advance()
      if flowDepth == 0, let excess = compactEntry() { return excess }
    case _
    where wasNodeStart && flowDepth == 0
      && (current == UInt8(ascii: "|") || current == UInt8(ascii: ">")):
      // A block scalar: its content is the following lines indented deeper than this one.
      var indent = 0
      var start = index
      while start > 0, bytes[start - 1] != Self.newline { start -= 1 }
      while bytes[start + indent] == Self.space { indent += 1 }
      blockScalarParent = indent
      while index < bytes.count, bytes[index] != Self.newline { advance() }
    case _
    where wasNodeStart
      && (current == UInt8(ascii: "!") || current == UInt8(ascii: "&")
        || current == UInt8(ascii: "*")):
      // A tag, an anchor or an alias: the node (if any) starts after it.
      let start = (line: line, column: column, index: index)
      while index < bytes.count, !Self.isBlank(bytes[index]),
        flowDepth == 0 || !Self.isFlowIndicator(bytes[index])
      {
        advance()
      }
      if current == UInt8(ascii: "*") {
        let name = String(decoding: bytes[(start.index + 1)..<index], as: UTF8.self)
        return Finding(kind: .alias(name), line: start.line, column: start.column)
      }
    default:
      // Plain text: it runs to the next blank, or flow indicator inside a flow collection.
      atNodeStart = false
      advance()
      while index < bytes.count, !Self.isBlank(bytes[index]) {
        let text = bytes[index]
        if flowDepth > 0, Self.isFlowIndicator(text) || text == UInt8(ascii: ":") { break }
        if text == UInt8(ascii: ":"), Self.isBlank(byte(at: index + 1)) { break }
        lastContent = text
        advance()
      }
    }
    return nil
  }

  /// After a `- `, `? ` or `: ` that starts a node on a block line: the node that follows
  /// on the same line is one level deeper.
  private mutating func compactEntry() -> Finding? {
    atNodeStart = true
    var offset = index
    while byte(at: offset) == Self.space || byte(at: offset) == UInt8(ascii: "\t") {
      offset += 1
    }
    let first = byte(at: offset)
    guard first != nil, first != Self.newline, first != UInt8(ascii: "\r"),
      first != UInt8(ascii: "#"), first != UInt8(ascii: "["), first != UInt8(ascii: "{")
    else { return nil }
    while index < offset { advance() }
    var lineStart = index
    while lineStart > 0, bytes[lineStart - 1] != Self.newline { lineStart -= 1 }
    return push(Block(indent: index - lineStart, isIndentlessList: false))
  }

  /// Skips a quoted scalar, which may span lines, with `\` escapes in double quotes and
  /// `''` in single quotes.
  private mutating func skipQuoted() {
    let quote = bytes[index]
    advance()
    while index < bytes.count {
      let current = bytes[index]
      if quote == UInt8(ascii: "\""), current == UInt8(ascii: "\\") {
        advance()
        if index < bytes.count { advance() }
        continue
      }
      advance()
      if current == quote {
        if quote == UInt8(ascii: "'"), byte(at: index) == quote {
          advance()
          continue
        }
        return
      }
    }
  }
}
