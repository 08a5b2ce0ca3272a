import ArgumentParser
import ClaimGraph
import ClaimGraphFormats
import ClaimGraphProject
import ClaimGraphYAML
import Foundation

/// The file system side of `claimgraph lint`: finding and reading the configuration,
/// reading and writing baselines, appending to the step summary.
struct LintFiles {
  /// The absolute working directory.
  let workingDirectory: String

  /// The current year in UTC.
  static func currentYear() -> Int {
    var calendar = Calendar(identifier: .gregorian)
    calendar.timeZone = TimeZone(identifier: "UTC") ?? calendar.timeZone
    return calendar.component(.year, from: Date())
  }

  /// Lints a loaded graph the way `claimgraph lint` does: with the configuration from
  /// `config` or found beside the graph, and the baseline given or named by the configuration.
  ///
  /// - Parameter baseline: the baseline file; nil uses the configuration's `baseline`.
  func lint(
    _ loaded: LoadedGraph, graphPath: String, config: String?, baseline: String?,
    strict: Bool, registry: RuleRegistry = .standard
  ) throws -> LintReport {
    try run(
      loaded, graphPath: graphPath, config: config,
      baseline: baseline.map(BaselineChoice.file)
        ?? .configured, strict: strict, registry: registry
    ).report
  }

  /// Which baseline a run uses.
  enum BaselineChoice {
    /// The one the configuration names, if any.
    case configured
    /// None (`--no-baseline`, `--write-baseline`).
    case none
    /// This file.
    case file(String)
  }

  /// A lint run's report, with the baseline it used and that baseline's path.
  struct Run {
    var report: LintReport
    var baseline: Baseline?
    var baselinePath: String?
  }

  /// Lints a loaded graph, with the configuration from `config` or found beside the graph.
  func run(
    _ loaded: LoadedGraph, graphPath: String, config: String?, baseline choice: BaselineChoice,
    strict: Bool, registry: RuleRegistry = .standard
  ) throws -> Run {
    var (configuration, configurationDiagnostics) = try self.configuration(
      explicit: config, graphPath: graphPath, registry: registry)
    if strict { configuration.strict = true }
    let baselinePath: String? =
      switch choice {
      case .none: nil
      case .file(let path): path
      case .configured:
        configuration.baseline.map { configured in
          display((configuration.baseDirectory as NSString).appendingPathComponent(configured))
        }
      }
    let baseline = try baselinePath.map(readBaseline)
    let linter = Linter(registry: registry, configuration: configuration)
    let report = linter.lint(
      loaded, configurationDiagnostics: configurationDiagnostics, baseline: baseline,
      currentYear: Self.currentYear(), workingDirectory: workingDirectory)
    return Run(report: report, baseline: baseline, baselinePath: baselinePath)
  }

  /// Whether `path` names the same file as `other`, both relative to the working directory
  /// unless absolute.
  func sameFile(_ path: String, _ other: String) -> Bool { absolute(path) == absolute(other) }

  /// Whether `path` lies inside the directory `directory` (or is it).
  func isInside(_ path: String, directory: String) -> Bool {
    let (file, folder) = (absolute(path), absolute(directory))
    return file == folder || file.hasPrefix(folder.hasSuffix("/") ? folder : folder + "/")
  }

  /// The path made absolute and standardized, for comparing.
  func absolutePath(_ path: String) -> String { absolute(path) }

  /// The configuration, found and read as ``ClaimGraphProject`` finds it: from `explicit`
  /// (which must exist), else the nearest `.claimgraph.yml`/`.yaml` at or above the graph.
  func configuration(explicit: String?, graphPath: String, registry: RuleRegistry) throws
    -> (LintConfiguration, [Diagnostic])
  {
    do {
      return try project(graphPath).configuration(explicit: explicit, registry: registry)
    } catch {
      throw ProjectFailure.exit(error)
    }
  }

  private func project(_ graphPath: String) -> ClaimGraphProject {
    ClaimGraphProject(graph: graphPath, workingDirectory: workingDirectory)
  }

  private func absolute(_ path: String) -> String {
    WorkingDirectory(workingDirectory).absolute(path)
  }

  private func display(_ path: String) -> String {
    WorkingDirectory(workingDirectory).display(path)
  }

  /// Reads a baseline as ``ClaimGraphProject`` reads it; an unreadable, malformed or
  /// other-version one is a usage error (exit status 2).
  func readBaseline(_ path: String) throws -> Baseline {
    do {
      return try project(".").readBaseline(path)
    } catch {
      throw ProjectFailure.exit(error)
    }
  }

  /// Writes a file atomically (a temporary file, then a rename).
  func write(_ text: String, to path: String) throws {
    do {
      try AtomicFile.write(text, to: path)
    } catch {
      Console.current.writeError("error: \(error)\n")
      throw ExitCode(2)
    }
  }

  /// Appends to a file (the step summary), creating it if needed; failures are reported
  /// but do not fail the run.
  func append(_ text: String, to path: String, console: Console) {
    let manager = FileManager.default
    if !manager.fileExists(atPath: path) { _ = manager.createFile(atPath: path, contents: nil) }
    guard let handle = FileHandle(forWritingAtPath: path) else {
      console.writeError("warning: cannot write the step summary '\(path)'\n")
      return
    }
    defer { try? handle.close() }
    do {
      try handle.seekToEnd()
      try handle.write(contentsOf: Data(text.utf8))
    } catch {
      console.writeError("warning: cannot write the step summary '\(path)': \(error)\n")
    }
  }
}
