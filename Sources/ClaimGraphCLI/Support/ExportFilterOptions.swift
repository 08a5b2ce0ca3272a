import ArgumentParser
import ClaimGraph
import ClaimGraphProject

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

  /// The part of the graph the options keep, as the library takes it.
  var selection: ExportSelection {
    get throws {
      ExportSelection(
        claims: try claims.filter, kinds: try parsedKinds(), around: around, depth: depth)
    }
  }

  private func parsedKinds() throws -> Set<NodeKind>? {
    try kinds.map { try ClaimFilterOptions.parse($0, option: "--kinds", as: NodeKind.self) }
  }
}
