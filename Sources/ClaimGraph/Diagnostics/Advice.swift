import Synchronization

/// Something a message tells its reader to do that a front end offers in its own way: the
/// library says it in plain words; a front end (the command line) names its own option,
/// for a whole process with ``install(_:)`` or for one task by binding ``phrasing``.
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

  /// The advice in the words the current task uses: those bound to ``phrasing``, else
  /// those installed for the process, else ``plain(_:)``.
  public var words: String { (Self.phrasing ?? Self.installed.withLock { $0 })(self) }

  /// The words a message uses for each piece of advice in the current task, when a front
  /// end binds its own (an in-process run of the command line does).
  @TaskLocal public static var phrasing: (@Sendable (Advice) -> String)? = nil

  /// The words for the whole process, when no task binds ``phrasing``.
  private static let installed = Mutex<@Sendable (Advice) -> String>(plain)

  /// Makes `phrasing` the process's words for advice: what a front end that owns its
  /// process (the `claimgraph` executable) does once at start-up.
  ///
  /// The executable installs rather than binds: binding a task-local value from its
  /// synchronous entry point crashed its release build (`swift_task_localValuePush`,
  /// Swift 6.3.1, Debian bookworm), while reading one does not.
  public static func install(_ phrasing: @escaping @Sendable (Advice) -> String) {
    installed.withLock { $0 = phrasing }
  }

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
