internal import CLibFYAML
import ClaimGraph

/// Parses one YAML file into a ``YAMLTree`` straight from libfyaml's events.
///
/// libfyaml is a YAML 1.2 parser (it agrees with the official YAML test suite on every
/// input, where libyaml, YAML 1.1, refuses some valid documents); its event parser keeps
/// its state on the heap, and the tree is built with an explicit stack, so nothing
/// recurses however deep the input nests. What ClaimGraph refuses is refused as the events
/// arrive, before the document is read:
/// - collections nested deeper than the limit (the parser stops there), and more flow
///   indicators than ``maxIndicatorsAhead`` read ahead of the last event (the parser is fed
///   through a stream that stops there, before its read-ahead can grow; a text holding fewer
///   indicators than that in all cannot get there, and is parsed from memory);
/// - an alias (`*name`): a few lines of them can stand for billions of values ("billion
///   laughs"), and ClaimGraph YAML never needs them (anchors alone are harmless);
/// - a second document in the file.
/// A file that is not YAML at all is reported as a syntax error rather than for an alias
/// or a second document: the parser reads on (without building anything) to make sure.
///
/// Every node keeps where it starts, the way ClaimGraph has always reported it (libyaml's
/// convention): a node with an anchor or a tag starts there, a quoted scalar at its opening
/// quote, a block scalar at its `|` or `>`, an empty value just after its `:` or `-` (in
/// flow style, at the token after it), a one-pair mapping in a flow list at its key.
enum YAMLParser {
  /// The most flow indicators (`[ ] { } , : ? & ! *`) libfyaml may read beyond the last
  /// event taken: its scanner reads a flow collection that could be a mapping key to its end
  /// before it hands over the collection's first event, at about 400 bytes of memory for each
  /// bracket or item, so this bounds its memory (to some 30 MB) whatever the nesting limit.
  static let maxIndicatorsAhead = 1 << 16

  /// The document in `text` (nil for a stream with no document), or the first problem that
  /// stops reading, located.
  ///
  /// - Parameter alwaysGuarded: feeds the parser through the guarded stream even when the
  ///   text could not trip its guard (for tests that compare the two ways of reading).
  static func parse(
    _ text: String, file: String, maxDepth: Int, alwaysGuarded: Bool = false
  ) -> Result<YAMLTree?, Diagnostic> {
    var text = text
    return text.withUTF8 { bytes in
      var run = Run(bytes: bytes, file: file, maxDepth: maxDepth, alwaysGuarded: alwaysGuarded)
      return run.parse()
    }
  }

  /// A position in the text: 1-based line and column (in Unicode scalars) and byte offset.
  fileprivate struct Position {
    var line: Int
    var column: Int
    var offset: Int

    static let start = Position(line: 1, column: 1, offset: 0)

    /// A libfyaml position (0-based), or nil when the event has none.
    init?(_ position: cg_fy_position) {
      guard position.line >= 0 else { return nil }
      self.init(line: position.line + 1, column: position.column + 1, offset: Int(position.offset))
    }

    init(line: Int, column: Int, offset: Int) {
      self.line = line
      self.column = column
      self.offset = offset
    }
  }

  /// A collection that is open while its children arrive.
  private struct Collection {
    let node: YAMLTree.Node
    let isMapping: Bool
    /// Whether it is written in flow style (`[…]`, `{…}`, or inside one).
    let isFlow: Bool
    /// Whether it starts where its first key does: a one-pair mapping inside a flow list
    /// (`[a: b]`), which has no `{` or `?` of its own, nor an anchor or a tag.
    var startsAtFirstChild: Bool
    var children = 0
  }

  /// One parse: the parser's events turned into a tree.
  private struct Run {
    let bytes: UnsafeBufferPointer<UInt8>
    let file: String
    let maxDepth: Int
    let alwaysGuarded: Bool
    var tree = YAMLTree()
    /// The collections open around the next node, innermost last.
    var open: [Collection] = []
    var documents = 0
    /// Where the last event ended: empty values and block scalars are found from there.
    var lastEnd = Position.start

    init(bytes: UnsafeBufferPointer<UInt8>, file: String, maxDepth: Int, alwaysGuarded: Bool) {
      self.bytes = bytes
      self.file = file
      self.maxDepth = maxDepth
      self.alwaysGuarded = alwaysGuarded
      // A node takes about eight bytes of YAML in a graph file.
      tree.reserveCapacity(bytes.count / 8)
    }

