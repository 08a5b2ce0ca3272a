package import CLibXML2

/// Collects libxml2's structured errors instead of letting them reach standard error.
///
/// Passed to C as `userData` through `Unmanaged`; the callbacks are non-capturing.
package final class XMLDiagnosticSink {
  package private(set) var problems: [XMLProblem] = []

  /// An empty sink.
  package init() {}

  /// The sink as C `userData`; valid while `self` is alive.
  package var userData: UnsafeMutableRawPointer { Unmanaged.passUnretained(self).toOpaque() }

  /// For APIs that pass a real `userData` (schema, RELAX NG, text reader).
  package static let callback: xmlStructuredErrorFunc = { userData, error in
    guard let userData, let error else { return }
    Unmanaged<XMLDiagnosticSink>.fromOpaque(userData).takeUnretainedValue().record(error.pointee)
  }

  /// For a parser context's `sax->serror`: libxml2 passes the context; the sink is in
  /// `ctxt->_private`.
  package static let parserCallback: xmlStructuredErrorFunc = { context, error in
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
