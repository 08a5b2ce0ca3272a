import ClaimGraph
import ClaimGraphFormats
import ClaimGraphYAML

/// Reads a graph from a path, choosing the reader by the path's extension — the one place
/// that choice is made: `.graphml`/`.xml` GraphML, `.json` node-link JSON, anything else a
/// directory (or file) of YAML.
///
/// The result is what the reader read and nothing more (see `GraphIntegrity` for the
/// references); ``ClaimGraphProject/load()`` adds the integrity check.
public enum GraphInput {
  /// The safety limits for every kind of input.
  public struct Limits: Sendable, Hashable {
    /// For YAML: file size and nesting depth.
    public var yaml: GraphLoader.Limits
    /// The largest GraphML or JSON file read, in bytes; nil keeps the readers' default (no
    /// limit, so every file ClaimGraph wrote reads back).
    public var interchangeFileBytes: Int?
    /// How deep node-link JSON's arrays and objects may nest; nil keeps the reader's
    /// default (64).
    public var jsonNestingDepth: Int?

    /// Creates limits.
    public init(
      yaml: GraphLoader.Limits = .init(), interchangeFileBytes: Int? = nil,
      jsonNestingDepth: Int? = nil
    ) {
      self.yaml = yaml
      self.interchangeFileBytes = interchangeFileBytes
      self.jsonNestingDepth = jsonNestingDepth
    }
  }

  /// Reads the graph at `path` with the reader its extension names.
  public static func read(_ path: String, limits: Limits = Limits()) -> LoadedGraph {
    switch fileExtension(path) {
    case "graphml", "xml":
      var reader = GraphMLReader()
      if let bytes = limits.interchangeFileBytes { reader.maxFileBytes = bytes }
      return reader.load(file: path)
    case "json":
      var reader = NodeLinkJSONReader()
      if let bytes = limits.interchangeFileBytes { reader.maxFileBytes = bytes }
      if let depth = limits.jsonNestingDepth { reader.maxNestingDepth = depth }
      return reader.load(file: path)
    default: return GraphLoader(limits: limits.yaml).load(directory: path)
    }
  }

  /// Whether the path names a GraphML or node-link JSON file rather than YAML.
  public static func isInterchangeFile(_ path: String) -> Bool {
    ["graphml", "xml", "json"].contains(fileExtension(path))
  }

  private static func fileExtension(_ path: String) -> String {
    guard let dot = path.lastIndex(of: "."), !path[dot...].contains("/") else { return "" }
    return path[path.index(after: dot)...].lowercased()
  }
}
