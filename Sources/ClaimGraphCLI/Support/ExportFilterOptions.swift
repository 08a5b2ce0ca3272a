import ArgumentParser
import ClaimGraph
import ClaimGraphExport
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
      "Only the neighbourhood of this node (an id, or an entity's name or alias): what is "
        + "within --depth links of it.",
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
      let graph = selection.graph
      guard let node = ShowCommand.resolve(around, in: graph) else {
        let hint = Suggestion.hint(for: around, in: graph.nodes.map(\.id.rawValue))
        Console.current.writeError(
          "error: --around: no claim, source or entity has the id or name '\(around)'\(hint)\n")
        throw ExitCode(2)
      }
      selection = selection.around(node.id, depth: depth)
    }
    if let kinds = try parsedKinds() { selection = selection.restricted(toKinds: kinds) }
    return selection
  }

  private func parsedKinds() throws -> Set<NodeKind>? {
    try kinds.map { try ClaimFilterOptions.parse($0, option: "--kinds", as: NodeKind.self) }
  }
}