    mutating func parse() -> Result<YAMLTree?, Diagnostic> {
      if bytes.isEmpty { return .success(nil) }
      guard let base = bytes.baseAddress else { return .success(nil) }
      let input = UnsafeRawPointer(base).assumingMemoryBound(to: CChar.self)
      // The guard can only trip in a text with more flow indicators than it lets the parser
      // read ahead; any other text is parsed from memory, with the same outcome, sparing the
      // stream's copying and counting and the locator (offsets come with the marks there).
      let guarded =
        alwaysGuarded
        || cg_fy_count_flow_indicators(base, bytes.count, YAMLParser.maxIndicatorsAhead)
          > YAMLParser.maxIndicatorsAhead
      var stream: UnsafeMutablePointer<cg_fy_stream>?
      var locator: UnsafeMutablePointer<cg_fy_locator>?
      if guarded {
        stream = .allocate(capacity: 1)
        stream?.initialize(to: cg_fy_stream_make(-1, base, bytes.count))
        stream?.pointee.max_ahead = YAMLParser.maxIndicatorsAhead
        locator = .allocate(capacity: 1)
        locator?.initialize(
          to: cg_fy_locator(bytes: base, length: bytes.count, line: 0, column: 0, offset: 0))
      }
      defer {
        stream?.deallocate()
        locator?.deallocate()
      }
      let created =
        if let stream { cg_fy_stream_parser_create(stream, false) } else {
          cg_fy_parser_create(input, bytes.count)
        }
      guard let parser = created else {
        return .failure(
          InputRule.syntax.diagnostic(
            "the YAML parser could not start (out of memory?)", at: location(.start)))
      }
      defer { cg_fy_parser_destroy(parser) }
      var info = cg_fy_event()
      // What a file that is YAML is refused for; the rest is parsed (not read) all the same,
      // so that a file that is not YAML at all is reported as such.
      var refusal: Diagnostic?
      // Tested per event instead of the optional (which comparing with nil would copy).
      var refused = false
      while let event = cg_fy_next_located(parser, input, bytes.count, locator, &info) {
        defer { fy_parser_event_free(parser, event) }
        if let stream, info.end.line >= 0 {
          stream.pointee.taken = max(stream.pointee.taken, info.end.offset)
        }
        guard !refused else { continue }
        switch take(info) {
        case nil: break
        case .now(let problem): return .failure(problem)
        case .unlessNotYAML(let problem):
          refusal = problem
          refused = true
        }
      }
      if let stream, stream.pointee.too_far_ahead {
        return .failure(
          InputRule.limitExceeded.diagnostic(
            "more than \(YAMLParser.maxIndicatorsAhead) brackets, commas and colons follow "
              + "here before the YAML parser can hand over any of them (it reads a flow "
              + "collection that could be a key, such as `[[…` or `{a: {…`, to its end "
              + "first, at some 400 bytes of memory each); nest less, or write it in block "
              + "style", at: location(lastEnd)))
      }
      if fy_parser_get_stream_error(parser) { return .failure(syntaxError(parser)) }
      if let refusal { return .failure(refusal) }
      return .success(tree.root == nil ? nil : tree)
    }

    /// A problem that stops reading.
    private enum Stop {
      /// Reported at once: collections nested too deep (a hostile file is not parsed on).
      case now(Diagnostic)
      /// Reported unless the rest of the file turns out not to be YAML.
      case unlessNotYAML(Diagnostic)
    }

