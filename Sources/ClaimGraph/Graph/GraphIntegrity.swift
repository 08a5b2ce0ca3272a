/// The loading contract's second half: whether a graph's references hold together.
///
/// A reader (YAML, GraphML, node-link JSON) reports only what it read: syntax, types,
/// unknown keys, duplicates, limits. Whether every citation names a source, every `about`
/// an entity and every claim a declared section is checked here, once, the same for every
/// input format, so a dangling `source:` means the same thing in a YAML directory and in
/// the JSON exported from it.
///
/// Commands that need a sound graph (`stats`, `query`, `export`, …) refuse one with
/// integrity errors (exit status 2); `lint` reports them as findings, with every other
/// rule's (exit status 1).
public enum GraphIntegrity {
  /// The rules that make a graph usable: every reference resolves.
  public static let rules: [any GraphRule] = Validator.integrityRules

  /// Every dangling reference in the graph, located through its source map, in canonical
  /// order.
  public static func problems(in loaded: LoadedGraph) -> [Diagnostic] {
    let context = ValidationContext(
      graph: loaded.graph, sourceMap: loaded.sourceMap, currentYear: 0)
    return Validator(rules: rules).validate(context)
  }

  /// The graph as read, with its integrity problems added to the reader's diagnostics (in
  /// canonical order): what a command that needs a sound graph checks before it runs.
  public static func checked(_ loaded: LoadedGraph) -> LoadedGraph {
    let problems = problems(in: loaded)
    guard !problems.isEmpty else { return loaded }
    return LoadedGraph(
      graph: loaded.graph, sourceMap: loaded.sourceMap,
      diagnostics: (loaded.diagnostics + problems).sorted(by: Diagnostic.canonicalOrder),
      files: loaded.files)
  }
}
