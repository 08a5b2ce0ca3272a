internal import CLibXML2

/// One problem libxml2 reported: 1-based line, column (0 when unknown) and message.
struct XMLProblem: Hashable, Sendable, CustomStringConvertible {
  /// The 1-based line, or 0 when unknown.
  let line: Int
  /// The 1-based column, or 0 when libxml2 does not know it (schema-validity errors).
  let column: Int
  /// libxml2's message, trimmed.
  let message: String

  /// A problem at `line` and `column` (0 when unknown).
  init(line: Int, column: Int, message: String) {
    self.line = line
    self.column = column
    self.message = message
  }

  /// `line:column: message`.
  var description: String { "\(line):\(column): \(message)" }
}

/// Collects libxml2's structured errors instead of letting them reach standard error.
///
/// Passed to C as `userData` through `Unmanaged`; the callbacks are non-capturing.
final class XMLDiagnosticSink {
  private(set) var problems: [XMLProblem] = []

  /// An empty sink.
  init() {}

  /// The sink as C `userData`; valid while `self` is alive.
  var userData: UnsafeMutableRawPointer { Unmanaged.passUnretained(self).toOpaque() }

  /// For APIs that pass a real `userData` (schema, RELAX NG, text reader).
  static let callback: xmlStructuredErrorFunc = { userData, error in
    guard let userData, let error else { return }
    Unmanaged<XMLDiagnosticSink>.fromOpaque(userData).takeUnretainedValue().record(error.pointee)
  }

  /// For a parser context's `sax->serror`: libxml2 passes the context; the sink is in
  /// `ctxt->_private`.
  static let parserCallback: xmlStructuredErrorFunc = { context, error in
    guard let context, let error else { return }
    let parser = context.assumingMemoryBound(to: xmlParserCtxt.self)
    guard let sink = parser.pointee._private else { return }
    Unmanaged<XMLDiagnosticSink>.fromOpaque(sink).takeUnretainedValue().record(error.pointee)
  }

  private func record(_ error: xmlError) {
    let text = error.message.map { String(cString: $0) } ?? "unknown libxml2 error"
    let message = text.trimmingCharacters(in: [" ", "\n", "\t"])
    problems.append(XMLProblem(line: Int(error.line), column: Int(error.int2), message: message))
  }
}

extension String {
  fileprivate func trimmingCharacters(in set: Set<Character>) -> String {
    var slice = Substring(self)
    while let first = slice.first, set.contains(first) { slice.removeFirst() }
    while let last = slice.last, set.contains(last) { slice.removeLast() }
    return String(slice)
  }
}
