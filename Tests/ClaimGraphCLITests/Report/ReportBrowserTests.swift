import ClaimGraph
import ClaimGraphFormats
import ClaimGraphTestSupport
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
    return (try? Python.run(["-c", "import selenium, axe_core_python"]).status) == 0
  }()

  @Test(
    .requires(
      browserAvailable,
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
    let result = try Python.run(
      [
        Fixture.packageRoot + "/.ci/report_browser.py", "--report", report, "--expect", expectFile,
        "--hostile", hostile, "--screenshot", Self.screenshot,
      ], mergingErrors: true)
    #expect(result.status == 0, "\(result.output)")
    print(result.output)
  }

  /// The library's report in the browser: its index page links every article's page and
  /// both passages of each disagreement, and an article's page works as the single
  /// article's does (its claims marked, a popup with its citations, no other request).
  @Test(
    .requires(
      browserAvailable,
      "needs chromium, chromium-driver and python3 with selenium and axe-core-python"))
  func theLibrarysIndexAndArticlePagesWorkInABrowser() throws {
    let directory = try TemporaryDirectory("report-browser-library")
    defer { directory.remove() }
    let index = directory.path + "/library.html"
    let library = Fixture.path("library")
    #expect(runCommand(["report", "--graph", library, "--output", index]).status == 0)
    let graph = GraphLoader().load(directory: library).graph

    let links =
      graph.articles.map { "library-\($0.id).html" } + [
        "library-exercise.html#claim-endorphins-cause-runners-high",
        "library-mood.html#claim-endorphins-do-not-cause-runners-high",
        "library-exercise.html#claim-running-raises-brain-endorphin",
        "library-mood.html#claim-running-might-raise-endorphin",
        "library-mood.html#claim-laughter-may-lift-mood",
        "library-pain.html#claim-laughter-lifts-mood-in-pain",
      ]
    let indexExpect = JSONValue.object([
      ("claims", .array([])), ("links", .array(links.map(JSONValue.string))),
    ])
    let indexResult = try Python.run(
      [
        Fixture.packageRoot + "/.ci/report_browser.py", "--report", index, "--expect",
        try directory.write(indexExpect.serialized(), to: "index.json"),
      ], mergingErrors: true)
    #expect(indexResult.status == 0, "\(indexResult.output)")

    let claims: [JSONValue] = graph.claims(inArticle: "mood").map { claim in
      .object([
        ("id", .string(claim.id.rawValue)), ("statement", .string(claim.statement)),
        ("anchor", .string("claim-\(claim.id.rawValue)")),
      ])
    }
    let pageExpect = JSONValue.object([
      ("claims", .array(claims)),
      (
        "popup",
        .object([
          ("anchor", .string("claim-running-might-raise-endorphin")),
          ("contains", .array(["Boecker et al. 2008", "supports"].map(JSONValue.string))),
        ])
      ),
    ])
    let pageResult = try Python.run(
      [
        Fixture.packageRoot + "/.ci/report_browser.py", "--report",
        directory.path + "/library-mood.html", "--expect",
        try directory.write(pageExpect.serialized(), to: "mood.json"),
      ], mergingErrors: true)
    #expect(pageResult.status == 0, "\(pageResult.output)")
    print(indexResult.output + pageResult.output)
  }

}