    /// Adds one event to the tree; returns the problem that stops reading, if any.
    private mutating func take(_ info: cg_fy_event) -> Stop? {
      let start = Position(info.start)
      defer {
        if let end = Position(info.end) {
          // A quoted scalar's token ends before its closing quote.
          let isQuoted = info.type == FYET_SCALAR && Self.isQuoted(info.style)
          lastEnd =
            isQuoted
            ? Position(line: end.line, column: end.column + 1, offset: end.offset + 1) : end
        }
      }
      switch info.type {
      case FYET_DOCUMENT_START:
        documents += 1
        if documents > 1 {
          return .unlessNotYAML(
            InputRule.syntax.diagnostic(
              "a second YAML document starts here; a ClaimGraph file holds one document (split "
                + "it into two files)", at: location(start ?? lastEnd)))
        }
      case FYET_MAPPING_START, FYET_SEQUENCE_START:
        if open.count + 1 > maxDepth {
          return .now(
            InputRule.limitExceeded.diagnostic(
              "collections are nested more than \(maxDepth) deep", at: location(start ?? lastEnd)))
        }
        let isMapping = info.type == FYET_MAPPING_START
        let property = Position(info.property)
        // libfyaml puts a flow mapping at its `{` or `?`, or else at the `:` of its one pair.
        let opener = start.flatMap { $0.offset < bytes.count ? bytes[$0.offset] : nil }
        let hasOpener = opener == UInt8(ascii: "{") || opener == UInt8(ascii: "?")
        let at = property ?? start ?? lastEnd
        let node = tree.open(isMapping ? .mapping : .sequence, line: at.line, column: at.column)
        adopt(at)
        open.append(
          Collection(
            node: node, isMapping: isMapping, isFlow: info.flow || (open.last?.isFlow ?? false),
            startsAtFirstChild: isMapping && info.flow && property == nil && !hasOpener))
      case FYET_MAPPING_END, FYET_SEQUENCE_END:
        if let collection = open.popLast() { tree.close(collection.node) }
      case FYET_SCALAR:
        let at = scalarStart(info, start: start)
        var value = text(info)
        if info.style == FYSS_LITERAL || info.style == FYSS_FOLDED,
          let start, let end = Position(info.end)
        {
          let content = start.offset..<end.offset
          let ending = keepsTheWords(info, of: content) ? ending(info, at, content) : .wrong
          guard ending != .wrong else {
            return .unlessNotYAML(
              InputRule.syntax.diagnostic(
                "the YAML parser misreads this block text (a fault of libfyaml 0.7 with some "
                  + "indentations); write the `|` or `>` at the end of the key's line and "
                  + "indent the text below it, or quote the text", at: location(at)))
          }
          if ending == .missingLineBreak { value += "\n" }
        }
        tree.appendScalar(
          value, isPlain: info.style == FYSS_PLAIN, line: at.line, column: at.column)
        adopt(at)
        // An empty node ends after its anchor and tag, if any.
        if start == nil { lastEnd = info.property.line >= 0 ? pastProperties(at) : at }
      case FYET_ALIAS:
        return .unlessNotYAML(
          InputRule.limitExceeded.diagnostic(
            "'*\(text(info))' is an alias; anchors and aliases are not supported (they can "
              + "expand a small file into a huge one)", at: location(start ?? lastEnd)))
      default:
        break
      }
      return nil
    }

    /// Counts a new node as a child of the innermost open collection, which starts where its
    /// first child does when it has no position of its own.
    private mutating func adopt(_ position: Position) {
      guard !open.isEmpty else { return }
      if open[open.count - 1].children == 0, open[open.count - 1].startsAtFirstChild {
        tree.move(open[open.count - 1].node, line: position.line, column: position.column)
      }
      open[open.count - 1].children += 1
    }

    /// Whether a block scalar's text holds exactly the words of its lines in the file.
    ///
    /// Reading a block scalar only removes indentation and turns line breaks into spaces or
    /// back, so everything else must come through unchanged. libfyaml 0.7.12 gets some
    /// folded scalars wrong (a `>` on a line of its own, its text no deeper than that line),
    /// handing back a text cut short and padded with whatever the buffer held; this check
    /// turns that into an error instead of a corrupt, nondeterministic value.
    private func keepsTheWords(_ info: cg_fy_event, of range: Range<Int>) -> Bool {
      guard range.lowerBound <= range.upperBound, range.upperBound <= bytes.count else {
        return false
      }
      let source = bytes[range].lazy.filter { !Self.isBlank($0) }
      guard let pointer = info.text else { return source.isEmpty }
      return pointer.withMemoryRebound(to: UInt8.self, capacity: info.length) {
        UnsafeBufferPointer(start: $0, count: info.length).lazy.filter { !Self.isBlank($0) }
          .elementsEqual(source)
      }
    }

    /// How a block scalar's text ends, against its chomping indicator.
    private enum Ending {
      /// As the indicator says: no line break (`-`), or (`+` and none) one when a line break
      /// follows its last word in the file (only `+` may keep more than one).
      case right
      /// Without the line break it keeps: libfyaml 0.7.12 drops it when the text's last line
      /// is deeper than its first (`|\n  a\n    b\n` reads `a\n  b`); the reader adds it.
      case missingLineBreak
      /// Otherwise: the text is refused.
      case wrong
    }

