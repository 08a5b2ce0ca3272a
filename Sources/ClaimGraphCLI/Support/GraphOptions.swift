import ArgumentParser
import ClaimGraph
import ClaimGraphFormats
import ClaimGraphProject
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
        + "\(Self.size(GraphLoader.Limits().maxFileBytes)) for YAML, none for GraphML or JSON).",
      valueName: "bytes"))
  var maxFileBytes: Int?

  @Option(
    name: .customLong("max-nesting"),
    help: ArgumentHelp(
      "Refuse YAML or JSON whose collections nest deeper than this (default: 64).",
      valueName: "depth"))
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
    return GraphInput.Limits(
      yaml: yaml, interchangeFileBytes: maxFileBytes, jsonNestingDepth: maxNestingDepth)
  }

  /// The project session over this graph (or `path`, when the command takes the graph as
  /// an argument).
  func project(_ path: String? = nil) -> ClaimGraphProject {
    ClaimGraphProject(graph: path ?? graph, limits: limits)
  }

  /// Loads and checks the graph; a graph with errors is a ``ProjectError`` (the root command
  /// prints every diagnostic and exits with 2).
  ///
  /// A GraphML or JSON graph from another tool loads with warnings and notes; those are
  /// printed too, since no YAML author will see them otherwise.
  func load() throws(ProjectError) -> LoadedGraph {
    let project = project()
    let loaded = try project.load()
    if project.isInterchangeFile && !loaded.diagnostics.isEmpty {
      DiagnosticPrinter.print(loaded.diagnostics, to: .current)
    }
    return loaded
  }
}
