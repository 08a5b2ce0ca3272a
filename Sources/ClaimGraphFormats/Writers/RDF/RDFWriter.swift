/// Writes RDF statements, subject by subject, as N-Triples or Turtle into an
/// ``OutputBuffer``.
///
/// - N-Triples: one statement per line, every IRI absolute (`<…>`), so that any line can
///   be read, split or diffed on its own.
/// - Turtle: prefixes first, then one block per subject (`s p o ; p o .`), an empty line
///   between blocks; names that are not valid prefixed names are written as `<…>`;
///   integers and booleans bare; lists as `( … )`.
///
/// Node ids become IRIs percent-encoded: ASCII letters, digits and `-._~:` stay as they
/// are, every other byte of their UTF-8 is `%XX` (upper case), and an id that is all dots
/// is encoded whole, so that no IRI ends in a `.` or `..` segment that a resolver would
/// remove. Literals are escaped as canonical N-Triples has it (RDF 1.2): `\"`, `\\`, `\n`,
/// `\r`, `\t`, `\b`, `\f`, the other C0 controls and DEL as `\u00XX`; everything else,
/// characters beyond the BMP included, is written as UTF-8.
struct RDFWriter: ~Copyable {
  enum Syntax {
    case nTriples, turtle
  }

  let syntax: Syntax
  private var out = OutputBuffer()
  /// The current subject as written (N-Triples repeats it on every line).
  private var subjectText: [UInt8] = []
  private var subjectIsOpen = false
  private var statementsOfSubject = 0
  private var blankNodes = 0
  private let namespaces: [[UInt8]]
  private let languageTag: [UInt8]

  init(syntax: Syntax, options: RDFOptions) {
    self.syntax = syntax
    namespaces = RDFNamespace.allCases.map { Array($0.iri(options).utf8) }
    languageTag = options.language.map { Array("@\($0)".utf8) } ?? []
  }

  // MARK: - Document

  /// Turtle's prefix declarations (nothing for N-Triples).
  mutating func prologue() {
    guard syntax == .turtle else { return }
    for namespace in RDFNamespace.allCases {
      out.append("@prefix ")
      out.append(namespace.prefix)
      out.append(": <")
      out.append(namespaces[namespace.rawValue])
      out.append("> .\n")
    }
    out.append(UInt8(ascii: "\n"))
  }

  /// Hands the output to the sink once a chunk has gathered.
  mutating func flushIfFull(to sink: inout some ExportSink) throws {
    try out.flushIfFull(to: &sink)
  }

  /// Ends the last subject and hands everything to the sink.
  mutating func finish(to sink: inout some ExportSink) throws {
    endSubject()
    try out.flush(to: &sink)
  }

  // MARK: - Subjects

  /// Starts the statements about a node or edge of the graph.
  mutating func subject(_ namespace: RDFNamespace, id: String) {
    endSubject()
    var text = OutputBuffer(capacity: 256)
    Self.appendIRI(
      namespace, id: id, syntax: syntax, namespaceIRI: namespaces[namespace.rawValue], to: &text)
    subjectText = text.withBytes { Array($0) }
    openSubject()
  }

  /// Starts the statements about a blank node.
  mutating func subject(blank label: Int) {
    endSubject()
    subjectText = Array("_:b\(label)".utf8)
    openSubject()
  }

  /// A fresh blank node label.
  mutating func newBlankNode() -> Int {
    blankNodes += 1
    return blankNodes
  }

  /// Ends the current subject's statements (Turtle closes its block).
  mutating func endSubject() {
    guard subjectIsOpen else { return }
    subjectIsOpen = false
    if syntax == .turtle && statementsOfSubject > 0 { out.append(" .\n\n") }
  }

  private mutating func openSubject() {
    subjectIsOpen = true
    statementsOfSubject = 0
  }

  // MARK: - Statements

  /// `subject predicate term`, where the term is a vocabulary's.
  mutating func add(_ predicate: RDFTerm, _ object: RDFTerm) {
    startStatement(predicate)
    appendTerm(object)
    endStatement()
  }