    /// How a block scalar's text ends (the words being right, ``keepsTheWords(_:of:)``).
    ///
    /// libfyaml 0.7.12 drops the last character of a block scalar whose last line is deeper
    /// than its first: the final line break, or with `-` the last word's last letter.
    private func ending(_ info: cg_fy_event, _ indicator: Position, _ content: Range<Int>)
      -> Ending
    {
      let header = indicator.offset
      guard header < bytes.count,
        bytes[header] == UInt8(ascii: "|") || bytes[header] == UInt8(ascii: ">"),
        content.lowerBound <= content.upperBound, content.upperBound <= bytes.count,
        let lastWord = bytes[content].lastIndex(where: { !Self.isBlank($0) }),
        let pointer = info.text, info.length > 0
      else { return .right }
      let chomping = bytes[(header + 1)..<min(header + 3, bytes.count)]
      var after = lastWord + 1
      while after < bytes.count, bytes[after] == UInt8(ascii: " ") || bytes[after] == 0x09 {
        after += 1
      }
      let breakFollows =
        after < bytes.count
        && (bytes[after] == UInt8(ascii: "\n") || bytes[after] == UInt8(ascii: "\r"))
      return pointer.withMemoryRebound(to: UInt8.self, capacity: info.length) { text in
        let endsWithBreak = text[info.length - 1] == UInt8(ascii: "\n")
        if chomping.contains(UInt8(ascii: "-")) { return endsWithBreak ? .wrong : .right }
        // Without a line break after its last word (at the end of the file), either is read.
        if breakFollows, !endsWithBreak { return .missingLineBreak }
        let twoBreaks = info.length >= 2 && text[info.length - 2] == UInt8(ascii: "\n")
        let isKeep = chomping.contains(UInt8(ascii: "+"))
        return !isKeep && endsWithBreak && twoBreaks ? .wrong : .right
      }
    }

    private static func isQuoted(_ style: fy_scalar_style) -> Bool {
      style == FYSS_SINGLE_QUOTED || style == FYSS_DOUBLE_QUOTED
    }

    private func text(_ info: cg_fy_event) -> String {
      guard let pointer = info.text, info.length > 0 else { return "" }
      return pointer.withMemoryRebound(to: UInt8.self, capacity: info.length) {
        String(decoding: UnsafeBufferPointer(start: $0, count: info.length), as: UTF8.self)
      }
    }

    /// Where a scalar starts: at its anchor or tag; at the opening quote (libfyaml's token
    /// starts after it); at a block scalar's indicator (libfyaml's starts at its content);
    /// for an empty value, just after the indicator that introduces it.
    private func scalarStart(_ info: cg_fy_event, start: Position?) -> Position {
      if let property = Position(info.property) { return property }
      guard let start else { return scan(from: lastEnd, to: emptyNode) }
      switch info.style {
      case FYSS_SINGLE_QUOTED, FYSS_DOUBLE_QUOTED:
        return Position(line: start.line, column: start.column - 1, offset: start.offset - 1)
      case FYSS_LITERAL, FYSS_FOLDED:
        let indicator = scan(from: lastEnd, to: .blockIndicator)
        return indicator.offset < start.offset ? indicator : start
      default:
        return start
      }
    }

    /// How to find the next node when it is empty.
    private var emptyNode: Target {
      guard let parent = open.last else { return .emptyNode(introducer: nil, skipping: []) }
      let isKey = parent.isMapping && parent.children % 2 == 0
      if !parent.isFlow {
        // In block style the node is just past the indicator that introduces it.
        let introducer: Unicode.Scalar = parent.isMapping ? (isKey ? "?" : ":") : "-"
        return .emptyNode(introducer: UInt8(ascii: introducer), skipping: [])
      }
      // In flow style it is at the token after its separator.
      let separators: [UInt8] =
        isKey ? [UInt8(ascii: ","), UInt8(ascii: "?")] : [UInt8(ascii: ":")]
      return .emptyNode(
        introducer: nil, skipping: parent.isMapping ? separators : [UInt8(ascii: ",")])
    }

