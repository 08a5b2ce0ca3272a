/// Something a message tells its reader to do that a front end offers in its own way: the
/// library says it in plain words; a front end (the command line) names its own option by
/// binding ``phrasing`` while it runs.
///
/// ```swift
/// let flags: @Sendable (Advice) -> String = {
///   $0 == .strict ? "--strict" : Advice.plain($0)
/// }
/// Advice.$phrasing.withValue(flags) {
///   // a strict run's summary says "warnings fail the run (--strict)"
/// }
/// ```
public enum Advice: String, Sendable, Hashable, CaseIterable {
  /// Name the graph the command reads (a directory of YAML, a GraphML or JSON file).
  case nameGraph = "name-graph"
  /// Remove a baseline's stale entries from its file.
  case pruneBaseline = "prune-baseline"
  /// Let evidence paths pass through hubs (said of the hubs avoided).
  case allowHubs = "allow-hubs"
  /// The run is strict: warnings fail it.
  case strict

  /// The advice in the words the current task uses (``phrasing``).
  public var words: String { Self.phrasing(self) }

  /// The words a message uses for each piece of advice; ``plain(_:)`` unless a front end
  /// binds its own.
  @TaskLocal public static var phrasing: @Sendable (Advice) -> String = plain

  /// The advice in plain words, naming no front end's options.
  @Sendable public static func plain(_ advice: Advice) -> String {
    switch advice {
    case .nameGraph: "name the graph directory"
    case .pruneBaseline: "remove it by pruning the baseline"
    case .allowHubs: "allowing hubs includes them"
    case .strict: "strict"
    }
  }
}
