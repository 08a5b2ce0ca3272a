import ClaimGraph

/// Renders a lint report as SARIF 2.1.0, for GitHub code scanning and other SARIF viewers.
///
/// Every known rule is listed in `tool.driver.rules`; each result names its `ruleId` and
/// `ruleIndex`, its location (columns counted in Unicode code points), the node it is
/// about as a logical location, and `partialFingerprints` derived from the finding's
/// `Fingerprint` — stable under line shifts, so code scanning tracks it across commits.
public enum SARIFReporter {
  /// The SARIF log as a JSON value.
  ///
  /// - Parameters:
  ///   - report: the lint report.
  ///   - rules: the rules to list (normally every rule of the registry).
  ///   - toolVersion: the `claimgraph` version.
  ///   - related: where else each finding is (a claim's passages in the article text),
  ///     given as `relatedLocations` so a change to the article alone is annotated there.
  public static func json(
    _ report: LintReport, rules: [RuleDescriptor], toolVersion: String,
    related: (Diagnostic) -> [SourceLocation] = { _ in [] }
  ) -> JSONValue {
    let ruleIndex = Dictionary(
      rules.enumerated().map { ($0.element.id, $0.offset) }, uniquingKeysWith: { first, _ in first }
    )
    var occurrences: [Fingerprint: Int] = [:]
    let results: [JSONValue] = report.findings.map { finding in
      let fingerprint = Fingerprint(of: finding)
      let occurrence = occurrences[fingerprint, default: 0] + 1
      occurrences[fingerprint] = occurrence
      var members: [(String, JSONValue)] = [("ruleId", .string(finding.rule))]
      if let index = ruleIndex[finding.rule] { members.append(("ruleIndex", .int(index))) }
      members += [
        ("level", .string(finding.severity.rawValue)),
        ("message", .object([("text", .string(finding.message))])),
      ]
      if let location = location(of: finding) { members.append(("locations", .array([location]))) }
      let others = related(finding).filter { $0 != finding.location }
      if !others.isEmpty {
        members.append(
          (
            "relatedLocations",
            .array(
              others.enumerated().map { offset, place in
                .object([
                  ("id", .int(offset)),
                  ("physicalLocation", physicalLocation(place)),
                  ("message", .object([("text", .string("where the article states it"))])),
                ])
              })
          ))
      }
      members.append(
        (
          "partialFingerprints",
          .object([
            ("claimgraph/v1", .string(fingerprint.value)),
            ("primaryLocationLineHash", .string("\(fingerprint.value):\(occurrence)")),
          ])
        ))
      return .object(members)
    }
    let driver: JSONValue = .object([
      ("name", .string("claimgraph")),
      ("semanticVersion", .string(toolVersion)),
      ("rules", .array(rules.map(json(for:)))),
    ])
    let run: JSONValue = .object([
      ("tool", .object([("driver", driver)])),
      ("automationDetails", .object([("id", .string("claimgraph/"))])),
      ("columnKind", .string("unicodeCodePoints")),
      ("invocations", .array([.object([("executionSuccessful", .bool(!report.inputFailed))])])),
      ("results", .array(results)),
    ])
    return .object([
      ("$schema", .string("https://json.schemastore.org/sarif-2.1.0.json")),
      ("version", .string("2.1.0")),
      ("runs", .array([run])),
    ])
  }

  /// The SARIF log serialised (pretty-printed), ending in a newline.
  public static func render(
    _ report: LintReport, rules: [RuleDescriptor], toolVersion: String,
    related: (Diagnostic) -> [SourceLocation] = { _ in [] }
  ) -> String {
    json(report, rules: rules, toolVersion: toolVersion, related: related).serialized() + "\n"
  }

  private static func json(for rule: RuleDescriptor) -> JSONValue {
    .object([
      ("id", .string(rule.id)),
      ("name", .string(pascalCase(rule.id))),
      ("shortDescription", .object([("text", .string(rule.summary))])),
      ("fullDescription", .object([("text", .string(rule.explanation))])),
      ("help", .object([("text", .string(rule.explanation))])),
      ("defaultConfiguration", .object([("level", .string(rule.defaultSeverity.rawValue))])),
      (
        "properties",
        .object([
          ("tags", .array([.string("claimgraph")])),
          (
            "problem.severity",
            .string(
              rule.defaultSeverity == .note ? "recommendation" : rule.defaultSeverity.rawValue)
          ),
        ])
      ),
    ])
  }

  /// A file, line and column as a SARIF `physicalLocation`.
  private static func physicalLocation(_ place: SourceLocation) -> JSONValue {
    .object([
      ("artifactLocation", .object([("uri", .string(uri(for: place.file)))])),
      (
        "region",
        .object([("startLine", .int(place.line)), ("startColumn", .int(place.column))])
      ),
    ])
  }

  private static func location(of finding: Diagnostic) -> JSONValue? {
    var members: [(String, JSONValue)] = []
    if let place = finding.location {
      members.append(("physicalLocation", physicalLocation(place)))
    }
    if let node = finding.node {
      members.append(
        ("logicalLocations", .array([.object([("name", .string(node.rawValue))])])))
    }
    return members.isEmpty ? nil : .object(members)
  }

  /// A file path as a URI reference: relative paths stay relative (to the repository
  /// root, for code scanning), absolute ones become `file://` URIs; every byte outside
  /// the unreserved set and `/` is percent-encoded.
  package static func uri(for path: String) -> String {
    var encoded = ""
    for byte in path.utf8 {
      switch byte {
      case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "A")...UInt8(ascii: "Z"),
        UInt8(ascii: "0")...UInt8(ascii: "9"), UInt8(ascii: "-"), UInt8(ascii: "."),
        UInt8(ascii: "_"), UInt8(ascii: "~"), UInt8(ascii: "/"):
        encoded.unicodeScalars.append(Unicode.Scalar(byte))
      default:
        let hex = String(byte, radix: 16, uppercase: true)
        encoded += "%" + (hex.count == 1 ? "0" : "") + hex
      }
    }
    return path.hasPrefix("/") ? "file://" + encoded : encoded
  }

  /// `uncited-claim` → `UncitedClaim`.
  static func pascalCase(_ id: String) -> String {
    id.split(separator: "-").map { $0.prefix(1).uppercased() + $0.dropFirst() }.joined()
  }
}
