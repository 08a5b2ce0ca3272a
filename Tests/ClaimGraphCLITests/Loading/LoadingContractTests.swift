import ClaimGraph
import ClaimGraphFormats
import ClaimGraphFormatsTestSupport
import ClaimGraphProject
import ClaimGraphTestSupport
import ClaimGraphYAML
import Foundation
import Testing

/// The loading contract: readers report what they read; the integrity rules run once, the
/// same for every input format, with the same exit status.
@Suite struct LoadingContractTests {
  /// The clean fixture with its second citation naming a source that does not exist.
  static let dangling = LintFixture.clean.replacingOccurrences(
    of: "      - source: b-2010", with: "      - source: b-2011")

  /// The same graph as a YAML directory, node-link JSON and GraphML, in a fresh folder.
  static func inEveryFormat() throws -> (directory: TemporaryDirectory, paths: [String]) {
    let directory = try TemporaryDirectory("contract")
    let yaml = directory.path + "/Graph"
    try directory.write(dangling, to: "Graph/graph.yaml")
    // The reader keeps the dangling citation; the exporters write it as they read it.
    let read = GraphLoader().load(directory: yaml)
    #expect(read.diagnostics.isEmpty, "a reader reports only what it read")
    var paths = [yaml]
    for format in [ExportFormat.json, .graphml] {
      let bytes = try format.exporter.bytes(of: GraphSelection(read.graph))
      paths.append(try directory.write(bytes, to: "graph.\(format.fileExtension)"))
    }
    return (directory, paths)
  }

  @Test func aDanglingSourceIsTheSameErrorInEveryFormat() throws {
    let (directory, paths) = try Self.inEveryFormat()
    defer { directory.remove() }
    for path in paths {
      let project = ClaimGraphProject(graph: path)
      #expect(project.read().diagnostics.filter { $0.severity == .error } == [])
      do {
        _ = try project.load()
        Issue.record("\(path) loaded despite a dangling reference")
      } catch {
        guard case .invalidGraph(let problems) = error else {
          Issue.record("\(path): \(error)")
          continue
        }
        let errors = problems.filter { $0.severity == .error }
        #expect(errors.map(\.rule) == ["unknown-source"], "\(path)")
      }
    }
  }

  /// Regression: `stats` exited 2 on the YAML and 0 on the same graph as node-link JSON.
  @Test func everyCommandExitsTheSameForEveryFormat() throws {
    let (directory, paths) = try Self.inEveryFormat()
    defer { directory.remove() }
    for path in paths {
      for command in ["stats", "tables", "export", "query"] {
        let extra =
          ["query": ["strength:uncertain"], "export": ["--format", "dot"]][command] ?? []
        let arguments = [command, "--graph", path] + extra
        let result = runCommand(arguments)
        #expect(result.status == 2, "\(command) \(path)")
        #expect(result.stdout == "", "\(command) \(path)")
        #expect(result.stderr.contains("'b-2011'"), "\(command) \(path)")
        #expect(result.stderr.contains("[unknown-source]"), "\(command) \(path)")
      }
      // lint reports it as a finding among the others: exit status 1, never 2.
      let lint = runCommand(["lint", "--graph", path, "--format", "json"])
      #expect(lint.status == 1, "lint \(path)")
      #expect(lint.stdout.components(separatedBy: "\"unknown-source\"").count == 2, "lint \(path)")
    }
  }
}
