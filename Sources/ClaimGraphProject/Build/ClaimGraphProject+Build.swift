import ClaimGraph
import ClaimGraphFormats
import Foundation

extension ClaimGraphProject {
  /// Exactly what `claimgraph build` plans: the graph's exports, its evidence report
  /// (linted as `claimgraph lint` lints) and its pictures, with Graphviz when `PATH` has it.
  ///
  /// - Parameters:
  ///   - loaded: the graph, when it has been loaded already; nil loads it.
  ///   - directory: where the files go.
  ///   - environment: where `PATH` is looked up for Graphviz's `dot`.
  /// - Throws: ``ProjectError`` when the graph cannot be loaded or the lint configuration
  ///   or baseline cannot be used.
  public func buildPlan(
    _ loaded: LoadedGraph? = nil, directory: String = "Exports",
    environment: [String: String] = ProcessInfo.processInfo.environment
  ) throws(ProjectError) -> BuildPlan {
    let checked: LoadedGraph
    if let loaded { checked = loaded } else { checked = try load() }
    let report = try EvidenceReport(
      checked, of: self, path: EvidenceReport.defaultPath(for: checked.graph, exports: directory),
      environment: environment)
    return BuildPlan(
      graph: checked.graph, directory: directory, report: report,
      graphviz: Graphviz.find(path: environment["PATH"]))
  }
}
