import ClaimGraphBenchmarks
import ClaimGraphFormats
import Testing

/// DOT labels wrap at the same places whether the fast (byte) or the general (character)
/// path measures them.
@Suite struct DOTWrappingTests {
  /// The wrapping measured character by character, as the exporter first did it.
  private func reference(_ text: String, width: Int) -> String {
    var lines: [String] = []
    for paragraph in text.split(separator: "\n", omittingEmptySubsequences: false) {
      var line = ""
      for word in paragraph.split(separator: " ", omittingEmptySubsequences: true) {
        if !line.isEmpty && line.count + 1 + word.count > width {
          lines.append(line)
          line = ""
        }
        line += line.isEmpty ? String(word) : " " + word
      }
      lines.append(line)
    }
    return lines.joined(separator: "\n")
  }

  @Test func wrapsLikeTheCharacterByCharacterReference() {
    let pieces = [
      "word", "a", "longer-word-here", "β-endorphin", "→", "😀", "👩🏽‍🔬", "e\u{301}",
      "\u{301}accent", "\r\n", "\n", "\r", " ", "  ", "x\u{200D}", "עברית",
    ]
    var generator = SeededGenerator(seed: 6)
    for _ in 0..<2000 {
      let count = Int.random(in: 0...14, using: &generator)
      let text = (0..<count).map { _ in pieces.randomElement(using: &generator)! }
        .joined(separator: Bool.random(using: &generator) ? " " : "")
      for width in [4, 24, 36] {
        #expect(
          DOTExporter.wrapped(text, width: width) == reference(text, width: width),
          "\(text.unicodeScalars.map { String($0.value, radix: 16) })")
      }
    }
  }
}
