internal import CLibXML2
import ClaimGraphFormats
import Foundation

/// Validates XML documents against a schema, in process and offline (the tests' check of
/// the exports; it ships in no product): a W3C XML Schema
/// (GraphML) or a RELAX NG schema in XML syntax (GEXF 1.3, whose official `.rng` is
/// correct where its generated XSDs are not).
///
/// A schema's own `include`s and `import`s are loaded only from the schema's directory
/// tree; absolute `http://` locations are mapped there through a local OASIS catalog (for
/// GraphML: `schemas/graphml/catalog.xml`). Nothing is fetched from the network, and the
/// documents being validated get no such exception.
package final class XMLValidator: @unchecked Sendable {
  // A compiled schema is read-only; each validation creates its own valid-context.
  private enum Compiled {
    case xmlSchema(xmlSchemaPtr)
    case relaxNG(xmlRelaxNGPtr)
  }

  private let compiled: Compiled
  private let schemaDocument: XMLDocument

  /// Compiles a W3C XML Schema; `root` is the directory tree its imports may come from.
  package init(xmlSchema path: String, root: String, catalog: String? = nil) throws(XMLFailure) {
    SchemaFiles.register(directory: root, catalog: catalog)
    schemaDocument = try Self.readSchema(path)
    let sink = XMLDiagnosticSink()
    guard let parser = xmlSchemaNewDocParserCtxt(schemaDocument.pointer) else {
      throw XMLFailure(problems: [], summary: "libxml2 could not create a schema parser")
    }
    defer { xmlSchemaFreeParserCtxt(parser) }
    xmlSchemaSetParserStructuredErrors(parser, XMLDiagnosticSink.callback, sink.userData)
    guard let schema = withExtendedLifetime(sink, { xmlSchemaParse(parser) }) else {
      throw XMLFailure(problems: sink.problems, summary: "the schema \(path) does not compile")
    }
    compiled = .xmlSchema(schema)
  }

  /// Compiles a RELAX NG schema; its `include`s may come from its own directory only.
  package init(relaxNG path: String) throws(XMLFailure) {
    let directory = URL(fileURLWithPath: path).standardizedFileURL.deletingLastPathComponent()
    SchemaFiles.register(directory: directory.path, catalog: nil)
    schemaDocument = try Self.readSchema(path)
    let sink = XMLDiagnosticSink()
    guard let parser = xmlRelaxNGNewDocParserCtxt(schemaDocument.pointer) else {
      throw XMLFailure(problems: [], summary: "libxml2 could not create a RELAX NG parser")
    }
    defer { xmlRelaxNGFreeParserCtxt(parser) }
    xmlRelaxNGSetParserStructuredErrors(parser, XMLDiagnosticSink.callback, sink.userData)
    guard let schema = withExtendedLifetime(sink, { xmlRelaxNGParse(parser) }) else {
      throw XMLFailure(problems: sink.problems, summary: "the schema \(path) does not compile")
    }
    compiled = .relaxNG(schema)
  }

  deinit {
    switch compiled {
    case .xmlSchema(let schema): xmlSchemaFree(schema)
    case .relaxNG(let schema): xmlRelaxNGFree(schema)
    }
  }

  /// Parses the schema file itself (read in Swift, so no entity loader is involved),
  /// anchored at its absolute path so relative includes resolve next to it.
  private static func readSchema(_ path: String) throws(XMLFailure) -> XMLDocument {
    let absolute = URL(fileURLWithPath: path).standardizedFileURL.path
    guard let bytes = FileManager.default.contents(atPath: absolute) else {
      throw XMLFailure(problems: [], summary: "cannot read the schema \(path)")
    }
    return try XMLDocument.parse(Array(bytes), url: absolute).get()
  }

  /// The problems that make `bytes` invalid (or not well-formed); empty when valid.
  package func problems(in bytes: [UInt8], name: String = "document") -> [XMLProblem] {
    let document: XMLDocument
    switch XMLDocument.parse(bytes, url: name) {
    case .success(let parsed): document = parsed
    case .failure(let failure):
      return failure.problems.isEmpty
        ? [XMLProblem(line: 0, column: 0, message: failure.summary)] : failure.problems
    }
    let sink = XMLDiagnosticSink()
    let result: Int32 = withExtendedLifetime(sink) {
      switch compiled {
      case .xmlSchema(let schema):
        guard let context = xmlSchemaNewValidCtxt(schema) else { return -1 }
        defer { xmlSchemaFreeValidCtxt(context) }
        xmlSchemaSetValidStructuredErrors(context, XMLDiagnosticSink.callback, sink.userData)
        return xmlSchemaValidateDoc(context, document.pointer)
      case .relaxNG(let schema):
        guard let context = xmlRelaxNGNewValidCtxt(schema) else { return -1 }
        defer { xmlRelaxNGFreeValidCtxt(context) }
        xmlRelaxNGSetValidStructuredErrors(context, XMLDiagnosticSink.callback, sink.userData)
        return xmlRelaxNGValidateDoc(context, document.pointer)
      }
    }
    if result != 0 && sink.problems.isEmpty {
      return [XMLProblem(line: 0, column: 0, message: "validation failed (code \(result))")]
    }
    return sink.problems
  }
}
