import ClaimGraph
import Foundation

/// Checks that a file's bytes are UTF-8 text and turns them into a `String`.
enum TextDecoding {
  /// The text, or a located diagnostic for the first problem found.
  ///
  /// Problems are a UTF-16/32 byte-order mark, a NUL byte (a binary file, such as an
  /// image saved under a `.yaml` name) or a byte sequence that is not UTF-8. A UTF-8
  /// byte-order mark is dropped.
  static func decode(_ bytes: [UInt8], file: String) -> Result<String, Diagnostic> {
    var body = bytes[...]
    if body.starts(with: [0xEF, 0xBB, 0xBF]) { body = body.dropFirst(3) }
    let utf16or32 =
      body.starts(with: [0xFF, 0xFE]) || body.starts(with: [0xFE, 0xFF])
      || body.starts(with: [0, 0, 0xFE, 0xFF])
    if utf16or32 {
      return .failure(
        InputRule.invalidEncoding.diagnostic(
          "the file starts with a UTF-16 or UTF-32 byte-order mark; save it as UTF-8",
          at: SourceLocation(file: file, line: 1, column: 1)))
    }
    if let nul = firstNUL(in: body) {
      return .failure(
        InputRule.invalidEncoding.diagnostic(
          "the file is binary, not text (it holds a NUL byte here); graph files are UTF-8 YAML",
          at: location(of: nul, in: body, file: file)))
    }
    if let text = String(validating: body, as: UTF8.self) { return .success(text) }
    return .failure(
      InputRule.invalidEncoding.diagnostic(
        "the file is not valid UTF-8 (first bad byte here); save it as UTF-8",
        at: firstInvalidByte(in: body, file: file)))
  }

  /// The index of the first NUL byte, found with `memchr` (many bytes at a time).
  private static func firstNUL(in bytes: ArraySlice<UInt8>) -> Int? {
    bytes.withUnsafeBytes { raw in
      guard let base = raw.baseAddress, let found = memchr(base, 0, raw.count) else { return nil }
      return bytes.startIndex + (UnsafeRawPointer(found) - base)
    }
  }

  /// The line and column (in Unicode scalars, counting any bytes that are not UTF-8 as one
  /// each) of the byte at `offset`.
  private static func location(of offset: Int, in bytes: ArraySlice<UInt8>, file: String)
    -> SourceLocation
  {
    let before = bytes[..<offset]
    let lineStart = before.lastIndex(of: UInt8(ascii: "\n")).map { $0 + 1 } ?? bytes.startIndex
    let line = before.count { $0 == UInt8(ascii: "\n") } + 1
    let column = bytes[lineStart..<offset].count { $0 & 0xC0 != 0x80 } + 1
    return SourceLocation(file: file, line: line, column: column)
  }

  /// The line and column (in Unicode scalars) of the first byte that is not UTF-8.
  private static func firstInvalidByte(in bytes: ArraySlice<UInt8>, file: String) -> SourceLocation
  {
    var parser = Unicode.UTF8.ForwardParser()
    var iterator = bytes.makeIterator()
    var line = 1
    var column = 1
    while true {
      switch parser.parseScalar(from: &iterator) {
      case .valid(let scalar):
        if scalar.count == 1, scalar.first == UInt8(ascii: "\n") {
          line += 1
          column = 1
        } else {
          column += 1
        }
      case .error, .emptyInput:
        return SourceLocation(file: file, line: line, column: column)
      }
    }
  }
}
