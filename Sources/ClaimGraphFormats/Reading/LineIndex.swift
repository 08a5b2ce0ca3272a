import Foundation

/// Finds lines and columns in a UTF-8 document.
struct LineIndex {
  private let bytes: [UInt8]
  private let starts: [Int]

  init(_ bytes: [UInt8]) {
    self.bytes = bytes
    var starts = [0]
    bytes.withUnsafeBufferPointer { buffer in
      guard let base = buffer.baseAddress else { return }
      var offset = 0
      while let found = memchr(base + offset, Int32(UInt8(ascii: "\n")), buffer.count - offset) {
        offset = base.distance(to: found.assumingMemoryBound(to: UInt8.self)) + 1
        starts.append(offset)
      }
    }
    self.starts = starts
  }

  /// The 1-based line of a byte offset.
  func line(ofOffset offset: Int) -> Int {
    var low = 0
    var high = starts.count - 1
    while low < high {
      let middle = (low + high + 1) / 2
      if starts[middle] <= offset { low = middle } else { high = middle - 1 }
    }
    return low + 1
  }

  /// The 1-based column (in Unicode scalars) where `needle` first occurs on a line, if it
  /// does.
  func column(of needle: String, onLine line: Int) -> Int? {
    guard line >= 1, line <= starts.count else { return nil }
    let start = starts[line - 1]
    let end = line < starts.count ? starts[line] : bytes.count
    let target = Array(needle.utf8)
    guard !target.isEmpty, end - start >= target.count else { return nil }
    return bytes.withUnsafeBufferPointer { buffer in
      target.withUnsafeBufferPointer { target in
        var offset = start
        while offset <= end - target.count {
          if buffer[offset] == target[0]
            && memcmp(buffer.baseAddress! + offset, target.baseAddress!, target.count) == 0
          {
            return Self.scalarCount(buffer, from: start, to: offset) + 1
          }
          offset += 1
        }
        return nil
      }
    }
  }

  /// The number of Unicode scalars in `buffer[from..<to]`: bytes that do not continue a
  /// UTF-8 sequence.
  private static func scalarCount(_ buffer: UnsafeBufferPointer<UInt8>, from: Int, to: Int) -> Int {
    var count = 0
    var offset = from
    while offset < to {
      if buffer[offset] & 0xC0 != 0x80 { count += 1 }
      offset += 1
    }
    return count
  }

  /// The 1-based line and column (in Unicode scalars) of a byte offset.
  func location(ofOffset offset: Int) -> (line: Int, column: Int) {
    let line = line(ofOffset: offset)
    let start = starts[line - 1]
    let end = min(max(offset, start), bytes.count)
    let column = bytes.withUnsafeBufferPointer { Self.scalarCount($0, from: start, to: end) }
    return (line, column + 1)
  }

  /// The column of the line's first tag if it is `<name attribute="value"`, else nil.
  ///
  /// Without an attribute, the tag only has to start with `<name`. Most elements of a
  /// GraphML file are found this way; the bytes are compared in place, without building
  /// the text to search for.
  func columnOfFirstTag(
    onLine line: Int, _ name: String, _ attribute: (String, String)?
  ) -> Int? {
    guard line >= 1, line <= starts.count else { return nil }
    let start = starts[line - 1]
    let end = line < starts.count ? starts[line] : bytes.count
    return bytes.withUnsafeBufferPointer { buffer -> Int? in
      var cursor = start
      while cursor < end && buffer[cursor] != UInt8(ascii: "<") { cursor += 1 }
      let open = cursor
      cursor += 1
      guard open < end, Self.skip(name, in: buffer, at: &cursor, end: end) else { return nil }
      if let (key, value) = attribute {
        guard Self.skip(" ", in: buffer, at: &cursor, end: end),
          Self.skip(key, in: buffer, at: &cursor, end: end),
          Self.skip("=\"", in: buffer, at: &cursor, end: end),
          Self.skip(value, in: buffer, at: &cursor, end: end),
          Self.skip("\"", in: buffer, at: &cursor, end: end)
        else { return nil }
      }
      return Self.scalarCount(buffer, from: start, to: open) + 1
    }
  }

  /// Moves `cursor` past `piece` if the bytes there spell it.
  private static func skip(
    _ piece: String, in buffer: UnsafeBufferPointer<UInt8>, at cursor: inout Int, end: Int
  ) -> Bool {
    var piece = piece
    let count = piece.utf8.count
    guard end - cursor >= count,
      piece.withUTF8({ memcmp(buffer.baseAddress! + cursor, $0.baseAddress!, count) == 0 })
    else { return false }
    cursor += count
    return true
  }
}
