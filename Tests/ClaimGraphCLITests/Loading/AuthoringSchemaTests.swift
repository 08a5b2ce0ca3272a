import ClaimGraph
import ClaimGraphProject
import ClaimGraphTestSupport
import ClaimGraphYAML
import Foundation
import Testing

/// The authors' JSON Schema, generated from the reader's key tables and checked by a real
/// validator against every file of the article's graph.
@Suite struct AuthoringSchemaTests {
  static let committed = Fixture.packageRoot + "/Exports/" + AuthoringSchema.fileName

  /// Every YAML file under `Graph/`, sorted.
  static func graphFiles() throws -> [String] {
    let root = Fixture.articleGraph
    let enumerator = FileManager.default.enumerator(atPath: root)
    var files: [String] = []
    while let relative = enumerator?.nextObject() as? String {
      if relative.hasSuffix(".yaml") || relative.hasSuffix(".yml") {
        files.append(root + "/" + relative)
      }
    }
    return files.sorted()
  }

  @Test func theCommittedSchemaIsTheGeneratedOne() throws {
    #expect(try String(contentsOfFile: Self.committed, encoding: .utf8) == AuthoringSchema.text)
  }

  @Test func everyKeyTheReaderAcceptsIsInTheSchema() {
    // Each table's keys appear as its definition's properties, in the reader's order.
    let schema = AuthoringSchema.text
    for key in AuthoringFormat.file.keys { #expect(schema.contains("\"\(key)\": {")) }
    #expect(schema.contains("\"mentioned_as\": {"))
    #expect(schema.contains("\"inferred\": {"))
    #expect(schema.contains("\"additionalProperties\": false"))
  }

  @Test(
    .requires(tools: "check-jsonschema"))
  func theSchemaValidatesEveryFileOfTheGraph() throws {
    let files = try Self.graphFiles()
    #expect(files.count >= 22)
    let result = try ExternalTool.run(
      "check-jsonschema", ["--schemafile", Self.committed] + files)
    #expect(result.status == 0, "\(result.output)")
  }

  @Test(
    .requires(tools: "check-jsonschema"))
  func theSchemaRejectsAMisspeltKeyAsTheReaderDoes() throws {
    let directory = try TemporaryDirectory("schema-misspelt")
    defer { directory.remove() }
    let text = """
      claims:
        - id: sleep-consolidates-memory
          statment: Sleep consolidates memory.
          strength: established
          section: intro

      """
    let file = try directory.write(text, to: "claims.yaml")
    let result = try ExternalTool.run("check-jsonschema", ["--schemafile", Self.committed, file])
    #expect(result.status == 1)
    #expect(
      result.output.contains("Additional properties are not allowed ('statment' was unexpected)"))
    #expect(result.output.contains("'statement' is a required property"))

    let loaded = GraphLoader().load(directory: directory.path)
    #expect(
      loaded.diagnostics.map(\.rule) == [InputRule.missingField.id, InputRule.unknownKey.id])
  }

  // MARK: - The DocC table is the reader's

  static let reference =
    Fixture.packageRoot + "/Sources/ClaimGraphProject/ClaimGraphProject.docc/AuthoringFormat.md"

  /// The keys a row of the reference's "keys (required in bold)" table names, at its top
  /// level (not the values or members in parentheses), each with whether it is bold.
  static func keys(ofRow cell: Substring) -> [(key: String, isRequired: Bool)] {
    var depth = 0
    var items: [String] = [""]
    for character in cell {
      switch character {
      case "(": depth += 1
      case ")": depth -= 1
      case "," where depth == 0: items.append("")
      default: if depth == 0 { items[items.count - 1].append(character) }
      }
    }
    return items.compactMap { item in
      let item = item.trimmingCharacters(in: .whitespaces)
      if let bold = item.firstMatch(of: /^\*\*([a-z_]+)\*\*/) { return (String(bold.1), true) }
      if let code = item.firstMatch(of: /^`([a-z_]+)`/) { return (String(code.1), false) }
      return nil
    }
  }

  @Test func theReferenceTableListsEachMappingsKeysAsTheReaderDoes() throws {
    let text = try String(contentsOfFile: Self.reference, encoding: .utf8)
    let tables = Dictionary(
      Self.placements().map { ($0.table.name, $0.table) }, uniquingKeysWith: { first, _ in first })
    var checked = 0
    for line in text.split(separator: "\n") {
      let cells = line.split(separator: "|", omittingEmptySubsequences: false)
      guard cells.count == 4,
        let table = tables[cells[1].trimmingCharacters(in: .whitespaces)]
      else { continue }
      let keys = Self.keys(ofRow: cells[2])
      #expect(keys.map(\.key) == table.keys, "\(table.name)")
      #expect(
        keys.filter(\.isRequired).map(\.key) == table.fields.filter(\.isRequired).map(\.key),
        "\(table.name)")
      checked += 1
    }
    #expect(checked == 6)
  }

  // MARK: - The table's required keys are the reader's

  /// A YAML flow mapping of `table`: its required keys with a sample value each, but
  /// `omitted`, plus `extra`.
  static func sample(_ table: FieldTable, omitting omitted: String? = nil, extra: String? = nil)
    -> String
  {
    let members = table.fields.filter { $0.isRequired && $0.key != omitted }.map {
      "\($0.key): \(sample($0.shape))"
    }
    return "{" + (members + (extra.map { [$0] } ?? [])).joined(separator: ", ") + "}"
  }

  static func sample(_ shape: FieldShape) -> String {
    switch shape {
    case .text, .quotes: "x"
    case .integer: "2000"
    case .boolean: "true"
    case .identifier: "a-b"
    case .identifiers: "[a-b]"
    case .identifierOrList: "a-b"
    case .texts: "[x]"
    case .choice(let words): words[0]
    case .mapping(let table): sample(table)
    case .list(let table): "[\(sample(table))]"
    }
  }

  /// Every table the top level leads to, each with the file that holds one mapping of it
  /// (given the mapping's text) inside minimal mappings of the tables above it.
  static func placements() -> [(table: FieldTable, file: (String) -> String)] {
    var result: [(table: FieldTable, file: (String) -> String)] = [
      (AuthoringFormat.file, { $0 })
    ]
    var index = 0
    while index < result.count {
      let (parent, file) = result[index]
      index += 1
      for field in parent.fields {
        let table: FieldTable
        let isList: Bool
        switch field.shape {
        case .mapping(let nested): (table, isList) = (nested, false)
        case .list(let nested), .quotes(let nested): (table, isList) = (nested, true)
        default: continue
        }
        guard !result.contains(where: { $0.table.name == table.name }) else { continue }
        result.append(
          (
            table,
            { mapping in
              let value = isList ? "[\(mapping)]" : mapping
              let members = sample(parent, omitting: field.key, extra: "\(field.key): \(value)")
              return parent.name == AuthoringFormat.file.name
                ? "{\(field.key): \(value)}" : file(members)
            }
          ))
      }
    }
    return result
  }

  @Test func theKeysTheSchemaRequiresAreTheOnesTheReaderRequires() {
    let placements = Self.placements().dropFirst()
    #expect(
      placements.map(\.table.name) == [
        "article", "section", "unclaimed", "claim", "source", "entity", "quote", "relation",
        "citation", "evidence", "suppression", "enrichment",
      ])
    // What the file's mappings say, without the graph-wide check that unclaimed passages
    // need an article text.
    func problems(_ document: String) -> [Diagnostic] {
      GraphLoader().load(documents: [(file: "g.yaml", text: document)]).diagnostics.filter {
        !$0.message.contains("the article names no text file")
      }
    }
    for (table, file) in placements {
      let complete = file(Self.sample(table))
      #expect(problems(complete).isEmpty, "\(complete): \(problems(complete))")
      for field in table.fields where field.isRequired {
        let document = file(Self.sample(table, omitting: field.key))
        let missing = problems(document)
        #expect(
          missing.map(\.rule) == [InputRule.missingField.id]
            && missing[0].message.contains("'\(field.key)'"),
          "\(document): \(missing)")
      }
    }
  }

  @Test func aListLeftEmptyUnderItsKeyIsAnEmptyList() throws {
    let directory = try TemporaryDirectory("empty-list")
    defer { directory.remove() }
    _ = try directory.write(
      "# Claims to come.\nclaims:\n  # - id: a-claim\n  #   statement: …\n", to: "claims.yaml")
    let loaded = GraphLoader().load(directory: directory.path)
    #expect(loaded.diagnostics.isEmpty)
    #expect(loaded.graph.claims.isEmpty)
  }
}
