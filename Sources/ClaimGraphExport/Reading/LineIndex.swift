import Foundation

/// Finds lines and columns in a UTF-8 document.
struct LineIndex {
  private let bytes: [UInt8]
  private let starts: [Int]

  init(_ bytes: [UInt8]) {
    self.bytes = bytes
    var starts = [0]
    bytes.withUnsafeBufferPointer { buffer in
      var offset = 0
      while offset < buffer.count {
        if buffer[offset] == UInt8(ascii: "\n") { starts.append(offset + 1) }
        offset += 1
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
}
