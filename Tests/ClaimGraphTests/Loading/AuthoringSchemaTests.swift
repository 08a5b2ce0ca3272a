import ClaimGraph
import ClaimGraphProject
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
    .enabled(
      if: ExternalTool.isRequired("check-jsonschema"),
      "needs check-jsonschema (bash .ci/setup installs it)"))
  func theSchemaValidatesEveryFileOfTheGraph() throws {
    let files = try Self.graphFiles()
    #expect(files.count >= 22)
    let result = try ExternalTool.run(
      "check-jsonschema", ["--schemafile", Self.committed] + files)
    #expect(result.status == 0, "\(result.output)")
  }

  @Test(
    .enabled(
      if: ExternalTool.isRequired("check-jsonschema"),
      "needs check-jsonschema (bash .ci/setup installs it)"))
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
