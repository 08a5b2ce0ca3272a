import ArgumentParser
import ClaimGraph
import ClaimGraphFormats
import ClaimGraphProject
import Foundation

/// `[GRAPH]`: the graph as a positional argument, the same as `--graph`, on every command
/// that reads one (`claimgraph stats Exports/endorphins.graphml`).
///
/// Commands declare it after their own positional arguments, and load through
/// ``applied(to:)``.
struct GraphArgument: ParsableArguments {
  @Argument(
    help: ArgumentHelp(
      "The graph (same as --graph): a directory of YAML files, or a .graphml or .json file.",
      valueName: "graph"),
    completion: .file(extensions: ["graphml", "json", "xml"]))
  var path: String?

  /// A graph argument that holds this path.
  init(path: String?) { self.path = path }

  /// Creates the argument (ArgumentParser requires it).
  init() {}

  /// Splits a trailing graph off the words of a command whose positional argument takes
  /// every remaining word (`query`).
  ///
  /// Returns the words without a last one that names a graph, and that graph. A last word names a
  /// graph when it is an existing directory, or an existing `.graphml`, `.xml` or `.json`
  /// file, and is not the only word.
  static func splitTrailingGraph(from words: [String]) -> (words: [String], graph: String?) {
    guard words.count > 1, let last = words.last, !last.contains(":") else { return (words, nil) }
    var isDirectory: ObjCBool = false
    guard FileManager.default.fileExists(atPath: last, isDirectory: &isDirectory) else {
      return (words, nil)
    }
    let isGraphFile = ["graphml", "xml", "json"].contains(
      URL(fileURLWithPath: last).pathExtension.lowercased())
    return isDirectory.boolValue || isGraphFile ? (Array(words.dropLast()), last) : (words, nil)
  }

  /// The options with the positional graph in place of `--graph`; giving both, different,
  /// is a usage error.
  func applied(to options: GraphOptions) throws -> GraphOptions {
    guard let path else { return options }
    if options.graph != GraphOptions.defaultGraph && options.graph != path {
      throw ValidationError("give the graph either as an argument or with --graph, not both")
    }
    var options = options
    options.graph = path
    return options
  }
}

/// Completions the shells ask `claimgraph` for while a command line is typed.
enum Completions {
  /// The node ids of the graph the command line names (`--graph`, or `Graph`), then the
  /// entities' names, that start with what is typed.
  @Sendable static func nodeIDs(_ words: [String], _ index: Int, _ prefix: String) -> [String] {
    let graph = GraphInput.read(graphPath(in: words)).graph
    let ids = graph.nodes.map(\.id.rawValue)
    return ids.filter { $0.hasPrefix(prefix) }
  }

  /// The ids of the entities and sources of the graph the command line names: where a
  /// `path` may start and end.
  @Sendable static func pathEnds(_ words: [String], _ index: Int, _ prefix: String) -> [String] {
    let graph = GraphInput.read(graphPath(in: words)).graph
    let ids = graph.entities.map(\.id.rawValue) + graph.sources.map(\.id.rawValue)
    return ids.filter { $0.hasPrefix(prefix) }
  }

  /// The lint rules' ids.
  @Sendable static func ruleIDs(_ words: [String], _ index: Int, _ prefix: String) -> [String] {
    RuleRegistry.standard.descriptors.map(\.id.rawValue).filter { $0.hasPrefix(prefix) }
  }

  /// The value of `--graph PATH` or `--graph=PATH` on the command line, else `Graph`.
  static func graphPath(in words: [String]) -> String {
    for (offset, word) in words.enumerated() {
      if word == "--graph", offset + 1 < words.count { return words[offset + 1] }
      if word.hasPrefix("--graph=") { return String(word.dropFirst("--graph=".count)) }
    }
    return GraphOptions.defaultGraph
  }
}
