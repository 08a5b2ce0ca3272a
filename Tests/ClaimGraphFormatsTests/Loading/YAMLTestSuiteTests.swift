import ClaimGraph
import ClaimGraphTestSupport
import ClaimGraphYAML
import Foundation
import Testing

/// The official YAML test suite (yaml/yaml-test-suite, `data` branch), kept in
/// `../shared/testdata/yaml-test-suite` beside the package (or `$CLAIMGRAPH_YAML_TEST_SUITE`).
///
/// Every valid input is accepted by the parser, or refused only by one of ClaimGraph's
/// documented rules (aliases, a second document, a top level that is not a mapping, a file
/// with no data); every invalid input is a located syntax error; none crashes or hangs.
/// Outside CI the suite is skipped when the folder is missing; under `CI=true` it must be
/// there.
@Suite(
  .requires(
    YAMLTestSuite.directory != nil,
    "the YAML test suite is not in ../shared/testdata/yaml-test-suite"))
struct YAMLTestSuiteTests {
  @Test func everyInputIsAcceptedRefusedByARuleOrALocatedSyntaxError() throws {
    let directory = try #require(YAMLTestSuite.directory, "the YAML test suite is missing")
    let cases = YAMLTestSuite.cases(in: directory)
    var tally: [YAMLTestSuite.Outcome: Int] = [:]
    for testCase in cases {
      let loaded = GraphLoader().load(documents: [(file: testCase.name, bytes: testCase.bytes)])
      let outcome = YAMLTestSuite.Outcome(loaded.diagnostics)
      tally[outcome, default: 0] += 1
      if testCase.isValid {
        #expect(outcome != .syntaxError, "\(testCase.name): \(loaded.diagnostics)")
      } else {
        #expect(outcome == .syntaxError, "\(testCase.name): \(loaded.diagnostics)")
        #expect(loaded.diagnostics.count == 1, "\(testCase.name): \(loaded.diagnostics)")
        let lines = testCase.bytes.count { $0 == UInt8(ascii: "\n") } + 1
        let location = try #require(loaded.diagnostics.first?.location)
        #expect(location.file == testCase.name)
        #expect((1...lines).contains(location.line), "\(testCase.name): \(location)")
        #expect(location.column >= 1)
      }
    }
    let valid = cases.filter(\.isValid).count
    #expect(cases.count == 402)
    #expect(valid == 308)
    // 94 invalid inputs, every one a syntax error; of the 308 valid ones, 124 are mappings
    // the loader reads on, the others are refused by a rule (mostly a top-level list or text).
    #expect(
      tally == [
        .syntaxError: 94, .accepted: 124, .notAMapping: 137, .severalDocuments: 19, .alias: 16,
        .noData: 12,
      ])
  }
}

/// The suite's inputs and how the loader's answer is classified.
enum YAMLTestSuite {
  static let directory: String? = {
    let candidates = [
      ProcessInfo.processInfo.environment["CLAIMGRAPH_YAML_TEST_SUITE"],
      (Fixture.packageRoot as NSString).deletingLastPathComponent
        + "/shared/testdata/yaml-test-suite",
    ].compactMap { $0 }
    return candidates.first { FileManager.default.fileExists(atPath: $0 + "/229Q/in.yaml") }
  }()

  /// One input: `229Q` or `SM9W/01`, its bytes, and whether the suite calls it valid.
  struct Case {
    let name: String
    let bytes: [UInt8]
    let isValid: Bool
  }

  /// Every case and numbered sub-case, in name order.
  static func cases(in directory: String) -> [Case] {
    let manager = FileManager.default
    let names = (manager.enumerator(atPath: directory)?.allObjects as? [String]) ?? []
    return names.filter { $0.hasSuffix("/in.yaml") }.sorted().compactMap { path in
      let folder = String(path.dropLast("/in.yaml".count))
      guard let data = manager.contents(atPath: directory + "/" + path) else { return nil }
      return Case(
        name: folder, bytes: [UInt8](data),
        isValid: !manager.fileExists(atPath: directory + "/" + folder + "/error"))
    }
  }

  /// What the loader made of an input.
  enum Outcome: Hashable {
    /// Parsed; whatever else is reported is about ClaimGraph's format, not YAML.
    case accepted
    case syntaxError
    /// Refused by a rule: an alias, a second document, a top level that is no mapping,
    /// nothing at all.
    case alias
    case severalDocuments
    case notAMapping
    case noData

    init(_ diagnostics: [Diagnostic]) {
      let messages = diagnostics.map(\.message)
      if messages.contains(where: { $0.hasPrefix("invalid YAML: ") }) {
        self = .syntaxError
      } else if messages.contains(where: { $0.contains("is an alias") }) {
        self = .alias
      } else if messages.contains(where: { $0.hasPrefix("a second YAML document starts here") }) {
        self = .severalDocuments
      } else if messages.contains(where: { $0.hasPrefix("expected a graph file (a mapping)") }) {
        self = .notAMapping
      } else if messages == ["the file holds no data"] {
        self = .noData
      } else {
        self = .accepted
      }
    }
  }
}
