import ClaimGraphTestSupport
import Foundation

/// Validates SARIF with python `jsonschema` against `../shared/schemas/sarif/`.
package enum SARIFSchema {
  package static var schemaFile: String? {
    let environment = ProcessInfo.processInfo.environment
    let packageRoot = URL(fileURLWithPath: Fixture.packageRoot)
    let roots =
      [environment["CLAIMGRAPH_SCHEMAS"]].compactMap { $0 } + [
        packageRoot.appendingPathComponent("../shared/schemas").standardized.path
      ]
    return roots.map { $0 + "/sarif/sarif-schema-2.1.0.json" }.first {
      FileManager.default.fileExists(atPath: $0)
    }
  }

  package static let validatorAvailable: Bool = {
    guard schemaFile != nil else { return false }
    return Python.has("jsonschema")
  }()

  package static let script = """
    import json, sys, jsonschema
    schema = json.load(open(sys.argv[1]))
    log = json.load(open(sys.argv[2]))
    cls = jsonschema.validators.validator_for(schema)
    cls.check_schema(schema)
    for error in cls(schema).iter_errors(log):
        print(list(error.absolute_path), error.message)
    """

  /// The validator's complaints, one per line; empty when the log is valid.
  package static func validate(_ sarif: String) throws -> String {
    let file = NSTemporaryDirectory() + "claimgraph-\(UUID().uuidString).sarif"
    try Data(sarif.utf8).write(to: URL(fileURLWithPath: file))
    defer { try? FileManager.default.removeItem(atPath: file) }
    let result = try Python.run(["-c", script, schemaFile ?? "", file], mergingErrors: true)
    return result.status == 0 ? result.output : "exit \(result.status): \(result.output)"
  }

}
