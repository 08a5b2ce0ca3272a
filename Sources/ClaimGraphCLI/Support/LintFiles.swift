import ArgumentParser
import ClaimGraph
import ClaimGraphExport
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

  /// The configuration: from `explicit` (which must exist), else the first
  /// `.claimgraph.yml`/`.yaml` in the graph's directory or its parents, else defaults.
  func configuration(explicit: String?, graphPath: String, registry: RuleRegistry) throws
    -> (LintConfiguration, [Diagnostic])
  {
    let file: String
    if let explicit {
      guard FileManager.default.fileExists(atPath: explicit) else {
        Console.current.writeError("error: the configuration file '\(explicit)' does not exist\n")
        throw ExitCode(2)
      }
      file = explicit
    } else if let found = search(from: graphPath) {
      file = found
    } else {
      return (LintConfiguration(baseDirectory: workingDirectory), [])
    }
    guard let data = FileManager.default.contents(atPath: file) else {
      Console.current.writeError("error: cannot read the configuration file '\(file)'\n")
      throw ExitCode(2)
    }
    let directory = (absolute(file) as NSString).deletingLastPathComponent
    return LintConfigurationFile.parse(
      [UInt8](data), file: file, directory: directory, registry: registry)
  }

  /// The nearest configuration file at or above the graph's directory, as a path relative
  /// to the working directory when it lies below it.
  private func search(from graphPath: String) -> String? {
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

  private func absolute(_ path: String) -> String {
    let joined =
      path.hasPrefix("/") ? path : (workingDirectory as NSString).appendingPathComponent(path)
    return (joined as NSString).standardizingPath
  }

  private func display(_ path: String) -> String {
    let prefix = workingDirectory.hasSuffix("/") ? workingDirectory : workingDirectory + "/"
    return path.hasPrefix(prefix) ? String(path.dropFirst(prefix.count)) : path
  }

  /// Reads a baseline; an unreadable or malformed one is a usage error (exit status 2).
  func readBaseline(_ path: String) throws -> Baseline {
    guard let data = FileManager.default.contents(atPath: path) else {
      Console.current.writeError("error: cannot read the baseline '\(path)'\n")
      throw ExitCode(2)
    }
    do {
      var baseline = try JSONDecoder().decode(Baseline.self, from: data)
      baseline.origin = Baseline.Origin(file: path, text: String(decoding: data, as: UTF8.self))
      guard baseline.version == 1 else {
        Console.current.writeError(
          "error: the baseline '\(path)' has version \(baseline.version); this claimgraph reads version 1\n"
        )
        throw ExitCode(2)
      }
      return baseline
    } catch let error as ExitCode {
      throw error
    } catch {
      Console.current.writeError(
        "error: the baseline '\(path)' is not a claimgraph baseline (\(error)); "
          + "write one with --write-baseline\n")
      throw ExitCode(2)
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
