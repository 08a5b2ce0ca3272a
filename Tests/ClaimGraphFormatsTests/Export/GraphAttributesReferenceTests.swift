import ClaimGraph
import ClaimGraphTestSupport
import Foundation
import Testing

@testable import ClaimGraphFormats

/// The attribute table of the DocC article on graph formats (`GraphFormats.md` in the
/// `ClaimGraphFormats` catalog) names every attribute the committed exports declare or
/// carry: GraphML's `<key>`s, GEXF's attribute declarations and node-link JSON's members,
/// each on the graph, nodes or edges as the table says.
@Suite struct GraphAttributesReferenceTests {
  static let reference =
    Fixture.packageRoot + "/Sources/ClaimGraphFormats/ClaimGraphFormats.docc/GraphFormats.md"

  /// The table's attributes as `on:name` (`node:year`), with each format's cell.
  static func table(_ text: String) -> [String: [String: String]] {
    var rows: [String: [String: String]] = [:]
    for line in text.split(separator: "\n") where line.hasPrefix("| `") {
      let cells = line.split(separator: "|", omittingEmptySubsequences: false).map {
        $0.trimmingCharacters(in: .whitespaces)
      }
      guard cells.count >= 7 else { continue }
      for name in cells[1].matches(of: /`([a-z_]+)`/) {
        rows["\(cells[2]):\(name.1)"] = ["graphml": cells[3], "gexf": cells[4], "json": cells[5]]
      }
    }
    return rows
  }

  @Test func theTableNamesEveryAttributeOfTheExports() throws {
    let rows = Self.table(try String(contentsOfFile: Self.reference, encoding: .utf8))
    #expect(rows.count > 40, "\(rows.keys.sorted())")
    let exports = Fixture.packageRoot + "/Exports/endorphins"
    var exported: [String: String] = [:]

    let graphml = try String(contentsOfFile: exports + ".graphml", encoding: .utf8)
    for key in graphml.matches(
      of: /<key id="[^"]*" for="([a-z]+)" attr.name="([a-z_]+)" attr.type="([a-z]+)"/)
    {
      exported["\(key.1):\(key.2)", default: ""] += " graphml=\(key.3)"
    }
    let gexf = try String(contentsOfFile: exports + ".gexf", encoding: .utf8)
    for declarations in gexf.matches(
      of: /<attributes class="([a-z]+)"[^>]*>(.*?)<\/attributes>/.dotMatchesNewlines())
    {
      for attribute in declarations.2.matches(of: /id="([a-z_]+)" title="[^"]*" type="([a-z]+)"/) {
        exported["\(declarations.1):\(attribute.1)", default: ""] += " gexf=\(attribute.2)"
      }
    }
    let data = try Data(contentsOf: URL(fileURLWithPath: exports + ".json"))
    let json = try #require(try JSONSerialization.jsonObject(with: data) as? [String: Any])
    for (domain, member) in [("node", "nodes"), ("edge", "edges")] {
      for item in json[member] as? [[String: Any]] ?? [] {
        for key in item.keys { exported["\(domain):\(key)", default: ""] += " json" }
      }
    }
    for key in (json["graph"] as? [String: Any] ?? [:]).keys {
      exported["graph:\(key)", default: ""] += " json"
    }

    #expect(exported.count > 40)
    for (attribute, formats) in exported.sorted(by: { $0.key < $1.key }) {
      let row = try #require(rows[attribute], "\(attribute) is not in GraphFormats.md's table")
      // A type a format declares is in the table's cell for that format.
      for declared in Set(formats.split(separator: " ")) where declared.contains("=") {
        let parts = declared.split(separator: "=").map(String.init)
        #expect(
          row[parts[0]]?.contains(parts[1]) == true,
          "\(attribute): \(declared), the table says \(row)")
      }
    }
  }

  /// The JSON type of a field's values, as the table's JSON column names it.
  static func json(_ type: ModelField.ValueType) -> String {
    switch type {
    case .text: "string"
    case .integer, .decimal: "number"
    case .boolean: "boolean"
    case .texts, .records: "list"
    case .record: "object"
    }
  }

  @Test func theTableIsTheAttributeTableOfTheFormats() throws {
    let rows = Self.table(try String(contentsOfFile: Self.reference, encoding: .utf8))
    // Every attribute of the table the writers and readers use, and the ones each format
    // places itself (GraphML's colour and replaced ids, JSON's ids, ends and colour).
    var declared: [String: GraphAttributes.Key] = [:]
    let placed =
      [ModelField.red, .green, .blue, .nodeID, .color, .id].map {
        GraphAttributes.Key(field: $0, domain: .node)
      } + [ModelField.id, .source, .target].map { GraphAttributes.Key(field: $0, domain: .edge) }
    for key in GraphAttributes.graphKeys + GraphAttributes.nodeKeys + GraphAttributes.edgeKeys
      + placed
    {
      declared["\(key.domain.rawValue):\(key.name)"] = key
    }
    #expect(Set(rows.keys) == Set(declared.keys))
    for (name, key) in declared.sorted(by: { $0.key < $1.key }) {
      let row = try #require(rows[name], "\(name) is not in GraphFormats.md's table")
      // A cell that is empty or in parentheses says the format does not declare it.
      let expected = [
        "graphml": key.type.graphML, "gexf": key.type.gexf, "json": Self.json(key.field.type),
      ]
      for (format, type) in expected {
        let cell = row[format] ?? ""
        guard !cell.isEmpty, !cell.hasPrefix("(") else { continue }
        #expect(cell.contains(type), "\(name): \(format) is \(type), the table says \(cell)")
      }
    }
  }
}
