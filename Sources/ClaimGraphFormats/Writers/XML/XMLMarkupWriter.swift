/// Writes XML into an ``OutputBuffer``: one element per line, without indentation (it
/// would only add bytes), text inline (`<data key="d3">text</data>`), empty elements
/// closed as `<key/>`.
///
/// Escaping: `&`, `<`, `>` as entities and carriage returns as `&#13;` everywhere, and in
/// attribute values also `"`, line feeds and tabs (`&quot;`, `&#10;`, `&#9;`), so that
/// they survive attribute-value normalisation; quotation marks in element content (all
/// over JSON text) are written as they are. Characters XML 1.0 forbids become U+FFFD
/// (see ``XMLText``). Writing the bytes directly, instead of through a libxml2 call and a
/// C string per attribute, is what makes exports of a million elements take a second.
///
/// Element and attribute names are the exporters' own literals, written as they are.
struct XMLMarkupWriter: ~Copyable {
  private var out = OutputBuffer()
  /// Where JSON text is assembled before it is escaped.
  private var scratch = OutputBuffer(capacity: 1024)
  private var open: [StaticString] = []
  private var startTagIsOpen = false

  /// Starts a document, with its XML declaration unless `declaration` is false.
  init(declaration: Bool = true) {
    guard declaration else { return }
    out.append("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n" as StaticString)
  }

  mutating func startElement(_ name: StaticString) {
    if startTagIsOpen { out.append(">\n" as StaticString) }
    out.append(UInt8(ascii: "<"))
    out.append(name)
    open.append(name)
    startTagIsOpen = true
  }

  mutating func endElement() {
    guard let name = open.popLast() else { preconditionFailure("no element is open") }
    if startTagIsOpen {
      out.append("/>\n" as StaticString)
    } else {
      writeEndTag(name)
    }
    startTagIsOpen = false
  }

  mutating func attribute(_ name: StaticString, _ value: String) {
    startAttribute(name)
    ByteEscaping.withUTF8(value) { Self.appendEscaped($0, to: &out, inAttribute: true) }
    out.append(UInt8(ascii: "\""))
  }

  mutating func attribute(_ name: StaticString, _ value: Int) {
    startAttribute(name)
    out.append(decimal: value)
    out.append(UInt8(ascii: "\""))
  }

  /// An attribute whose value is an attribute value's text (JSON text for lists).
  mutating func attribute(_ name: StaticString, _ value: GraphAttributes.Value) {
    startAttribute(name)
    append(value, inAttribute: true)
    out.append(UInt8(ascii: "\""))
  }

  mutating func text(_ value: String) {
    startText()
    ByteEscaping.withUTF8(value) { Self.appendEscaped($0, to: &out, inAttribute: false) }
  }

  /// An attribute value's text as element content (JSON text for lists).
  mutating func text(_ value: GraphAttributes.Value) {
    startText()
    append(value, inAttribute: false)
  }

  /// The tags of an element with one attribute, escaped once to be written many times,
  /// such as GraphML's `<data key="d3">`…`</data>`.
  struct PreparedElement {
    fileprivate let startTag: [UInt8]
    fileprivate let name: StaticString

    init(_ name: StaticString, _ attribute: StaticString, _ value: String) {
      var writer = XMLMarkupWriter(declaration: false)
      writer.startElement(name)
      writer.attribute(attribute, value)
      writer.startText()
      startTag = writer.out.withBytes { Array($0) }
      self.name = name
    }
  }

  /// `<name attribute="value">text</name>` on a line of its own.
  mutating func element(_ prepared: PreparedElement, text value: GraphAttributes.Value) {
    if startTagIsOpen { out.append(">\n" as StaticString) }
    startTagIsOpen = false
    out.append(prepared.startTag)
    append(value, inAttribute: false)
    writeEndTag(prepared.name)
  }

  /// The bytes of ``element(_:text:)``, prepared once to be copied for many elements
  /// (such as an edge's `<data key="d9">about</data>`).
  static func bytes(of prepared: PreparedElement, text value: GraphAttributes.Value) -> [UInt8] {
    var writer = XMLMarkupWriter(declaration: false)
    writer.element(prepared, text: value)
    return writer.out.withBytes { Array($0) }
  }

  /// Appends bytes prepared beforehand (markup, or text already escaped), after closing a
  /// start tag left open; the bytes must leave no start tag open.
  mutating func raw(_ body: (inout OutputBuffer) -> Void) {
    if startTagIsOpen { out.append(">\n" as StaticString) }
    startTagIsOpen = false
    body(&out)
  }

  /// `<name attributes…/>` on one line.
  mutating func element(_ name: StaticString, attributes: KeyValuePairs<StaticString, String>) {
    startElement(name)
    for (key, value) in attributes { attribute(key, value) }
    endElement()
  }

  /// Hands the output to the sink once a chunk has gathered; call it after each element.
  mutating func flushIfFull(to sink: inout some ExportSink) throws {
    try out.flushIfFull(to: &sink)
  }

  /// Closes every open element and hands the rest to the sink.
  mutating func finish(to sink: inout some ExportSink) throws {
    while !open.isEmpty { endElement() }
    try out.flush(to: &sink)
  }

  // MARK: - Internals

  private mutating func writeEndTag(_ name: StaticString) {
    out.append("</" as StaticString)
    out.append(name)
    out.append(">\n" as StaticString)
  }

  private mutating func startAttribute(_ name: StaticString) {
    out.append(UInt8(ascii: " "))
    out.append(name)
    out.append("=\"" as StaticString)
  }

  private mutating func startText() {
    if startTagIsOpen { out.append(UInt8(ascii: ">")) }
    startTagIsOpen = false
  }

  private mutating func append(_ value: GraphAttributes.Value, inAttribute: Bool) {
    switch value {
    case .string(let text):
      ByteEscaping.withUTF8(text) { Self.appendEscaped($0, to: &out, inAttribute: inAttribute) }
    case .structured(let json):
      scratch.removeAll()
      JSONText.append(json, to: &scratch, forXML: true)
      scratch.withBytes { Self.appendEscaped($0, to: &out, inAttribute: inAttribute) }
    case .int(let number):
      out.append(decimal: number)
    case .bool, .double:
      out.append(value.text)
    }
  }

  /// Appends UTF-8 text escaped for element content or an attribute value.
  static func appendEscaped(
    _ text: UnsafeBufferPointer<UInt8>, to output: inout OutputBuffer, inAttribute: Bool
  ) {
    XMLText.appendSanitised(
      text, to: &output,
      isSpecial: { byte in
        switch byte {
        case UInt8(ascii: "&"), UInt8(ascii: "<"), UInt8(ascii: ">"): true
        case UInt8(ascii: "\""): inAttribute
        default: false
        }
      }
    ) { text, index, output in
      switch text[index] {
      case UInt8(ascii: "&"): output.append("&amp;")
      case UInt8(ascii: "<"): output.append("&lt;")
      case UInt8(ascii: ">"): output.append("&gt;")
      case UInt8(ascii: "\"") where inAttribute: output.append("&quot;")
      case UInt8(ascii: "\r"): output.append("&#13;")
      case UInt8(ascii: "\n") where inAttribute: output.append("&#10;")
      case UInt8(ascii: "\t") where inAttribute: output.append("&#9;")
      case let byte: output.append(byte)
      }
    }
  }
}
