import ClaimGraph
import ClaimGraphYAML
import Testing

/// How the loader reads YAML through libfyaml's events: where each kind of node is placed,
/// what a file is refused for, and the parser's known faults kept away from the graph.
@Suite struct YAMLReadingTests {
  private func diagnostics(_ text: String) -> [String] {
    GraphLoader().load(documents: [(file: "a.yaml", text: text)]).diagnostics.map(\.description)
  }

  /// A file with section `s` and claim `c`, whose other fields (from line 6 on) are `rest`.
  private func claim(_ rest: String) -> String {
    "sections:\n  - id: s\n    title: S\nclaims:\n  - id: c\n" + rest
  }

  @Test func everyKindOfNodeIsPlacedWhereItIsWritten() {
    let text = claim(
      """
          statement: >-
            Folded text.
          strength: 'maybe'
          section: s
          about: |
            not a list
          citations:
            -
            - "quoted"
            - [source: x]
          note: &n
            - a list
      """)
    #expect(
      diagnostics(text) == [
        "a.yaml:8:15: error: 'strength' of claim 'c' must be one of established, uncertain, refuted, found "
          + "'maybe' [invalid-value]",
        "a.yaml:10:12: error: 'about' of claim 'c' must be a list, found the text 'not a list\n' [wrong-type]",
        "a.yaml:13:8: error: expected a citation of claim 'c' (a mapping), found nothing [wrong-type]",
        "a.yaml:14:9: error: expected a citation of claim 'c' (a mapping), found the text 'quoted' [wrong-type]",
        "a.yaml:15:9: error: expected a citation of claim 'c' (a mapping), found a list [wrong-type]",
        "a.yaml:16:11: error: 'note' of claim 'c' must be a text, found a list [wrong-type]",
      ])
  }

  @Test func aSecondDocumentIsRefusedWhereItStarts() {
    #expect(
      diagnostics("sections: []\n---\nclaims: []\n") == [
        "a.yaml:2:1: error: a second YAML document starts here; a ClaimGraph file holds one "
          + "document (split it into two files) [syntax]"
      ])
  }

  @Test func aFileThatIsNotYAMLIsASyntaxErrorEvenAfterAnAlias() {
    #expect(
      diagnostics("sections: &a []\nclaims: *a\nentities: [\n") == [
        "a.yaml:4:1: error: invalid YAML: flow sequence without a closing bracket [syntax]"
      ])
  }

  /// A folded text libfyaml 0.7.12 hands back corrupt is read right or refused, never kept.
  ///
  /// The fault: a `>` on a line of its own, the text no deeper than that line, some lines
  /// deeper still. A fixed libfyaml reads it right.
  @Test func aFoldedTextTheParserMisreadsIsNeverKeptCorrupt() {
    let text = claim(
      """
          statement:
           >-
           First line
             more indented
          strength: uncertain
          section: s
      """)
    let loaded = GraphLoader().load(documents: [(file: "a.yaml", text: text)])
    if loaded.diagnostics.isEmpty {
      #expect(loaded.graph.claims.first?.statement == "First line\n  more indented")
    } else {
      #expect(
        loaded.diagnostics.map(\.description) == [
          "a.yaml:7:6: error: the YAML parser misreads this block text (a fault of libfyaml 0.7 "
            + "with some indentations); write the `|` or `>` at the end of the key's line and "
            + "indent the text below it, or quote the text [syntax]"
        ])
    }
  }

  /// A block text whose last line is deeper than its first keeps its final line break:
  /// libfyaml 0.7.12 drops it (which the words alone do not show), and the reader puts it
  /// back (issue 20: the `>` or `|` on a line of its own, as reported, or not).
  @Test(arguments: [">", "|"])
  func aBlockTextKeepsTheFinalLineBreakTheParserDrops(indicator: String) {
    for statement in ["statement:\n       \(indicator)\n", "statement: \(indicator)\n"] {
      let text = claim(
        """
            \(statement)       First line
                 more indented
            strength: uncertain
            section: s
        """)
      let loaded = GraphLoader().load(documents: [(file: "a.yaml", text: text)])
      #expect(loaded.diagnostics.filter { $0.rule != "uncited-claim" } == [])
      #expect(loaded.graph.claims.first?.statement == "First line\n  more indented\n")
    }
  }

  @Test func blockTextsEndAsTheirChompingSays() {
    // Clip, strip and keep, at the end of the file with and without a final line break.
    for (block, statement) in [
      ("|\n    a\n      b\n", "a\n  b\n"), (">-\n    a\n    b\n", "a b"),
      ("|+\n    a\n\n", "a\n\n"), ("|\n    a\n\n\n", "a\n"), ("|\n    a", "a\n"),
    ] {
      let text = claim("    strength: uncertain\n    section: s\n    statement: " + block)
      let loaded = GraphLoader().load(documents: [(file: "a.yaml", text: text)])
      #expect(loaded.diagnostics == [], "\(block)")
      #expect(loaded.graph.claims.first?.statement == statement, "\(block)")
    }
  }

  @Test func yaml12IsRead() {
    // YAML 1.2 documents that libyaml (YAML 1.1) refused or misread.
    let text = """
      sections:
        - {id: "s\\/1", title: S}
      claims:
        - id: c
          statement: "a: b"
          strength: uncertain
          section: "s/1"
          note: [?x]
      """
    #expect(
      diagnostics(text) == [
        "a.yaml:8:11: error: 'note' of claim 'c' must be a text, found a list [wrong-type]"
      ])
  }
}
