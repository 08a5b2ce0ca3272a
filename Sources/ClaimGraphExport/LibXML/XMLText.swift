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
