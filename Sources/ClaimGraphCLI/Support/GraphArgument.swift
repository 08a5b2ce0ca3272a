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
