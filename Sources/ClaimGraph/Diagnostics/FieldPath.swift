/// The path of a field inside a node, in parts: `citations[0].methods[1]` is the name
/// `citations`, index 0, member `methods`, member index 1.
///
/// The loader records millions of paths; keeping the parts (short names stay inside the
/// `String` value, with no allocation) spares it building a text for each. A path of any
/// other shape is kept whole as its name, so every text has exactly one ``FieldPath``.
package struct FieldPath: Hashable, Sendable {
  package let name: String
  package let index: Int32
  package let member: String
  package let memberIndex: Int32

  /// `name`, `name[index]`, `name[index].member` or `name[index].member[memberIndex]`
  /// (a missing index is -1, a missing member empty).
  package init(_ name: String, index: Int = -1, member: String = "", memberIndex: Int = -1) {
    self.name = name
    self.index = Int32(clamping: index)
    self.member = member
    self.memberIndex = Int32(clamping: memberIndex)
  }

  /// The path of a model field by its YAML key: `field`, `field[index]`,
  /// `field[index].member` or `field[index].member[memberIndex]`.
  package init(
    _ field: ModelField, index: Int = -1, member: ModelField? = nil, memberIndex: Int = -1
  ) {
    self.init(field.key, index: index, member: member?.key ?? "", memberIndex: memberIndex)
  }

  /// The parts of a path written as text (`citations[0].source`).
  ///
  /// A plain name (no `.`, `[` or `]`, as most are) is taken whole without reading it
  /// character by character: reading GraphML back parsed every attribute name of every
  /// node, 632 of the 4,854 million instructions of the 10k benchmark catalogue (callgrind).
  package init(parsing text: String) {
    let isPlain = !text.utf8.contains {
      $0 == UInt8(ascii: ".") || $0 == UInt8(ascii: "[") || $0 == UInt8(ascii: "]")
    }
    self = isPlain ? FieldPath(text) : Self.parts(of: text) ?? FieldPath(text)
  }

  /// `name[index].member[index]`, each part after the name optional, or nil for any other
  /// shape (which then stays whole).
  private static func parts(of text: String) -> FieldPath? {
    var rest = Substring(text)
    guard let name = word(&rest) else { return nil }
    let index = subscripted(&rest)
    guard rest.isEmpty || rest.first == "." else { return nil }
    if rest.isEmpty { return FieldPath(String(name), index: index ?? -1) }
    rest.removeFirst()
    guard let member = word(&rest) else { return nil }
    let memberIndex = subscripted(&rest)
    guard rest.isEmpty else { return nil }
    return FieldPath(
      String(name), index: index ?? -1, member: String(member), memberIndex: memberIndex ?? -1)
  }

  /// Takes a non-empty run of characters other than `.`, `[` and `]`.
  private static func word(_ text: inout Substring) -> Substring? {
    let end = text.firstIndex { $0 == "." || $0 == "[" || $0 == "]" } ?? text.endIndex
    guard end > text.startIndex else { return nil }
    defer { text = text[end...] }
    return text[..<end]
  }

  /// Takes `[digits]`, if the text starts with it.
  private static func subscripted(_ text: inout Substring) -> Int? {
    guard text.first == "[", let close = text.firstIndex(of: "]") else { return nil }
    let digits = text[text.index(after: text.startIndex)..<close]
    guard !digits.isEmpty, digits.allSatisfy(\.isASCIIDigit), let value = Int(digits),
      value <= Int32.max
    else { return nil }
    text = text[text.index(after: close)...]
    return value
  }
}

extension Character {
  fileprivate var isASCIIDigit: Bool { ("0"..."9").contains(self) }
}
