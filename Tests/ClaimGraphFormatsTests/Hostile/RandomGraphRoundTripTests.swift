import ClaimGraph
import ClaimGraphFormats
import PropertyBased
import Testing

/// Random graphs, with hostile text in every id and label, survive export → read → export
/// byte for byte in GraphML and node-link JSON (and JSON gives back an equal graph).
@Suite struct RandomGraphRoundTripTests {
  /// Pieces of text that stress escaping and encoding: markup, quotes, whitespace of every
  /// kind, control characters, combining marks, emoji sequences, right-to-left scripts,
  /// non-characters and characters outside the Basic Multilingual Plane.
  static let fragments = [
    "a", "id", "β", "→", "é", "e\u{301}", "中文", "😀", "👩🏽‍🔬", "\u{202E}", "עברית", "مرحبا",
    "<", ">", "&", "\"", "'", "\\", " ", "  ", "\t", "\n", "\r\n", "\r", "\u{0}", "\u{1}",
    "\u{7F}", "\u{85}", "\u{2028}", "\u{FEFF}", "\u{FFFE}", "]]>", "<!--", "&amp;", "&#0;",
    "{", "}", ",", ":", "#", "-", "%s", "𝔘", "\u{E000}",
  ]

  static let text = Gen.int(in: 0...(fragments.count - 1)).array(of: 0...4)
    .map { $0.map { fragments[$0] }.joined() }

  /// The raw material of one graph; ``graph`` turns it into a valid `KnowledgeGraph`.
  struct Recipe: Sendable, CustomStringConvertible {
    let names: [String]
    let titles: [String]
    let statements: [String]
    let choices: [Int]

    var description: String { "\(names) \(titles) \(statements) \(choices)" }

    /// The `index`th choice, in `0..<count`.
    func choice(_ index: Int, _ count: Int) -> Int { choices[index % choices.count] % count }

    var graph: KnowledgeGraph {
      let entities = names.enumerated().map { index, name in
        Entity(
          id: NodeID(rawValue: "e\(index) \(name)"),
          kind: NodeKind.entityKinds[choice(index, NodeKind.entityKinds.count)], name: name,
          aliases: choice(index + 1, 2) == 0 ? [] : [name + name, ""],
          category: choice(index + 2, 2) == 0 ? nil : name,
          description: choice(index + 3, 2) == 0 ? nil : name)
      }
      let sources = titles.enumerated().map { index, title in
        Source(
          id: NodeID(rawValue: "s\(index) \(title)"),
          type: SourceType.allCases[choice(index, SourceType.allCases.count)], title: title,
          authors: choice(index + 1, 2) == 0 ? [] : [title, "O'Brien"],
          year: choice(index + 2, 3) == 0 ? nil : 1900 + choice(index + 3, 130),
          venue: choice(index + 4, 2) == 0 ? nil : title,
          methods: entities.isEmpty ? [] : [entities[choice(index + 5, entities.count)].id],
          isListed: choice(index + 6, 2) == 0, mentionedAs: choice(index + 7, 2) == 0 ? nil : title)
      }
      let claims = statements.enumerated().map { index, statement in
        let about = entities.isEmpty ? [] : [entities[choice(index, entities.count)].id]
        let relations =
          entities.count < 2
          ? []
          : [
            Relation(
              subject: entities[choice(index + 1, entities.count)].id, predicate: statement,
              object: entities[choice(index + 2, entities.count)].id)
          ]
        let citations =
          sources.isEmpty
          ? []
          : [
            Citation(
              source: sources[choice(index + 3, sources.count)].id,
              methods: about, stance: Stance.allCases[choice(index + 4, Stance.allCases.count)],
              locator: choice(index + 5, 2) == 0 ? nil : statement)
          ]
        // Stated evidence of the claim's entity (a method or not), quoting the statement.
        let evidence =
          choice(index + 9, 2) == 0
          ? [] : about.map { StatedEvidence(method: $0, quotes: [TextQuote(statement)]) }
        return Claim(
          id: NodeID(rawValue: "c\(index) \(statement)"), statement: statement,
          strength: EvidenceStrength.allCases[choice(index + 6, EvidenceStrength.allCases.count)],
          section: choice(index + 7, 2) == 0 ? nil : "s", about: about, relations: relations,
          citations: citations, note: choice(index + 8, 2) == 0 ? nil : statement,
          evidence: evidence)
      }
      do {
        return try KnowledgeGraph(
          article: Article(id: "random", title: statements.joined()),
          sections: [Section(id: "s", title: titles.joined())], claims: claims, sources: sources,
          entities: entities)
      } catch {
        preconditionFailure("ids are unique by construction: \(error)")
      }
    }
  }

  static let recipes = zip(
    text.array(of: 0...5), text.array(of: 0...3), text.array(of: 0...5),
    Gen.int(in: 0...1_000).array(of: 1...16)
  ).map { Recipe(names: $0, titles: $1, statements: $2, choices: $3) }

  private func roundTrip(_ graph: KnowledgeGraph, _ format: ExportFormat) throws -> (
    first: [UInt8], loaded: LoadedGraph, second: [UInt8]
  ) {
    let first = try format.exporter.bytes(of: GraphSelection(graph))
    let loaded =
      format == .graphml
      ? GraphMLReader().load(bytes: first, file: "random.graphml")
      : NodeLinkJSONReader().load(bytes: first, file: "random.json")
    let second = try format.exporter.bytes(of: GraphSelection(loaded.graph))
    return (first, loaded, second)
  }

  @Test func randomGraphsSurviveGraphMLByteForByte() async {
    await propertyCheck(count: 150, input: Self.recipes) { recipe in
      let result = try roundTrip(recipe.graph, .graphml)
      #expect(!result.loaded.hasErrors, "\(result.loaded.diagnostics)")
      #expect(
        String(decoding: result.second, as: UTF8.self)
          == String(decoding: result.first, as: UTF8.self))
    }
  }

  @Test func randomGraphsSurviveJSONExactly() async {
    await propertyCheck(count: 150, input: Self.recipes) { recipe in
      let graph = recipe.graph
      let result = try roundTrip(graph, .json)
      if String(decoding: result.first, as: UTF8.self).contains(#"\u0000"#) {
        // The reader refuses a text that holds U+0000, where it is written (issue 20).
        #expect(result.loaded.diagnostics.map(\.rule) == [InputRule.invalidValue.id])
        return
      }
      #expect(!result.loaded.hasErrors, "\(result.loaded.diagnostics)")
      #expect(result.loaded.graph == graph)
      #expect(
        String(decoding: result.second, as: UTF8.self)
          == String(decoding: result.first, as: UTF8.self))
    }
  }

  /// Inputs the property tests shrank failures to, kept as fixed regression cases: a NUL in
  /// a source id (GraphML: the citation kept `\u0000` while the node carried U+FFFD, so the
  /// citation dangled) and a text that is one U+FEFF (JSON: read back as empty).
  @Test func shrunkFailuresStayFixed() throws {
    let nul = Recipe(names: [], titles: ["\0"], statements: [""], choices: [0])
    let graphML = try roundTrip(nul.graph, .graphml)
    #expect(graphML.loaded.diagnostics == [])
    #expect(graphML.second == graphML.first)
    let bom = Recipe(names: [], titles: ["\u{FEFF}"], statements: [], choices: [0])
    let json = try roundTrip(bom.graph, .json)
    #expect(json.loaded.graph.sources.first?.title == "\u{FEFF}")
    #expect(json.second == json.first)
  }
}
