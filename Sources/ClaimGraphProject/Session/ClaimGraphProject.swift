import ClaimGraph
import ClaimGraphFormats
import ClaimGraphYAML
import Foundation

/// A ClaimGraph project as the command line sees it: a graph (a YAML directory, a GraphML
/// or a node-link JSON file), the `.claimgraph.yml` beside or above it, the baseline it
/// names, and the article's text the graph quotes.
///
/// Every `claimgraph` command is this session plus argument parsing, printing and an exit
/// status, so a program that uses the session gets the command line's answers:
///
/// ```swift
/// let project = ClaimGraphProject(graph: "Graph")
/// let graph = try project.load().graph          // refuses a graph with dangling references
/// let report = try project.lint()               // configuration and baseline as `lint` finds them
/// print(report.findings.count)                  // what `claimgraph lint` reports
/// ```
public struct ClaimGraphProject: Sendable {
  /// The graph's path, as given (relative paths are relative to ``workingDirectory``).
  public let graphPath: String
  /// The safety limits the readers apply.
  public var limits: GraphInput.Limits
  /// The absolute directory relative paths are resolved against, and shown relative to.
  public let workingDirectory: String

  /// Creates a session over the graph at `graph`.
  public init(
    graph: String = "Graph", limits: GraphInput.Limits = .init(),
    workingDirectory: String = FileManager.default.currentDirectoryPath
  ) {
    self.graphPath = graph
    self.limits = limits
    self.workingDirectory = workingDirectory
  }

  // MARK: - Loading

  /// The graph as its reader read it: the reader's diagnostics only, no integrity check.
  ///
  /// This is what ``lintRun(_:config:baseline:strict:registry:currentYear:)`` lints.
  public func read() -> LoadedGraph { GraphInput.read(graphPath, limits: limits) }

  /// The graph, checked: the reader's diagnostics plus `GraphIntegrity`'s.
  ///
  /// - Throws: ``ProjectError/invalidGraph(_:)`` when any of them is an error, the same
  ///   for every input format.
  public func load() throws(ProjectError) -> LoadedGraph {
    let loaded = GraphIntegrity.checked(read())
    guard !loaded.hasErrors else { throw .invalidGraph(loaded.diagnostics) }
    return loaded
  }

  /// Whether the graph is a GraphML or node-link JSON file (whose warnings no YAML author
  /// will otherwise see).
  public var isInterchangeFile: Bool { GraphInput.isInterchangeFile(graphPath) }

  // MARK: - Linting

  /// Lints the graph the way `claimgraph lint` does, and returns its report.
  ///
  /// The same as ``lintRun(_:config:baseline:strict:registry:currentYear:)``'s report.
  public func lint(
    _ loaded: LoadedGraph? = nil, config: String? = nil, baseline: BaselineChoice = .configured,
    strict: Bool = false, registry: RuleRegistry = .standard, currentYear: Int? = nil
  ) throws(ProjectError) -> LintReport {
    try lintRun(
      loaded, config: config, baseline: baseline, strict: strict, registry: registry,
      currentYear: currentYear
    ).report
  }

  /// Lints the graph the way `claimgraph lint` does: with the configuration from `config`
  /// or found beside the graph, and the chosen baseline.
  ///
  /// - Parameters:
  ///   - loaded: the graph, when it has been read already; nil reads it.
  ///   - config: the configuration file; nil searches from the graph's directory upwards.
  ///   - baseline: which baseline the findings are compared with.
  ///   - strict: whether warnings fail the run too.
  ///   - registry: the rules known to the run; the standard ones unless a program adds its
  ///     own.
  ///   - currentYear: the year source years are checked against; nil is this year (UTC).
  /// - Throws: ``ProjectError/unusableFile(_:)`` when the configuration or the baseline is
  ///   missing, unreadable or malformed. Problems of the graph itself are findings, not
  ///   errors.
  public func lintRun(
    _ loaded: LoadedGraph? = nil, config: String? = nil, baseline: BaselineChoice = .configured,
    strict: Bool = false, registry: RuleRegistry = .standard, currentYear: Int? = nil
  ) throws(ProjectError) -> LintRun {
    var (configuration, configurationDiagnostics) = try self.configuration(
      explicit: config, registry: registry)
    if strict { configuration.strict = true }
    let baselinePath: String? =
      switch baseline {
      case .none: nil
      case .file(let path): path
      case .configured:
        try configuration.baseline.map { configured throws(ProjectError) in
          // The configuration is input too: its baseline stays in its folder.
          let folder = GraphFolder(configuration.baseDirectory)
          switch folder.resolve(configured, from: configuration.baseDirectory) {
          case .success(let path): return display(path)
          case .failure(let refusal):
            throw .unusableFile(
              "the baseline '\(configured)' named by the configuration "
                + refusal.reason(folder: display(configuration.baseDirectory)))
          }
        }
      }
    let known = try baselinePath.map(readBaseline)
    let linter = Linter(registry: registry, configuration: configuration)
    let report = linter.lint(
      loaded ?? read(), configurationDiagnostics: configurationDiagnostics, baseline: known,
      currentYear: currentYear ?? Self.currentYear(), workingDirectory: workingDirectory)
    return LintRun(report: report, baseline: known, baselinePath: baselinePath)
  }

