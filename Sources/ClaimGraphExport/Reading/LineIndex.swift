/// Finds lines and columns in a UTF-8 document.
struct LineIndex {
  private let bytes: [UInt8]
  private let starts: [Int]

  init(_ bytes: [UInt8]) {
    self.bytes = bytes
    var starts = [0]
    for (offset, byte) in bytes.enumerated() where byte == UInt8(ascii: "\n") {
      starts.append(offset + 1)
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
    for offset in start...(end - target.count)
    where bytes[offset..<offset + target.count].elementsEqual(target) {
      return String(decoding: bytes[start..<offset], as: UTF8.self).unicodeScalars.count + 1
    }
    return nil
  }

  /// The 1-based line and column (in Unicode scalars) of a byte offset.
  func location(ofOffset offset: Int) -> (line: Int, column: Int) {
    let line = line(ofOffset: offset)
    let start = starts[line - 1]
    let prefix = bytes[start..<min(max(offset, start), bytes.count)]
    return (line, String(decoding: prefix, as: UTF8.self).unicodeScalars.count + 1)
  }
}
