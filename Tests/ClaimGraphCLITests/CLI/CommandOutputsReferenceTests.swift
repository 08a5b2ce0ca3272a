import ClaimGraphTestSupport
import Foundation
import Testing

/// The DocC article on the commands' JSON (`CommandOutputs.md` in the `ClaimGraphFormats`
/// catalog) names every key `query`, `show`, `path`, `coverage` and `stats` print, and no
/// key they do not print.
@Suite struct CommandOutputsReferenceTests {
  static let reference =
    Fixture.packageRoot
    + "/Sources/ClaimGraphFormats/ClaimGraphFormats.docc/CommandOutputs.md"

  /// Commands whose JSON holds every key the article names, on the article's graph and on
  /// the test library.
  static let commands: [[String]] = [
    ["query", "method:pet", "--limit", "2"],
    ["query", "--nodes", "sources", "listed:no", "--limit", "1"],
    ["query", "--nodes", "entities", "region:*", "--limit", "1"],
    ["show", "reduced-mor-availability-in-mdd-on-pet"], ["show", "kennedy-2006"],
    ["show", "amygdala"], ["show", "faq"], ["show", "naloxone-blocks-pag-stimulation-analgesia"],
    ["show", "pet"],
    ["path", "mu-opioid-receptor", "major-depressive-disorder", "--max", "1"],
    ["coverage"], ["coverage", Golden.sourcePath("library")],
    ["stats"],
  ]

  /// Every object key of a JSON value, except those of `stats`' counts by kind, article id
  /// or strength, which are the graph's kinds and ids rather than the shape.
  static func keys(of value: Any, under parent: String? = nil) -> Set<String> {
    if let object = value as? [String: Any] {
      var keys = Set<String>()
      for (key, member) in object {
        if !["nodes", "edges", "edge_strengths", "articles"].contains(parent ?? "") {
          keys.insert(key)
        }
        keys.formUnion(Self.keys(of: member, under: key))
      }
      return keys
    }
    if let array = value as? [Any] {
      return array.reduce(into: Set<String>()) { $0.formUnion(keys(of: $1)) }
    }
    return []
  }

  @Test func theArticleNamesExactlyTheKeysTheCommandsPrint() throws {
    let text = try String(contentsOfFile: Self.reference, encoding: .utf8)
    // A key as the article writes it, `"name"`, but not a value (`"article": "mood"`).
    let keysOnly = text.replacing(/: "[^"]*"/, with: ":")
    let named = Set(keysOnly.matches(of: /"([A-Za-z_]+)"/).map { String($0.1) })
      .subtracting(["ID"])
    var printed = Set<String>()
    for command in Self.commands {
      let result = try ChildProcess.run(
        BuiltExecutable.path, command + ["--format", "json"], in: Fixture.packageRoot,
        environment: ["PATH": "/usr/bin:/bin"])
      #expect(result.status == 0, "\(command)")
      let json = try JSONSerialization.jsonObject(with: result.stdout)
      printed.formUnion(Self.keys(of: json))
    }
    #expect(printed.count > 40, "\(printed.sorted())")
    #expect(printed.subtracting(named).sorted() == [], "printed but not in CommandOutputs.md")
    #expect(named.subtracting(printed).sorted() == [], "in CommandOutputs.md but not printed")
  }
}
