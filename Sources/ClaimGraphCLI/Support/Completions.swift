import ArgumentParser
import ClaimGraph
import ClaimGraphFormats
import ClaimGraphProject
import Foundation

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
    RuleRegistry.standard.descriptors.map(\.id).filter { $0.hasPrefix(prefix) }
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
