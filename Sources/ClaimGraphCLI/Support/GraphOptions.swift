import ArgumentParser
import ClaimGraph
import ClaimGraphExport
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
  ///
  /// A GraphML or JSON graph from another tool loads with warnings and notes; those are
  /// printed too, since no YAML author will see them otherwise.
  func load() throws -> LoadedGraph {
    let loaded = GraphInput.load(graph)
    guard !loaded.hasErrors else {
      DiagnosticPrinter.print(loaded.diagnostics, to: .current)
      throw ExitCode(2)
    }
    if GraphInput.isInterchangeFile(graph) && !loaded.diagnostics.isEmpty {
      DiagnosticPrinter.print(loaded.diagnostics, to: .current)
    }
    return loaded
  }
}

/// Reads a graph from a path, choosing the reader by the path's extension:
/// `.graphml`/`.xml` GraphML, `.json` node-link JSON, anything else a YAML directory.
enum GraphInput {
  static func load(_ path: String) -> LoadedGraph {
    switch fileExtension(path) {
    case "graphml", "xml": GraphMLReader().load(file: path)
    case "json": NodeLinkJSONReader().load(file: path)
    default: GraphLoader().load(directory: path)
    }
  }

  /// Whether the path names a GraphML or node-link JSON file rather than YAML.
  static func isInterchangeFile(_ path: String) -> Bool {
    ["graphml", "xml", "json"].contains(fileExtension(path))
  }

  private static func fileExtension(_ path: String) -> String {
    guard let dot = path.lastIndex(of: "."), !path[dot...].contains("/") else { return "" }
    return path[path.index(after: dot)...].lowercased()
  }
}
