import ClaimGraph
import ClaimGraphFormats
import ClaimGraphYAML
import Foundation
import Testing

/// The evidence report of `Graph/` in a real browser: headless Chromium driven by
/// Selenium (`.ci/report_browser.py`), with axe-core for accessibility and the hostile
/// fixture for escaping.
///
/// Needs python3 with `selenium` and `axe-core-python`, and Debian's `chromium` and
/// `chromium-driver` (`.ci/setup` installs them). Without them the test is skipped, saying
/// so; under `CI=true` it runs anyway and fails, so CI cannot pass without a browser.
@Suite struct ReportBrowserTests {
  /// Where the screenshot of the page with a popup open is written.
  static let screenshot = Fixture.packageRoot + "/.build/report-screenshot.png"

  /// Whether a browser can be driven here.
  static let browserAvailable: Bool = {
    let environment = ProcessInfo.processInfo.environment
    let path = (environment["PATH"] ?? "/usr/bin").split(separator: ":").map(String.init)
    func installed(_ names: [String]) -> Bool {
      names.contains { name in
        path.contains { FileManager.default.isExecutableFile(atPath: "\($0)/\(name)") }
      }
    }
    guard installed(["chromium", "chromium-browser", "google-chrome"]),
      installed(["chromedriver"])
    else { return false }
    return (try? python(["-c", "import selenium, axe_core_python"]).status) == 0
  }()

  /// Whether the test must run whatever is installed.
  static let isCI = ProcessInfo.processInfo.environment["CI"] == "true"

  @Test(
    .enabled(
      if: browserAvailable || isCI,
      "needs chromium, chromium-driver and python3 with selenium and axe-core-python"))
  func theReportWorksInABrowser() throws {
    let directory = try TemporaryDirectory("report-browser")
    defer { directory.remove() }
    let report = directory.path + "/report.html"
    let hostile = directory.path + "/hostile.html"
    #expect(
      runCommand(["report", "--graph", Fixture.articleGraph, "--output", report]).status == 0)
    #expect(
      runCommand(["report", "--graph", Fixture.path("Report/hostile"), "--output", hostile])
        .status == 0)

    let graph = GraphLoader().load(directory: Fixture.articleGraph).graph
    let claims: [JSONValue] = graph.claims.map { claim in
      let stated = !(graph.grounding?.passages(ofClaim: claim.id).isEmpty ?? true)
      return .object([
        ("id", .string(claim.id.rawValue)),
        ("statement", .string(claim.statement)),
        ("anchor", stated ? .string("claim-\(claim.id.rawValue)") : .null),
      ])
    }
    let expect = JSONValue.object([
      ("claims", .array(claims)),
      (
        "popup",
        .object([
          ("anchor", .string("claim-boecker-2008-pet-shows-opioid-release-after-endurance-run")),
          ("contains", .array(["Boecker et al. 2008", "PET", "supports"].map(JSONValue.string))),
        ])
      ),
    ])
    let expectFile = try directory.write(expect.serialized(), to: "expect.json")
    let result = try Self.python([
      Fixture.packageRoot + "/.ci/report_browser.py", "--report", report, "--expect", expectFile,
      "--hostile", hostile, "--screenshot", Self.screenshot,
    ])
    #expect(result.status == 0, "\(result.output)")
    print(result.output)
  }

  static func python(_ arguments: [String]) throws -> (status: Int32, output: String) {
    try SARIFSchema.python(arguments)
  }
}
