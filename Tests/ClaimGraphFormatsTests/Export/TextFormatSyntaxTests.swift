import ClaimGraph
import ClaimGraphFormats
import ClaimGraphFormatsTestSupport
import ClaimGraphTestSupport
import Foundation
import Testing

/// Hostile labels never break DOT or Mermaid syntax.
@Suite struct TextFormatSyntaxTests {
  /// Reads back a DOT double-quoted string starting at `index`, per the DOT lexer (only
  /// `\"` is special to it) plus escString's `\\` and `\n`.
  private func unquoteDOT(_ text: Substring) -> (value: String, rest: Substring)? {
    guard text.first == "\"" else { return nil }
    var value = ""
    var index = text.index(after: text.startIndex)
    while index < text.endIndex {
      let character = text[index]
      if character == "\"" { return (value, text[text.index(after: index)...]) }
      if character == "\\" {
        index = text.index(after: index)
        guard index < text.endIndex else { return nil }
        switch text[index] {
        case "n": value += "\n"
        default: value.append(text[index])
        }
      } else {
        value.append(character)
      }
      index = text.index(after: index)
    }
    return nil
  }

  @Test func dotLabelsReadBackAsTheSanitisedText() throws {
    let dot = String(
      decoding: try ExportFixtures.export(.dot, ExportFixtures.hostile()), as: UTF8.self)
    let line = try #require(dot.split(separator: "\n").first { $0.hasPrefix("  \"end\" ") })
    #expect(
      line
        == "  \"end\" [label=\"end\", shape=\"octagon\", style=\"filled\", fillcolor=\"#E1C7D4\", color=\"#882255\"];"
    )
    let node = try #require(
      dot.split(separator: "\n").first { $0.hasPrefix("  \"odd id <&>\" [label=") })
    let label = try #require(unquoteDOT(node.dropFirst("  \"odd id <&>\" [label=".count)))
    func collapsed(_ text: String) -> String {
      text.split(whereSeparator: \.isWhitespace).joined(separator: " ")
    }
    #expect(collapsed(label.value) == collapsed(ExportFixtures.hostileTextInXML))
    #expect(label.value.contains("\\N \\\" back\\slash"))
    #expect(label.rest.hasPrefix(", shape=\"house\""))
  }

  @Test(.requires(tools: "dot"))
  func dotRendersWithoutWarnings() throws {
    for graph in [ExportFixtures.demo, ExportFixtures.hostile()] {
      let result = try ChildProcess.run(
        "dot", ["-Tsvg"], input: Data(try ExportFixtures.export(.dot, graph)))
      #expect(result.status == 0)
      #expect(result.errors == "")
      #expect(result.stdout.count > 1000)
    }
  }

  @Test func mermaidLinesKeepTheirShapeWhateverTheLabels() throws {
    let text = String(
      decoding: try ExportFixtures.export(.mermaid, ExportFixtures.hostile()), as: UTF8.self)
    let lines = text.split(separator: "\n", omittingEmptySubsequences: false)
    #expect(lines.first == "flowchart LR")
    #expect(lines.last == "")
    let node = /^  n_\w+\["[^"\n\r\\`|]*"\]:::[a-z_]+$/
    let link = /^  n_\w+ (==>|-\.->|-->|--x)(\|"[^"\n\r|]*"\|)? n_\w+$/
    let legend =
      /^    legend_\w+\["[^"\n\r\\`|]*"\]:::[a-z_]+( (==>|-\.->|-->|--x)\|"[^"\n\r|]*"\| legend_\w+\[" "\]:::legendpoint)?$/
    let other =
      /^  (%% .*|classDef [a-z_]+ .*|linkStyle [\d,]+ .*|subgraph legend\["Legend"\]|end)$/
    for line in lines.dropFirst().dropLast() {
      let matches =
        line.wholeMatch(of: node) != nil || line.wholeMatch(of: link) != nil
        || line.wholeMatch(of: legend) != nil || line.wholeMatch(of: other) != nil
      #expect(matches, "unexpected Mermaid line: \(line)")
    }
    #expect(text.contains("\n  n_end[\"end\"]:::condition\n"))
    #expect(text.contains("#60;a href=#61;") == false)
    #expect(
      text.contains(
        "#60;a href=#34;x#34;#62;#38;amp#59; 'q'#60;/a#62; #92;N #92;#34; back#92;slash<br/>line<br/>CRLF<br/>CR tab \u{FFFD}\u{FFFD}\u{FFFD}\u{FFFD} ctrl"
      ))
  }

  @Test func mermaidEscapesEveryCharacterThatCouldEndALabel() {
    #expect(MermaidExporter.escaped("a\"b#c\nd|e") == "a#34;b#35;c<br/>d#124;e")
  }
}
