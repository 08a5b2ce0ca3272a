internal import CLibFYAML
import ClaimGraph
import ClaimGraphYAML
import Foundation

/// Strict JSON as a stream of located events, read a chunk at a time from a file or from
/// bytes: libfyaml's JSON mode (JSON is a subset of YAML 1.2, and the same event parser reads
/// the graph's YAML), so memory stays bounded however large the input.
///
/// The parser refuses what JSON does not allow (comments, trailing commas, single quotes,
/// unquoted keys, `NaN`, leading zeros, raw control characters, lone surrogates, YAML
/// syntax), decodes `\uXXXX` escapes with surrogate pairs, and tells strings (quoted) from
/// numbers, booleans and `null` (plain) by the scalar's style. It keeps what it parsed of a
/// line until the line ends, so a line longer than `maxLineBytes` stops the read with a
/// `limit-exceeded` error (which also bounds a single string). Its scanner reads nested
/// arrays and objects to their end before it hands over the first event (about 400 bytes of
/// memory a level), so nesting deeper than `maxDepth` is found in the bytes as they pass by,
/// before the parser reads them, and stops the read the same way. A string that holds U+0000
/// (written `\u0000`) stops the read with an `invalid-value` error: no text of a graph may
/// hold it, and C tools downstream would cut the text there.
///
/// Every JSON ClaimGraph reads comes through here: node-link JSON, the baseline file, and the
/// JSON texts inside GraphML attributes (``JSONTexts``, which reads them one after another
/// with one parser, see ``restart(bytes:)``).
struct JSONEventStream: ~Copyable {
  /// One event of the document.
  enum Event {
    case objectStart
    case objectEnd
    case arrayStart
    case arrayEnd
    /// A string, number, boolean or null.
    case scalar(InputValue)
  }

  private let file: String
  private let maxLineBytes: Int
  private let maxDepth: Int
  /// The stream the parser reads; allocated, since the parser keeps a pointer to it.
  private let stream: UnsafeMutablePointer<cg_fy_stream>
  private var parser: OpaquePointer?
  private var info = cg_fy_event()
  /// What stopped the read besides the parser and the stream's guards: a string holding
  /// U+0000, or a parser that could not be restarted.
  private var refusal: Diagnostic?
  /// Whether the parser read its document to the end without a problem: only then can it
  /// read another (see ``restart(bytes:)``).
  private var readWhole = false

  /// Events read from an open file descriptor (which the caller closes after the stream is
  /// gone), or, when `descriptor` is nil, from `bytes`, which must outlive the stream.
  init(
    descriptor: Int32?, bytes: UnsafeBufferPointer<UInt8> = .init(start: nil, count: 0),
    file: String, maxLineBytes: Int, maxDepth: Int
  ) {
    self.file = file
    self.maxLineBytes = maxLineBytes
    self.maxDepth = max(1, maxDepth)
    stream = .allocate(capacity: 1)
    stream.initialize(to: cg_fy_stream_make(descriptor ?? -1, bytes.baseAddress, bytes.count))
    stream.pointee.max_line = max(1, maxLineBytes)
    stream.pointee.max_depth = self.maxDepth
    parser = cg_fy_stream_parser_create(stream, true)
  }

  /// Reads another document, from `bytes` (which must outlive the reading), with the same
  /// guards: with the same parser when it read the last document to its end without a
  /// problem (a new parser costs more than reading a short text), else with a new one
  /// (libfyaml 0.7.12 frees its input twice when given a new one in any other state).
  mutating func restart(bytes: UnsafeBufferPointer<UInt8>) {
    stream.pointee = cg_fy_stream_make(-1, bytes.baseAddress, bytes.count)
    stream.pointee.max_line = max(1, maxLineBytes)
    stream.pointee.max_depth = maxDepth
    refusal = nil
    defer { readWhole = false }
    if readWhole, let parser, cg_fy_stream_parser_restart(parser, stream) { return }
    if let parser { cg_fy_parser_destroy(parser) }
    parser = cg_fy_stream_parser_create(stream, true)
  }

