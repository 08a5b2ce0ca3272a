import ArgumentParser
import ClaimGraph
import ClaimGraphExport
import Foundation

/// `--query`, `--strength` and `--kinds`: the filters every export format shares.
struct ExportFilterOptions: ParsableArguments {
  @Option(
    help: ArgumentHelp(
      "Only the claims this search expression matches (as in 'claimgraph query') and what "
        + "they touch.",
      valueName: "expr"))
  var query: String?

  @Option(
    help: ArgumentHelp(
      "Only nodes of these kinds (comma-separated: claim, source, region, receptor, "
        + "condition, molecule, intervention, method), and the edges between them.",
      valueName: "kinds"))
  var kinds: String?

  @Option(
    help: ArgumentHelp(
      "Only claims of these strengths (comma-separated: established, uncertain, refuted) "
        + "and what they touch.",
      valueName: "strengths"))
  var strength: String?

  func validate() throws {
    _ = try parsedKinds()
    _ = try parsedStrengths()
  }

  /// Narrows a selection by query and strength (claims and what they touch), then by kind.
  ///
  /// A malformed query is reported with its column, and exits with 2.
  func apply(to selection: GraphSelection) throws -> GraphSelection {
    var selection = selection
    if let query {
      let parsed: Query
      do {
        parsed = try Query(parsing: query)
      } catch {
        let console = Console.current
        console.writeError(QueryCommand.report(error, in: query, color: console.colorsErrors))
        throw ExitCode(2)
      }
      let graph = selection.graph
      selection = selection.restricted(toClaims: Set(graph.claims(matching: parsed).ids))
    }
    if let strengths = try parsedStrengths() {
      selection = selection.restricted(toStrengths: strengths)
    }
    if let kinds = try parsedKinds() { selection = selection.restricted(toKinds: kinds) }
    return selection
  }

  private func parsedKinds() throws -> Set<NodeKind>? {
    try kinds.map { try Self.parse($0, option: "--kinds", as: NodeKind.self) }
  }

  private func parsedStrengths() throws -> Set<EvidenceStrength>? {
    try strength.map { try Self.parse($0, option: "--strength", as: EvidenceStrength.self) }
  }

  private static func parse<Value: RawRepresentable & CaseIterable & Hashable>(
    _ list: String, option: String, as type: Value.Type
  ) throws -> Set<Value> where Value.RawValue == String {
    let names = Value.allCases.map(\.rawValue)
    var result = Set<Value>()
    for item in list.split(separator: ",") {
      let word = item.trimmingCharacters(in: .whitespaces)
      guard let value = Value(rawValue: word) else {
        throw ValidationError(
          "'\(word)' is not a valid value for \(option)\(Suggestion.hint(for: word, in: names)); "
            + "expected one of: \(names.joined(separator: ", "))")
      }
      result.insert(value)
    }
    guard !result.isEmpty else { throw ValidationError("\(option) needs at least one value") }
    return result
  }
}