  /// `subject predicate <node>`.
  mutating func add(_ predicate: RDFTerm, _ namespace: RDFNamespace, id: String) {
    startStatement(predicate)
    Self.appendIRI(
      namespace, id: id, syntax: syntax, namespaceIRI: namespaces[namespace.rawValue], to: &out)
    endStatement()
  }

  /// `subject predicate _:bN`.
  mutating func add(_ predicate: RDFTerm, blank label: Int) {
    startStatement(predicate)
    Self.appendBlank(label, to: &out)
    endStatement()
  }

  /// `subject predicate "text"`, with the language tag when `tagged`.
  mutating func add(_ predicate: RDFTerm, text: String, tagged: Bool = false) {
    startStatement(predicate)
    appendLiteral(text)
    if tagged { out.append(languageTag) }
    endStatement()
  }

  /// `subject predicate "lexical"^^datatype`.
  mutating func add(_ predicate: RDFTerm, lexical: String, datatype: RDFTerm) {
    startStatement(predicate)
    appendLiteral(lexical)
    out.append("^^")
    appendTerm(datatype)
    endStatement()
  }

  /// `subject predicate 2008` (an `xsd:integer`).
  mutating func add(_ predicate: RDFTerm, integer: Int) {
    startStatement(predicate)
    switch syntax {
    case .turtle: out.append(decimal: integer)
    case .nTriples:
      out.append(UInt8(ascii: "\""))
      out.append(decimal: integer)
      out.append("\"^^<")
      out.append(namespaces[RDFNamespace.xsd.rawValue])
      out.append("integer>")
    }
    endStatement()
  }

  /// `subject predicate true` (an `xsd:boolean`).
  mutating func add(_ predicate: RDFTerm, boolean: Bool) {
    startStatement(predicate)
    switch syntax {
    case .turtle: out.append(boolean ? "true" : "false")
    case .nTriples:
      out.append(boolean ? "\"true\"^^<" : "\"false\"^^<")
      out.append(namespaces[RDFNamespace.xsd.rawValue])
      out.append("boolean>")
    }
    endStatement()
  }

  /// `subject predicate ( "a" "b" … )`: an `rdf:List` of plain literals, in order.
  ///
  /// N-Triples spells the list out with blank nodes (`rdf:first`, `rdf:rest`, `rdf:nil`).
  mutating func add(_ predicate: RDFTerm, list items: [String]) {
    startStatement(predicate)
    switch syntax {
    case .turtle:
      out.append(UInt8(ascii: "("))
      for item in items {
        out.append(UInt8(ascii: " "))
        appendLiteral(item)
      }
      out.append(" )")
      endStatement()
    case .nTriples:
      guard !items.isEmpty else {
        appendTerm(.nil_)
        endStatement()
        return
      }
      let labels = items.map { _ in newBlankNode() }
      Self.appendBlank(labels[0], to: &out)
      endStatement()
      for (offset, item) in items.enumerated() {
        Self.appendBlank(labels[offset], to: &out)
        out.append(UInt8(ascii: " "))
        appendTerm(.first)
        out.append(UInt8(ascii: " "))
        appendLiteral(item)
        out.append(" .\n")
        Self.appendBlank(labels[offset], to: &out)
        out.append(UInt8(ascii: " "))
        appendTerm(.rest)
        out.append(UInt8(ascii: " "))
        if offset + 1 < labels.count {
          Self.appendBlank(labels[offset + 1], to: &out)
        } else {
          appendTerm(.nil_)
        }
        out.append(" .\n")
      }
    }
  }

  private mutating func startStatement(_ predicate: RDFTerm) {
    precondition(subjectIsOpen, "a statement needs a subject")
    switch syntax {
    case .nTriples:
      out.append(subjectText)
      out.append(UInt8(ascii: " "))
    case .turtle:
      if statementsOfSubject == 0 {
        out.append(subjectText)
        out.append(UInt8(ascii: " "))
      } else {
        out.append(" ;\n    ")
      }
    }
    statementsOfSubject += 1
    if syntax == .turtle && predicate.isRDFType {
      out.append(UInt8(ascii: "a"))
    } else {
      appendTerm(predicate)
    }
    out.append(UInt8(ascii: " "))
  }

