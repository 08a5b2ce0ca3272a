import ArgumentParser
import ClaimGraph
import ClaimGraphYAML

/// `--graph PATH`: which graph a command works on.
struct GraphOptions: ParsableArguments {
  @Option(
    name: .long,
    help: ArgumentHelp(
      "The graph: a directory of YAML files, or a GraphML (.graphml) or node-link JSON (.json) file.",
      valueName: "path"))
  var graph: String = "Graph"

  /// Loads the graph; on any input error prints every diagnostic and exits with 2.
  func load() throws -> LoadedGraph {
    let loaded = GraphInput.load(graph)
    guard !loaded.hasErrors else {
      DiagnosticPrinter.print(loaded.diagnostics, to: .current)
      throw ExitCode(2)
    }
    return loaded
  }
}

/// Reads a graph from a path, choosing the reader by the path's extension.
enum GraphInput {
  static func load(_ path: String) -> LoadedGraph {
    GraphLoader().load(directory: path)
  }
}
