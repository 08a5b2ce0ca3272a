import ClaimGraph
import ClaimGraphFormats
import Foundation

/// The evidence report of a graph, as `claimgraph report` and `build` write it: linted as
/// `claimgraph lint` lints (the configuration and baseline found beside the graph), with
/// the pictures Graphviz draws.
public struct EvidenceReport: Sendable {
  /// The self-contained HTML page.
  public let html: String
  /// The lint report the page shows (and `build` summarises on standard error).
  public let lint: LintReport
  /// Why the page has no pictures, when it has none because Graphviz's `dot` is missing.
  public let picturesNote: String?

  /// The report of `loaded`, the graph of `project`.
  ///
  /// - Parameters:
  ///   - loaded: the loaded graph; its reader's diagnostics are linted with it.
  ///   - project: the session whose configuration and baseline the lint uses.
  ///   - environment: where `PATH` is looked up for Graphviz's `dot`; the process's by
  ///     default.
  /// - Throws: ``ProjectError/unusableFile(_:)`` when the configuration or the baseline
  ///   it names cannot be used.
  public init(
    _ loaded: LoadedGraph, of project: ClaimGraphProject,
    environment: [String: String] = ProcessInfo.processInfo.environment
  ) throws(ProjectError) {
    lint = try project.lint(loaded)
    let (pictures, note) = ReportDrawing.draw(
      ReportPicture.planned(for: loaded.graph), environment: environment)
    picturesNote = note
    html = HTMLReport(graph: loaded.graph, lint: lint, pictures: pictures, picturesNote: note)
      .render()
  }

  /// Where `report` writes the page by default, and `build` always:
  /// `EXPORTS/NAME-report.html`, NAME as `build` names exports.
  public static func defaultPath(for graph: KnowledgeGraph, exports: String = "Exports")
    -> String
  {
    "\(exports)/\(BuildPlan.baseName(for: graph))-report.html"
  }
}