  private mutating func endStatement() {
    if syntax == .nTriples { out.append(" .\n") }
  }

  // MARK: - Terms

  private mutating func appendTerm(_ term: RDFTerm) {
    switch syntax {
    case .turtle:
      out.append(term.namespace.prefix)
      out.append(UInt8(ascii: ":"))
      out.append(term.local)
    case .nTriples:
      out.append(UInt8(ascii: "<"))
      out.append(namespaces[term.namespace.rawValue])
      out.append(term.local)
      out.append(UInt8(ascii: ">"))
    }
  }

  private static func appendIRI(
    _ namespace: RDFNamespace, id: String, syntax: Syntax, namespaceIRI: [UInt8],
    to output: inout OutputBuffer
  ) {
    ByteEscaping.withUTF8(id) { id in
      if syntax == .turtle && isPrefixedNameSafe(id) {
        output.append(namespace.prefix)
        output.append(UInt8(ascii: ":"))
        appendEncoded(id, to: &output)
      } else {
        output.append(UInt8(ascii: "<"))
        output.append(namespaceIRI)
        appendEncoded(id, to: &output)
        output.append(UInt8(ascii: ">"))
      }
    }
  }

  private static func appendBlank(_ label: Int, to output: inout OutputBuffer) {
    output.append("_:b")
    output.append(decimal: label)
  }

  /// Whether an id, percent-encoded, is a valid local part of a Turtle prefixed name.
  private static func isPrefixedNameSafe(_ id: UnsafeBufferPointer<UInt8>) -> Bool {
    guard let first = id.first, let last = id.last, !isAllDots(id) else { return false }
    return first != UInt8(ascii: "-") && first != UInt8(ascii: ".") && last != UInt8(ascii: ".")
      && !id.contains(UInt8(ascii: "~"))
  }

  private static func isAllDots(_ id: UnsafeBufferPointer<UInt8>) -> Bool {
    !id.isEmpty && id.allSatisfy { $0 == UInt8(ascii: ".") }
  }

  /// Appends an id percent-encoded for an IRI (see the type's documentation).
  static func appendEncoded(_ id: UnsafeBufferPointer<UInt8>, to output: inout OutputBuffer) {
    let encodeDots = isAllDots(id)
    ByteEscaping.append(
      id, to: &output,
      isSpecial: { byte in
        switch byte {
        case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "A")...UInt8(ascii: "Z"),
          UInt8(ascii: "0")...UInt8(ascii: "9"), UInt8(ascii: "-"), UInt8(ascii: "_"),
          UInt8(ascii: "~"), UInt8(ascii: ":"):
          false
        case UInt8(ascii: "."): encodeDots
        default: true
        }
      }
    ) { text, index, output in
      output.append(UInt8(ascii: "%"))
      output.append(hexDigit(text[index] >> 4))
      output.append(hexDigit(text[index] & 0xF))
      return 1
    }
  }

  private mutating func appendLiteral(_ text: String) {
    out.append(UInt8(ascii: "\""))
    ByteEscaping.withUTF8(text) { text in
      ByteEscaping.append(
        text, to: &out,
        isSpecial: {
          $0 < 0x20 || $0 == UInt8(ascii: "\"") || $0 == UInt8(ascii: "\\") || $0 == 0x7F
        }
      ) { text, index, output in
        switch text[index] {
        case UInt8(ascii: "\""): output.append("\\\"")
        case UInt8(ascii: "\\"): output.append("\\\\")
        case UInt8(ascii: "\n"): output.append("\\n")
        case UInt8(ascii: "\r"): output.append("\\r")
        case UInt8(ascii: "\t"): output.append("\\t")
        case 0x08: output.append("\\b")
        case 0x0C: output.append("\\f")
        case let control:
          output.append("\\u00")
          output.append(Self.hexDigit(control >> 4))
          output.append(Self.hexDigit(control & 0xF))
        }
        return 1
      }
    }
    out.append(UInt8(ascii: "\""))
  }

  private static func hexDigit(_ value: UInt8) -> UInt8 {
    value < 10 ? UInt8(ascii: "0") + value : UInt8(ascii: "A") + value - 10
  }
}
