internal import CLibXML2
import ClaimGraphFormats

/// A parsed libxml2 document, freed when the value is released (the tests' schema
/// validation; ClaimGraph itself reads XML only through the GraphML reader's SAX parser).
///
/// Parsed with ``LibXML/safeParseOptions``: no network, no DTD loading, no entity
/// substitution; every problem is captured, none reaches standard error.
final class XMLDocument {
  let pointer: xmlDocPtr

  private init(pointer: xmlDocPtr) { self.pointer = pointer }

  deinit { xmlFreeDoc(pointer) }

  /// Parses bytes; `url` names the document in messages and anchors relative references.
  static func parse(_ bytes: [UInt8], url: String) -> Result<XMLDocument, XMLFailure> {
    LibXML.initialise()
    let sink = XMLDiagnosticSink()
    guard let context = xmlNewParserCtxt() else {
      return .failure(XMLFailure(problems: [], summary: "libxml2 could not create a parser"))
    }
    defer { xmlFreeParserCtxt(context) }
    context.pointee.sax.pointee.serror = XMLDiagnosticSink.parserCallback
    context.pointee._private = sink.userData
    let document = bytes.withUnsafeBufferPointer { buffer in
      buffer.withMemoryRebound(to: CChar.self) { chars in
        withExtendedLifetime(sink) {
          xmlCtxtReadMemory(
            context, chars.baseAddress, Int32(chars.count), url, "UTF-8", LibXML.safeParseOptions)
        }
      }
    }
    guard let document, context.pointee.wellFormed != 0 else {
      if let document { xmlFreeDoc(document) }
      return .failure(XMLFailure(problems: sink.problems, summary: "\(url) is not well-formed XML"))
    }
    return .success(XMLDocument(pointer: document))
  }
}

/// Why a document or schema could not be used.
package struct XMLFailure: Error, Hashable, Sendable, CustomStringConvertible {
  /// libxml2's located problems.
  package let problems: [XMLProblem]
  /// What failed.
  package let summary: String

  /// The summary followed by every problem.
  package var description: String {
    ([summary] + problems.map(\.description)).joined(separator: "\n")
  }
}
