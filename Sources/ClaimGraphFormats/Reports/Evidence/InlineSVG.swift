import ClaimGraph

/// Makes Graphviz's SVG fit to sit inside an HTML page.
///
/// `dot -Tsvg` writes a standalone document: an XML declaration, a DOCTYPE naming an
/// external DTD and comments (the Graphviz version among them). Inline in HTML only the
/// `<svg>` element belongs; the rest is dropped, which also keeps the page's bytes from
/// depending on the Graphviz version's banner. Graphviz's element ids (`graph0`, `node1`,
/// and a cluster sharing its graph's) would repeat from one picture to the next, and
/// nothing refers to them, so they go too. The root gets `role="img"` and the ids of the
/// elements that name it.
package enum InlineSVG {
  /// The `<svg>` element alone, without comments or `id` attributes, labelled by
  /// `labelledBy` (element ids); nil when the text holds no `<svg …>…</svg>` element.
  package static func inline(_ svg: String, labelledBy: String) -> String? {
    let bytes = Array(svg.utf8)
    guard let start = firstIndex(of: "<svg", in: bytes, from: 0),
      let end = lastIndex(of: "</svg>", in: bytes), start < end
    else { return nil }
    var result: [UInt8] = []
    result.reserveCapacity(end + 6 - start)
    result += "<svg role=\"img\" aria-labelledby=\"\(Escaping.html(labelledBy))\"".utf8
    var index = start + 4
    while index < end + 6 {
      guard let open = firstIndex(of: "<!--", in: bytes, from: index), open < end else {
        result += bytes[index..<(end + 6)]
        break
      }
      result += bytes[index..<open]
      guard let close = firstIndex(of: "-->", in: bytes, from: open + 4), close < end else {
        result += "</svg>".utf8
        break
      }
      index = close + 3
      // The comment's line break goes too, so no blank line is left behind.
      if index < bytes.count, bytes[index] == UInt8(ascii: "\n") { index += 1 }
    }
    return String(decoding: withoutIDs(result), as: UTF8.self)
  }

  /// The bytes without ` id="…"` attributes.
  ///
  /// Graphviz escapes `"` in text and attribute values, so the sequence only ever starts
  /// an attribute.
  private static func withoutIDs(_ bytes: [UInt8]) -> [UInt8] {
    var result: [UInt8] = []
    result.reserveCapacity(bytes.count)
    var index = 0
    while index < bytes.count {
      guard let start = firstIndex(of: " id=\"", in: bytes, from: index),
        let end = bytes[(start + 5)...].firstIndex(of: UInt8(ascii: "\""))
      else {
        result += bytes[index...]
        break
      }
      result += bytes[index..<start]
      index = end + 1
    }
    return result
  }

  private static func firstIndex(of needle: String, in bytes: [UInt8], from start: Int) -> Int? {
    let pattern = Array(needle.utf8)
    guard let first = pattern.first, bytes.count >= pattern.count else { return nil }
    var index = start
    while index <= bytes.count - pattern.count {
      if bytes[index] == first, bytes[index..<(index + pattern.count)].elementsEqual(pattern) {
        return index
      }
      index += 1
    }
    return nil
  }

  private static func lastIndex(of needle: String, in bytes: [UInt8]) -> Int? {
    let pattern = Array(needle.utf8)
    guard bytes.count >= pattern.count else { return nil }
    var index = bytes.count - pattern.count
    while index >= 0 {
      if bytes[index..<(index + pattern.count)].elementsEqual(pattern) { return index }
      index -= 1
    }
    return nil
  }
}
