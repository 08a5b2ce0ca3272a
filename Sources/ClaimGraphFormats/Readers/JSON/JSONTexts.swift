import ClaimGraph

/// Reads the JSON texts that attributes hold (GraphML writes a claim's lists and records as
/// JSON text: `[{"source":"…"}]`), one after another through one ``JSONEventStream``: the
/// same strict parser, nesting guard and U+0000 refusal as every JSON file, restarted for
/// each text instead of made anew (which would cost more than reading the text).
///
/// One instance serves one reading (it is not `Sendable`); a text that is not JSON, or holds
/// a key twice in one object, reads as nil. The benchmark reads its measurement lines with it.
package final class JSONTexts {
  /// The stream, with ``NodeLinkJSONReader``'s default limits.
  private var events = JSONEventStream(
    descriptor: nil, file: "", maxLineBytes: NodeLinkJSONReader().maxLineBytes,
    maxDepth: NodeLinkJSONReader().maxNestingDepth)

  /// A reader; its parser is made for the first text.
  package init() {}

  /// The value of a whole JSON text, or nil when it is not one.
  package func parse(_ text: String) -> InputValue? {
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
}
