import ArgumentParser
import ClaimGraph
import ClaimGraphProject
import Foundation

/// `--query`, `--strength` and `--cited`: which claims a command shows, the same in
/// `export` and `tables`.
struct ClaimFilterOptions: ParsableArguments {
  @Option(
    name: [.short, .long],
    help: ArgumentHelp(
      "Only the claims this search expression matches (as in 'claimgraph query').",
      valueName: "expr"))
  var query: String?

  @Option(
    help: ArgumentHelp(
      "Only claims of these strengths (comma-separated: established, uncertain, refuted).",
      valueName: "strengths"))
  var strength: String?

  @Option(
    help: ArgumentHelp(
      "Only claims that a source backs (yes) or that no source backs (no), as 'cited:' in "
        + "queries.",
      valueName: "yes|no"))
  var cited: CitedFilter?

  func validate() throws {
    _ = try parsedStrengths()
  }

  /// The claims the options keep, as the library takes them.
  var filter: ClaimFilter {
    get throws {
      ClaimFilter(
        query: query, strengths: try parsedStrengths(), cited: cited.map { $0 == .yes })
    }
  }

  private func parsedStrengths() throws -> Set<EvidenceStrength>? {
    try strength.map { try Self.parse($0, option: "--strength", as: EvidenceStrength.self) }
  }

  /// A comma-separated list of enumeration values, each checked, with a suggestion for a
  /// misspelt one.
  static func parse<Value: RawRepresentable & CaseIterable & Hashable>(
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

/// The values of `--cited`.
enum CitedFilter: String, ExpressibleByArgument, CaseIterable {
  case yes
  case no
}
