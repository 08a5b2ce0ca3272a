import ClaimGraph
import Foundation

/// Reads the JSON texts that attributes hold (GraphML writes a claim's lists and records as
/// JSON text: `[{"source":"…"}]`), one after another through one ``JSONEventStream``: the
/// same strict parser, nesting guard and U+0000 refusal as every JSON file, restarted for
/// each text instead of made anew (which would cost more than reading the text).
///
/// A file's texts can be read ahead, many in one document (``prepare(_:)``): restarting the
/// parser costs more than reading a short text (libfyaml resets its document state, tags
/// and all), and a file has one or two texts per claim and citation.
///
/// One instance serves one reading (it is not `Sendable`); a text that is not JSON, or holds
/// a key twice in one object, reads as nil. The benchmark reads its measurement lines with it.
package final class JSONTexts {
  /// The stream, with ``NodeLinkJSONReader``'s default limits.
  private var events = JSONEventStream(
    descriptor: nil, file: "", maxLineBytes: JSONTexts.maxLineBytes, maxDepth: JSONTexts.maxDepth)
  /// The values of the texts read ahead, by their bytes.
  private var prepared: [ExactText: InputValue] = [:]

  private static let maxLineBytes = NodeLinkJSONReader().maxLineBytes
  private static let maxDepth = NodeLinkJSONReader().maxNestingDepth
  /// The most bytes of texts read ahead in one document (memory stays a small part of the
  /// file's).
  private static let batchBytes = 1 << 20
  /// How many times one batch starts again after a text that is not JSON (each time after
  /// that text); past that, its remaining texts are read one by one, when asked for.
  private static let maxRestarts = 4

  /// A reader; its parser is made for the first text.
  package init() {}

  /// The value of a whole JSON text, or nil when it is not one.
  package func parse(_ text: String) -> InputValue? {
    if !prepared.isEmpty, let value = prepared[ExactText(text)] { return value }
    var text = text
    return text.withUTF8 { bytes in
      events.restart(bytes: bytes)
      let start = SourceLocation(file: "", line: 1, column: 1)
      var builder = JSONValueBuilder(at: start, keepsValue: true)
      var value: InputValue?
      while let (event, location) = events.next() {
        if let finished = builder.take(event, at: location) { value = finished }
      }
      guard events.problem == nil, builder.problem == nil else { return nil }
      return value
    }
  }

  /// Reads ahead the texts that look like a JSON array or object (`[…]`, `{…}`), many in one
  /// document, so that ``parse(_:)`` finds their values without parsing them one by one.
  ///
  /// A batch is the texts as the elements of one array, each from the start of a line:
  /// `[⏎text⏎,⏎text⏎]`. Its values are kept only when every element starts where its text
  /// does and the array ends where the last text does, so each text is one JSON value, as it
  /// would read alone (same parser, same limits, one level deeper for the array; a key twice
  /// in one object, U+0000 or any error fails the element). A text that is not JSON is left
  /// to ``parse(_:)``, which reads it alone and says nil.
  func prepare(_ texts: [String]) {
    prepared.reserveCapacity(prepared.count + texts.count)
    var batch: [String] = []
    var bytes = 0
    for text in texts where Self.looksLikeJSON(text) {
      batch.append(text)
      bytes += text.utf8.count
      if bytes >= Self.batchBytes {
        read(batch)
        batch.removeAll(keepingCapacity: true)
        bytes = 0
      }
    }
    if batch.count > 1 { read(batch) }
  }

  /// Whether a text starts with `[` or `{` and ends with `]` or `}`: one that
  /// ``prepare(_:)`` reads ahead.
  static func looksLikeJSON(_ text: String) -> Bool {
    guard let first = text.utf8.first, let last = text.utf8.last else { return false }
    return (first == UInt8(ascii: "[") || first == UInt8(ascii: "{"))
      && (last == UInt8(ascii: "]") || last == UInt8(ascii: "}"))
  }

  /// Reads one batch, starting again after a text that is not JSON (up to ``maxRestarts``
  /// times).
  private func read(_ texts: [String]) {
    var rest = texts[...]
    for _ in 0...Self.maxRestarts where !rest.isEmpty {
      let values = Self.values(of: rest)
      for (text, value) in zip(rest, values) { prepared[ExactText(text)] = value }
      rest = rest.dropFirst(values.count + 1)
    }
  }

  /// The values of the texts, in order, as far as they were read before a text that is not
  /// one JSON value (every one when all are).
  private static func values(of texts: ArraySlice<String>) -> [InputValue] {
    // The document, and the 1-based line each text starts on.
    var document: [UInt8] = [UInt8(ascii: "["), 0x0A]
    document.reserveCapacity(texts.reduce(8) { $0 + $1.utf8.count + 3 })
    var starts: [Int] = []
    starts.reserveCapacity(texts.count)
    for text in texts {
      starts.append(document.count)
      document += text.utf8
      document += [0x0A, UInt8(ascii: ","), 0x0A]
    }
    document[document.count - 2] = UInt8(ascii: "]")
    let lines = lineNumbers(of: starts, in: document)
    return document.withUnsafeBufferPointer { buffer in
      var events = JSONEventStream(
        descriptor: nil, bytes: buffer, file: "", maxLineBytes: maxLineBytes,
        maxDepth: maxDepth + 1)
      var values: [InputValue] = []
      values.reserveCapacity(texts.count)
      guard let (open, _) = events.next(), case .arrayStart = open else { return [] }
      var builder: JSONValueBuilder?
      while let (event, location) = events.next() {
        if builder == nil {
          if case .arrayEnd = event {
            // The array ends after the last text (if not, a text ended it early and each
            // value so far is its own text's only by the checks below), and nothing follows.
            guard values.count == texts.count else { return Array(values.dropLast()) }
            guard events.next() == nil, events.problem == nil else {
              return Array(values.dropLast())
            }
            return values
          }
          // Each element starts where its text does: else the text before it held more
          // than one value (or less).
          guard values.count < lines.count, location.line == lines[values.count],
            location.column == 1
          else { return Array(values.dropLast()) }
          builder = JSONValueBuilder(at: location, keepsValue: true)
        }
        if let value = builder?.take(event, at: location) {
          guard builder?.problem == nil else { return values }
          values.append(value)
          builder = nil
        }
      }
      // The stream stopped inside the array: the last complete value may have run into
      // the text that broke it.
      return Array(values.dropLast())
    }
  }

  /// The 1-based line of each offset (ascending) in the bytes, counting lines as libfyaml
  /// does: a line ends at `\n`, `\r\n` or `\r`.
  private static func lineNumbers(of offsets: [Int], in bytes: [UInt8]) -> [Int] {
    var lines: [Int] = []
    lines.reserveCapacity(offsets.count)
    var line = 1
    var position = 0
    for offset in offsets {
      while position < offset {
        let byte = bytes[position]
        if byte == 0x0A {
          line += 1
        } else if byte == 0x0D, position + 1 >= bytes.count || bytes[position + 1] != 0x0A {
          line += 1
        }
        position += 1
      }
      lines.append(line)
    }
    return lines
  }
}

/// A text as its bytes: two texts are the same key only when their bytes are (a `String`
/// key would also match a text with the same characters in another Unicode normalization,
/// and give it the other's value), and the hash reads the bytes as they are.
private struct ExactText: Hashable {
  var text: String

  init(_ text: String) { self.text = text }

  static func == (left: ExactText, right: ExactText) -> Bool {
    var left = left.text
    var right = right.text
    return left.withUTF8 { leftBytes in
      right.withUTF8 { rightBytes in
        leftBytes.count == rightBytes.count
          && (leftBytes.isEmpty
            || memcmp(leftBytes.baseAddress!, rightBytes.baseAddress!, leftBytes.count) == 0)
      }
    }
  }

  func hash(into hasher: inout Hasher) {
    var text = text
    text.withUTF8 { hasher.combine(bytes: UnsafeRawBufferPointer($0)) }
  }
}
