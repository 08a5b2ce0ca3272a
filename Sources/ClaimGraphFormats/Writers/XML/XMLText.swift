/// Text that XML 1.0 can carry.
///
/// XML 1.0 forbids most C0 control characters (U+0000–U+0008, U+000B, U+000C,
/// U+000E–U+001F) and U+FFFE/U+FFFF, even as character references. Exports replace each
/// with U+FFFD REPLACEMENT CHARACTER: the document stays valid, and the reader sees that
/// something was there. Tab, line feed and carriage return are kept (libxml2 writes the
/// carriage return as `&#13;` so it survives parsing).
enum XMLText {
  /// Whether a scalar may appear in an XML 1.0 document.
  static func isAllowed(_ scalar: Unicode.Scalar) -> Bool {
    switch scalar.value {
    case 0x9, 0xA, 0xD: true
    case 0x20...0xD7FF, 0xE000...0xFFFD, 0x10000...0x10FFFF: true
    default: false
    }
  }

  /// The text with every character XML 1.0 forbids replaced by U+FFFD.
  static func sanitised(_ text: String) -> String {
    guard !text.unicodeScalars.allSatisfy(isAllowed) else { return text }
    var scalars = String.UnicodeScalarView()
    for scalar in text.unicodeScalars {
      scalars.append(isAllowed(scalar) ? scalar : "\u{FFFD}")
    }
    return String(scalars)
  }
}

extension XMLText {
  /// U+FFFD REPLACEMENT CHARACTER in UTF-8.
  static let replacementCharacter: StaticString = "\u{FFFD}"

  /// How many bytes of a scalar XML 1.0 forbids start at `index` in UTF-8 text: 1 for a
  /// forbidden C0 control, 3 for U+FFFE or U+FFFF, 0 when the scalar there is allowed.
  @inline(__always)
  static func forbiddenLength(in text: UnsafeBufferPointer<UInt8>, at index: Int) -> Int {
    let byte = text[index]
    if byte < 0x20 { return byte == 0x9 || byte == 0xA || byte == 0xD ? 0 : 1 }
    if byte == 0xEF, index + 2 < text.count, text[index + 1] == 0xBF,
      text[index + 2] == 0xBE || text[index + 2] == 0xBF
    {
      return 3
    }
    return 0
  }

  /// Appends `text` like ``Escaping/append(_:to:isSpecial:escape:)``, but first replaces
  /// each scalar XML 1.0 forbids with U+FFFD; `escape` sees the other special bytes (and
  /// every control character) one at a time.
  @inline(__always)
  static func appendSanitised(
    _ text: UnsafeBufferPointer<UInt8>, to output: inout OutputBuffer,
    isSpecial: (UInt8) -> Bool,
    escape: (UnsafeBufferPointer<UInt8>, Int, inout OutputBuffer) -> Void
  ) {
    ByteEscaping.append(
      text, to: &output, isSpecial: { $0 < 0x20 || $0 == 0xEF || isSpecial($0) }
    ) { text, index, output in
      let forbidden = forbiddenLength(in: text, at: index)
      guard forbidden == 0 else {
        output.append(replacementCharacter)
        return forbidden
      }
      escape(text, index, &output)
      return 1
    }
  }
}
