import ArgumentParser
import ClaimGraph
import ClaimGraphFormats
import Foundation

/// `--query`, `--strength`, `--cited`, `--kinds` and `--around`: the filters every export
/// format shares.
struct ExportFilterOptions: ParsableArguments {
  @OptionGroup var claims: ClaimFilterOptions

  @Option(
    help: ArgumentHelp(
      "Only nodes of these kinds (comma-separated: claim, source, region, receptor, "
        + "condition, molecule, intervention, method, structure), and the edges between them.",
      valueName: "kinds"))
  var kinds: String?

  @Option(
    help: ArgumentHelp(
      "Only the neighbourhood of this node (an id, an entity's name or alias, a source's "
        + "label or author and year): what is within --depth links of it.",
      valueName: "id"),
    completion: .custom(Completions.nodeIDs))
  var around: String?

  @Option(help: ArgumentHelp("How many links --around reaches.", valueName: "n"))
  var depth: Int = 1

  func validate() throws {
    _ = try parsedKinds()
    if depth < 0 { throw ValidationError("--depth must be at least 0") }
  }

  /// Narrows a selection: the claims that --query, --strength and --cited keep and what
  /// they touch, then the neighbourhood of --around, then the kinds.
  ///
  /// A malformed query is reported with its column, and exits with 2, as does an
  /// --around that names no node.
  func apply(to selection: GraphSelection) throws -> GraphSelection {
    var selection = selection
    if let ids = try claims.claimIDs(in: selection.graph) {
      selection = selection.restricted(toClaims: ids)
    }
    if let around {
      selection = selection.around(try Self.node(around, in: selection.graph), depth: depth)
    }
    if let kinds = try parsedKinds() { selection = selection.restricted(toKinds: kinds) }
    return selection
  }

  /// The one node a name means for `--around` (see ``NodeLookup``), or exit 2 saying what
  /// went wrong: nothing by that name (with the closest name), or several things.
  private static func node(_ text: String, in graph: KnowledgeGraph) throws -> NodeID {
    let lookup = NodeLookup(graph: graph)
    let scope = NodeLookup.Scope(kinds: Set(NodeKind.allCases))
    let resolution = lookup.resolve(text, in: scope)
    if resolution.nodeIDs.count == 1 { return resolution.nodeIDs[0] }
    let problem =
      resolution.targets.isEmpty
      ? lookup.problem(resolution, in: scope)
      : "'\(text)' names several things: "
        + LookupListing.list(resolution.targets, in: graph) + "; give an id"
    Console.current.writeError("error: --around: \(problem)\n")
    throw ExitCode(2)
  }

  private func parsedKinds() throws -> Set<NodeKind>? {
    try kinds.map { try ClaimFilterOptions.parse($0, option: "--kinds", as: NodeKind.self) }
  }
}