  /// Writes a baseline file atomically, in the form ``readBaseline(_:)`` reads.
  ///
  /// - Throws: ``ProjectError/cannotWrite(_:)`` naming the file when it cannot be written.
  public func writeBaseline(_ baseline: Baseline, to path: String) throws(ProjectError) {
    try Self.write(baseline.fileText(), to: path)
  }

  /// Writes a file atomically (a temporary file beside it, then a rename), as every
  /// command's `--output` does.
  ///
  /// - Throws: ``ProjectError/cannotWrite(_:)`` naming the file and the reason.
  public static func write(_ text: String, to path: String) throws(ProjectError) {
    do {
      try AtomicFile.write(text, to: path)
    } catch {
      throw .cannotWrite("\(error)")
    }
  }

  /// The largest configuration or baseline file read, in bytes (a baseline of a
  /// million findings is about 300 MB).
  static let maxSettingsFileBytes = 1 << 30

  /// The current year in UTC.
  public static func currentYear() -> Int {
    var calendar = Calendar(identifier: .gregorian)
    calendar.timeZone = TimeZone(identifier: "UTC") ?? calendar.timeZone
    return calendar.component(.year, from: Date())
  }

  /// The lint configuration: from `explicit` (which must exist), else the first
  /// `.claimgraph.yml`/`.yaml` in the graph's directory or its parents, else defaults;
  /// with the problems found in the file.
  public func configuration(explicit: String? = nil, registry: RuleRegistry = .standard)
    throws(ProjectError) -> (LintConfiguration, [Diagnostic])
  {
    let file: String
    if let explicit {
      guard FileManager.default.fileExists(atPath: explicit) else {
        throw .unusableFile("the configuration file '\(explicit)' does not exist")
      }
      file = explicit
    } else if let found = configurationFile() {
      file = found
    } else {
      return (LintConfiguration(baseDirectory: workingDirectory), [])
    }
    let bytes: [UInt8]
    switch RegularFile.read(file, maxBytes: Self.maxSettingsFileBytes) {
    case .success(let read): bytes = read
    case .failure(let refusal):
      throw .unusableFile("the configuration file '\(file)' \(refusal.reason)")
    }
    let directory = (absolute(file) as NSString).deletingLastPathComponent
    return LintConfigurationFile.parse(bytes, file: file, directory: directory, registry: registry)
  }

  /// The nearest configuration file at or above the graph's directory, as a path relative
  /// to the working directory when it lies below it; nil when there is none.
  public func configurationFile() -> String? {
    var isDirectory: ObjCBool = false
    let start = absolute(graphPath)
    let exists = FileManager.default.fileExists(atPath: start, isDirectory: &isDirectory)
    var directory =
      exists && !isDirectory.boolValue
      ? (start as NSString).deletingLastPathComponent : start
    while true {
      for name in LintConfigurationFile.names {
        let candidate = (directory as NSString).appendingPathComponent(name)
        if FileManager.default.fileExists(atPath: candidate) { return display(candidate) }
      }
      let parent = (directory as NSString).deletingLastPathComponent
      if parent == directory || parent.isEmpty { return nil }
      directory = parent
    }
  }

  /// Reads a baseline file, checking its version.
  ///
  /// - Throws: ``ProjectError/missingBaseline(_:)`` when it does not exist,
  ///   ``ProjectError/notABaseline(_:reason:)`` when it is malformed,
  ///   ``ProjectError/unusableFile(_:)`` when it cannot be read or is of another version.
  public func readBaseline(_ path: String) throws(ProjectError) -> Baseline {
    let bytes: [UInt8]
    switch RegularFile.read(path, maxBytes: Self.maxSettingsFileBytes) {
    case .success(let read): bytes = read
    case .failure(.missing): throw .missingBaseline(path)
    case .failure(let refusal): throw .unusableFile("the baseline '\(path)' \(refusal.reason)")
    }
    let baseline: Baseline
    do {
      baseline = try Baseline(fileBytes: bytes, file: path)
    } catch {
      throw .notABaseline(path, reason: "\(error)")
    }
    guard baseline.version == Baseline.currentVersion else {
      throw .unusableFile(
        "the baseline '\(path)' has version \(baseline.version); this claimgraph reads version "
          + "\(Baseline.currentVersion)")
    }
    return baseline
  }

  // MARK: - Paths

  private func absolute(_ path: String) -> String {
    WorkingDirectory(workingDirectory).absolute(path)
  }

  private func display(_ path: String) -> String {
    WorkingDirectory(workingDirectory).display(path)
  }
}
