internal import CLibXML2

/// A streaming XML writer over libxml2's `xmlTextWriter`, handing its output to a sink in
/// chunks.
///
/// libxml2 does the escaping (`&`, `<`, `>`, `"` and carriage returns); this type replaces
/// characters XML 1.0 cannot carry (see ``XMLText``) and checks every return code.
/// Call ``flush(to:)`` after each node or edge, and ``finish(to:)`` once at the end.
final class XMLStreamWriter {
  private let buffer: xmlBufferPtr
  private var writer: xmlTextWriterPtr?

  /// A libxml2 writer call failed.
  struct Failure: Error, CustomStringConvertible {
    let operation: String
    var description: String { "libxml2 failed to write \(operation)" }
  }

  init(indent: Bool = true) throws {
    LibXML.initialise()
    guard let buffer = xmlBufferCreate() else { throw Failure(operation: "a buffer") }
    guard let writer = xmlNewTextWriterMemory(buffer, 0) else {
      xmlBufferFree(buffer)
      throw Failure(operation: "a writer")
    }
    self.buffer = buffer
    self.writer = writer
    if indent {
      try check(xmlTextWriterSetIndent(writer, 1), "indentation")
      try check(xmlTextWriterSetIndentString(writer, "  "), "indentation")
    }
  }

  deinit {
    if let writer { xmlFreeTextWriter(writer) }
    xmlBufferFree(buffer)
  }

  private func check(_ code: Int32, _ operation: @autoclosure () -> String) throws {
    if code < 0 { throw Failure(operation: operation()) }
  }

  private var live: xmlTextWriterPtr {
    get throws {
      guard let writer else { throw Failure(operation: "after the document ended") }
      return writer
    }
  }

  func startDocument() throws {
    try check(xmlTextWriterStartDocument(try live, "1.0", "UTF-8", nil), "the XML declaration")
  }

  func startElement(_ name: String) throws {
    try check(xmlTextWriterStartElement(try live, name), "<\(name)>")
  }

  func endElement() throws {
    try check(xmlTextWriterEndElement(try live), "an end tag")
  }

  func attribute(_ name: String, _ value: String) throws {
    try check(
      xmlTextWriterWriteAttribute(try live, name, XMLText.sanitised(value)), "@\(name)")
  }

  func text(_ value: String) throws {
    try check(xmlTextWriterWriteString(try live, XMLText.sanitised(value)), "text")
  }

  /// `<name attributes…>text</name>` on one line.
  func element(_ name: String, attributes: [(String, String)] = [], text: String? = nil) throws {
    try startElement(name)
    for (key, value) in attributes { try attribute(key, value) }
    if let text { try self.text(text) }
    try endElement()
  }

  /// Moves what was written so far into the sink once a chunk (64 KiB) has gathered, so
  /// that memory stays bounded and a file sink sees few, large writes.
  func flush(to sink: inout some ExportSink) throws {
    try check(xmlTextWriterFlush(try live), "a flush")
    if xmlBufferLength(buffer) >= Self.chunkSize { try drain(to: &sink) }
  }

  private static let chunkSize: Int32 = 1 << 16

  /// Ends the document, frees the writer and moves the rest into the sink.
  func finish(to sink: inout some ExportSink) throws {
    try check(xmlTextWriterEndDocument(try live), "the end of the document")
    xmlFreeTextWriter(try live)
    writer = nil
    try drain(to: &sink)
  }

  private func drain(to sink: inout some ExportSink) throws {
    let count = Int(xmlBufferLength(buffer))
    guard count > 0, let content = xmlBufferContent(buffer) else { return }
    try sink.write(UnsafeRawBufferPointer(start: content, count: count))
    xmlBufferEmpty(buffer)
  }
}
