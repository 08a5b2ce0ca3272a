import ClaimGraphCLI
import ClaimGraphFormatsTestSupport
import ClaimGraphTestSupport
import Foundation

extension LintFixture {
  /// Runs `claimgraph lint` with more arguments on `Graph/g.yaml` (this YAML) beside
  /// `Graph/a.txt` (the fixture's article) in a temporary folder; returns the result and
  /// the graph folder's path.
  static func runLint(_ yaml: String, _ arguments: [String]) throws -> (CommandResult, String) {
    let directory = try TemporaryDirectory("lint-run")
    defer { directory.remove() }
    try directory.write(yaml, to: "Graph/g.yaml")
    try directory.write(article, to: "Graph/a.txt")
    let graph = directory.path + "/Graph"
    return (runCommand(["lint", graph] + arguments), graph)
  }
}
