import ClaimGraph
import ClaimGraphFormats
import Foundation

extension ClaimGraphProject {
  /// Lints the graph the way `claimgraph lint` does: the files to report checked, the run
  /// compared with its baseline, the baseline recorded or pruned when asked, the report
  /// restricted to the files.
  ///
  /// - Throws: ``ProjectError/missingFile(_:)`` or ``ProjectError/fileOutsideGraph(file:graph:)``
  ///   for a file to report that does not exist or lies outside the graph (checked before
  ///   the graph is read); otherwise as ``lintRun(_:config:baseline:strict:registry:currentYear:)``
  ///   and ``LintRun/pruningStaleEntries()``, or ``ProjectError/cannotWrite(_:)``.
  public func lint(_ request: LintRequest, registry: RuleRegistry = .standard)
    throws(ProjectError) -> LintOutcome
  {
    let directory = WorkingDirectory(workingDirectory)
    for file in request.files ?? [] {
      guard FileManager.default.fileExists(atPath: directory.absolute(file)) else {
        throw .missingFile(file)
      }
      let (path, folder) = (directory.absolute(file), directory.absolute(graphPath))
      guard path == folder || path.hasPrefix(folder.hasSuffix("/") ? folder : folder + "/")
      else { throw .fileOutsideGraph(file: file, graph: graphPath) }
    }
    let loaded = read()
    let baseline: BaselineChoice =
      if case .record = request.update { .none } else { request.baseline }
    var run = try lintRun(
      loaded, config: request.config, baseline: baseline, strict: request.strict,
      registry: registry)
    var changes: [BaselineChange] = []
    switch request.update {
    case .record(let path):
      run = run.recordingEveryFinding(at: path)
      if let recorded = run.baseline { try writeBaseline(recorded, to: path) }
      changes.append(.recorded(count: run.report.baselined.count, path: path))
    case .pruneStale:
      let (pruned, removed) = try run.pruningStaleEntries()
      if let path = pruned.baselinePath, let baseline = pruned.baseline {
        if removed == 0 {
          changes.append(.nothingStale(path: path))
        } else {
          try writeBaseline(baseline, to: path)
          changes.append(.pruned(count: removed, path: path))
        }
      }
      run = pruned
    case nil: break
    }
    if let files = request.files {
      run = run.restricted(
        to: files, text: loaded.graph.text?.path, workingDirectory: workingDirectory)
    }
    return LintOutcome(
      run: run, graph: loaded.graph, baselineChanges: changes, rules: registry.descriptors)
  }
}