  deinit {
    if let parser { cg_fy_parser_destroy(parser) }
    stream.deallocate()
  }

  /// The next event and where it starts (a string at its opening quote); nil at the end of
  /// the document or where reading stopped (see ``problem``).
  mutating func next() -> (Event, SourceLocation)? {
    guard let parser, refusal == nil else { return nil }
    while let event = cg_fy_json_next(parser, &info) {
      defer { fy_parser_event_free(parser, event) }
      let event: Event
      switch info.type {
      case FYET_MAPPING_START: event = .objectStart
      case FYET_MAPPING_END: event = .objectEnd
      case FYET_SEQUENCE_START: event = .arrayStart
      case FYET_SEQUENCE_END: event = .arrayEnd
      case FYET_SCALAR: event = .scalar(scalar())
      default: continue
      }
      let isQuoted = info.type == FYET_SCALAR && info.style == FYSS_DOUBLE_QUOTED
      let line = info.start.line >= 0 ? info.start.line + 1 : 1
      let column = info.start.line >= 0 ? info.start.column + (isQuoted ? 0 : 1) : 1
      let location = SourceLocation(file: file, line: line, column: max(1, column))
      if isQuoted, let text = info.text, memchr(text, 0, info.length) != nil {
        refusal = InputRule.invalidValue.diagnostic(
          "this text holds the character U+0000 (written \\u0000), which no text of a graph "
            + "may hold", at: location)
        return nil
      }
      return (event, location)
    }
    readWhole = problem == nil
    return nil
  }

  /// Why reading stopped before the end, once ``next()`` returned nil: a syntax error, a
  /// line over the limit or a failed read, located; nil when the document was read whole.
  var problem: Diagnostic? {
    if let refusal { return refusal }
    guard let parser else {
      return InputRule.syntax.diagnostic(
        "the JSON parser could not start (out of memory?)",
        at: SourceLocation(file: file, line: 1, column: 1))
    }
    let state = stream.pointee
    if state.too_deep {
      return InputRule.limitExceeded.diagnostic(
        "arrays and objects are nested more than \(maxDepth) deep",
        at: SourceLocation(file: file, line: state.deep_line + 1, column: state.deep_column))
    }
    if state.line_too_long {
      return InputRule.limitExceeded.diagnostic(
        "line \(state.lines + 1) is longer than \(maxLineBytes) bytes, the limit for one line "
          + "of JSON (ClaimGraph writes a node per line; write the file with line breaks, "
          + "e.g. `python3 -m json.tool`, or raise the limit)",
        at: SourceLocation(file: file, line: state.lines + 1, column: 1))
    }
    if state.read_error != 0 {
      return InputRule.unreadableFile.diagnostic(
        "cannot read \(file): \(String(cString: strerror(state.read_error)))",
        at: SourceLocation(file: file, line: state.lines + 1, column: 1))
    }
    guard fy_parser_get_stream_error(parser) else { return nil }
    return LibFYAMLError.diagnostic(
      of: parser, language: "JSON", file: file,
      fallback: SourceLocation(file: file, line: state.lines + 1, column: 1))
  }

  /// The current scalar: a string when quoted; otherwise `true`, `false`, `null` or a
  /// number (an integer when it has no fraction or exponent and fits, else a double).
  private func scalar() -> InputValue {
    let bytes = UnsafeRawBufferPointer(start: info.text, count: info.text == nil ? 0 : info.length)
    let text = String(decoding: bytes, as: UTF8.self)
    guard info.style == FYSS_PLAIN else { return .string(text) }
    switch text {
    case "true": return .bool(true)
    case "false": return .bool(false)
    case "null": return .null
    default:
      if let integer = Int(text) { return .int(integer) }
      return .double(Double(text) ?? .nan)
    }
  }
}
