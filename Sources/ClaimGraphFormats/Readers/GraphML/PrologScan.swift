/// Finds a DOCTYPE that declares entities, a chunk at a time, before libxml2 reads the chunk.
///
/// It looks for `<!DOCTYPE` in the prolog (comments and processing instructions skipped),
/// then `<!ENTITY` anywhere after it. Once the root element starts with no DOCTYPE before
/// it, nothing more is scanned.
struct PrologScan {
  private enum State {
    case prolog
    case comment
    case instruction
    case afterDoctype
    case done
  }

  private static let doctype = Array("<!DOCTYPE".utf8)
  private static let comment = Array("<!--".utf8)
  private static let entity = Array("<!ENTITY".utf8)

  private var state = State.prolog
  /// The markup read so far of a tag that starts with `<` in the prolog, and where it starts.
  private var markup: [UInt8] = []
  private var markupStart = (line: 1, column: 1)
  /// Where the next byte is: 1-based line and column (in Unicode scalars).
  private var line = 1
  private var column = 1
  /// The last two bytes, to find where a comment or processing instruction ends.
  private var previous: (UInt8, UInt8) = (0, 0)
  /// How many bytes of `<!ENTITY` the bytes so far end with.
  private var entityMatched = 0
  private var doctypeStart: (line: Int, column: Int)?

  /// Scans the next chunk; returns where the DOCTYPE starts once it is seen to declare an
  /// entity (and from then on).
  mutating func scan(_ chunk: UnsafeBufferPointer<UInt8>) -> (line: Int, column: Int)? {
    for byte in chunk {
      switch state {
      case .done:
        return nil
      case .afterDoctype:
        if byte == Self.entity[entityMatched] {
          entityMatched += 1
          if entityMatched == Self.entity.count { return doctypeStart }
        } else {
          entityMatched = byte == Self.entity[0] ? 1 : 0
        }
        continue
      case .comment:
        if byte == UInt8(ascii: ">"), previous == (UInt8(ascii: "-"), UInt8(ascii: "-")) {
          state = .prolog
        }
      case .instruction:
        if byte == UInt8(ascii: ">"), previous.1 == UInt8(ascii: "?") { state = .prolog }
      case .prolog:
        prolog(byte)
      }
      previous = (previous.1, byte)
      if byte == UInt8(ascii: "\n") {
        line += 1
        column = 1
      } else if byte & 0xC0 != 0x80 {
        column += 1
      }
    }
    return nil
  }

  /// Follows the prolog's markup: a comment, a processing instruction, the DOCTYPE, or the
  /// root element (after which nothing is scanned).
  private mutating func prolog(_ byte: UInt8) {
    guard !markup.isEmpty else {
      if byte == UInt8(ascii: "<") {
        markup = [byte]
        markupStart = (line, column)
      }
      return
    }
    markup.append(byte)
    if markup.count == 2, byte == UInt8(ascii: "?") {
      state = .instruction
      markup = []
    } else if markup.count == 2, byte != UInt8(ascii: "!") {
      state = .done  // the root element
    } else if markup == Self.comment {
      state = .comment
      previous = (0, 0)
      markup = []
    } else if markup == Self.doctype {
      state = .afterDoctype
      doctypeStart = markupStart
    } else if !Self.comment.starts(with: markup) && !Self.doctype.starts(with: markup) {
      state = .done  // not markup a prolog holds: libxml2 reports it
    }
  }
}