    private enum Target {
      /// An empty node: just past its block indicator if that comes first, else at the next
      /// token after the flow separators given.
      case emptyNode(introducer: UInt8?, skipping: [UInt8])
      /// A block scalar's `|` or `>`, after any indicators.
      case blockIndicator
    }

    /// Scans from `position` over blanks, line breaks and comments to the target.
    private func scan(from position: Position, to target: Target) -> Position {
      var here = position
      while here.offset < bytes.count {
        let byte = bytes[here.offset]
        switch byte {
        case UInt8(ascii: " "), UInt8(ascii: "\t"):
          step(&here)
        case UInt8(ascii: "\n"), UInt8(ascii: "\r"):
          if byte == UInt8(ascii: "\r"), here.offset + 1 < bytes.count,
            bytes[here.offset + 1] == UInt8(ascii: "\n")
          {
            here.offset += 1
          }
          here = Position(line: here.line + 1, column: 1, offset: here.offset + 1)
        case UInt8(ascii: "#"):
          while here.offset < bytes.count, bytes[here.offset] != UInt8(ascii: "\n"),
            bytes[here.offset] != UInt8(ascii: "\r")
          {
            step(&here)
          }
        default:
          let isIndicator =
            (byte == UInt8(ascii: ":") || byte == UInt8(ascii: "-") || byte == UInt8(ascii: "?"))
            && (here.offset + 1 >= bytes.count || Self.isBlank(bytes[here.offset + 1]))
          switch target {
          case .emptyNode(let introducer?, _) where byte == introducer && isIndicator:
            step(&here)
            return here
          case .emptyNode(nil, let separators) where separators.contains(byte):
            step(&here)
          case .blockIndicator where isIndicator:
            step(&here)
          default:
            return here
          }
        }
      }
      return here
    }

    /// Just past the anchor and tag that start at `position`, and the blanks after them.
    private func pastProperties(_ position: Position) -> Position {
      var here = position
      while here.offset < bytes.count {
        let byte = bytes[here.offset]
        if byte == UInt8(ascii: " ") || byte == UInt8(ascii: "\t") {
          step(&here)
        } else if byte == UInt8(ascii: "&") || byte == UInt8(ascii: "!") {
          while here.offset < bytes.count, !Self.isBlank(bytes[here.offset]) { step(&here) }
        } else {
          break
        }
      }
      return here
    }

    private static func isBlank(_ byte: UInt8) -> Bool {
      byte == UInt8(ascii: " ") || byte == UInt8(ascii: "\t") || byte == UInt8(ascii: "\n")
        || byte == UInt8(ascii: "\r")
    }

    /// Moves past one byte of a line, counting columns in Unicode scalars.
    private func step(_ position: inout Position) {
      position.offset += 1
      if position.offset >= bytes.count || bytes[position.offset] & 0xC0 != 0x80 {
        position.column += 1
      }
    }

    private func location(_ position: Position) -> SourceLocation {
      SourceLocation(file: file, line: position.line, column: position.column)
    }

    private func syntaxError(_ parser: OpaquePointer) -> Diagnostic {
      LibFYAMLError.diagnostic(
        of: parser, language: "YAML", file: file, fallback: location(lastEnd),
        hint: Self.authoringHint(for:))
    }

    /// What an author most likely did, for the parser's messages about indentation and
    /// plain values, in the terms of the graph's files.
    static func authoringHint(for message: String) -> String? {
      let hints: [(String, String)] = [
        (
          "invalid multiline plain key",
          "a line is indented deeper than the keys above it, so it reads as the rest of the "
            + "value before it; give every key of a claim, source or entity the same "
            + "indentation"
        ),
        (
          "did not find expected '-' indicator",
          "a line is indented less than the keys above it but more than the list's '- '; "
            + "line it up with the keys of its item, or start a new item with '- '"
        ),
        (
          "did not find expected key",
          "a line's indentation matches no key above it; line it up with the keys of its "
            + "mapping"
        ),
        (
          "end of block sequence",
          "a key is indented less than the keys of its list item, so it ends the list; "
            + "indent it like the keys above it"
        ),
        (
          "mapping values are not allowed",
          "a value holds ': ', which starts a key; put the value in quotes (\"…\") or fix "
            + "the indentation of the line"
        ),
        ("tab", "indent with spaces: YAML does not allow tabs for indentation"),
      ]
      return hints.first { message.contains($0.0) }?.1
    }
  }
}
