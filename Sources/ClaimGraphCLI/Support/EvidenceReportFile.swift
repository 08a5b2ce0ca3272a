import ClaimGraph
import ClaimGraphFormats
import ClaimGraphProject
import Foundation

/// The evidence report of a graph, as `report` and `build` write it: linted as
/// `claimgraph lint` lints (the configuration and baseline found beside the graph), with
/// the pictures Graphviz draws.
struct EvidenceReportFile {
  /// The page.
  let html: String
  /// The lint report it shows, for `build`'s summary line.
  let lint: LintReport
  /// Why the page has no pictures, if it has none because `dot` is missing.
  let picturesNote: String?

  init(_ loaded: LoadedGraph, graphPath: String, console: Console) throws {
    let files = LintFiles(workingDirectory: FileManager.default.currentDirectoryPath)
    lint = try files.lint(
      loaded, graphPath: graphPath, config: nil, baseline: nil, strict: false)
    let (pictures, note) = ReportDrawing.draw(
      ReportPicture.planned(for: loaded.graph), environment: console.environment)
    picturesNote = note
    html = HTMLReport(graph: loaded.graph, lint: lint, pictures: pictures, picturesNote: note)
      .render()
  }

  /// The default path: `Exports/NAME-report.html`, NAME as `build` names exports.
  static func defaultPath(for graph: KnowledgeGraph, exports: String = "Exports") -> String {
    "\(exports)/\(BuildPlan.baseName(for: graph))-report.html"
  }
}
