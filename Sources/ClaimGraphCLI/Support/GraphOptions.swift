import ArgumentParser
import ClaimGraph
import ClaimGraphExport
import ClaimGraphYAML

/// `--graph PATH`: which graph a command works on.
struct GraphOptions: ParsableArguments {
  /// The graph read when none is named.
  static let defaultGraph = "Graph"

  @Option(
    name: .long,
    help: ArgumentHelp(
      "The graph: a directory of YAML files, or a GraphML (.graphml) or node-link JSON (.json) file.",
      valueName: "path"),
    completion: .file(extensions: ["graphml", "json", "xml"]))
  var graph: String = Self.defaultGraph

  @Option(
    name: .customLong("max-file-size"),
    help: ArgumentHelp(
      "Refuse any graph file larger than this many bytes (default: "
        + "\(Self.size(GraphLoader.Limits().maxFileBytes)) for YAML, "
        + "\(Self.size(GraphMLReader().maxFileBytes)) for GraphML and JSON).",
      valueName: "bytes"))
  var maxFileBytes: Int?

  @Option(
    name: .customLong("max-nesting"),
    help: ArgumentHelp(
      "Refuse YAML whose collections nest deeper than this (default: 64).", valueName: "depth"))
  var maxNestingDepth: Int?

  /// `67108864 (64 MiB)`: a byte count as the code has it, and in MiB or GiB.
  static func size(_ bytes: Int) -> String {
    bytes >= 1 << 30 && bytes % (1 << 30) == 0
      ? "\(bytes) (\(bytes >> 30) GiB)" : "\(bytes) (\(bytes >> 20) MiB)"
  }

  func validate() throws {
    for (name, value) in [("--max-file-size", maxFileBytes), ("--max-nesting", maxNestingDepth)] {
      if let value, value < 1 { throw ValidationError("\(name) must be at least 1") }
    }
  }

  /// The input limits in force: the defaults, with any option given on the command line.
  var limits: GraphInput.Limits {
    var yaml = GraphLoader.Limits()
    if let maxFileBytes { yaml.maxFileBytes = maxFileBytes }
    if let maxNestingDepth { yaml.maxNestingDepth = maxNestingDepth }
    return GraphInput.Limits(yaml: yaml, interchangeFileBytes: maxFileBytes)
  }

  /// Loads the graph; on any input error prints every diagnostic and exits with 2.
  ///
  /// A GraphML or JSON graph from another tool loads with warnings and notes; those are
  /// printed too, since no YAML author will see them otherwise.
  func load() throws -> LoadedGraph {
    let loaded = GraphInput.load(graph, limits: limits)
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
  /// The limits for every kind of input.
  struct Limits {
    var yaml = GraphLoader.Limits()
    /// For GraphML and JSON files; nil keeps the readers' default.
    var interchangeFileBytes: Int?
  }

  static func load(_ path: String, limits: Limits = Limits()) -> LoadedGraph {
    switch fileExtension(path) {
    case "graphml", "xml":
      var reader = GraphMLReader()
      if let bytes = limits.interchangeFileBytes { reader.maxFileBytes = bytes }
      return reader.load(file: path)
    case "json":
      var reader = NodeLinkJSONReader()
      if let bytes = limits.interchangeFileBytes { reader.maxFileBytes = bytes }
      return reader.load(file: path)
    default: return GraphLoader(limits: limits.yaml).load(directory: path)
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
