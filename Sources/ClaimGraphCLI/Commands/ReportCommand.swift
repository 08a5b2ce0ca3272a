import ArgumentParser
import ClaimGraph
import ClaimGraphFormats
import ClaimGraphProject
import Foundation

/// `claimgraph report`: the article annotated passage by passage, as one HTML page.
struct ReportCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "report",
    abstract: "Write the evidence report: the article annotated, as one self-contained page.",
    discussion: """
      The page shows the article's text with each passage that claims state marked by \
      their strength (established, uncertain, refuted) and backing (a listed source, only \
      unlisted ones, none); hovering over a passage or moving to it with the Tab key shows \
      its claims, citations and lint findings. Around it: the headline numbers, what we \
      know and don't know, the lint findings by rule (the baseline's included), the \
      sources with the claims citing them, and pictures drawn by Graphviz's dot when it is \
      installed. A graph without article text gets everything but the annotated text. \
      The page loads nothing from outside and runs no script but its own. Writes \
      Exports/NAME-report.html unless --output names another file (atomically).
      """)

  @OptionGroup var graphOptions: GraphOptions

  @Option(
    help: ArgumentHelp(
      "Write the page to this file (default: Exports/NAME-report.html).", valueName: "file"))
  var output: String?

  func run() throws {
    let console = Console.current
    let loaded = try graphOptions.load()
    let report: EvidenceReport
    do {
      report = try EvidenceReport(
        loaded, of: graphOptions.project(), environment: console.environment)
    } catch {
      throw ProjectFailure.exit(error)
    }
    if let note = report.picturesNote { console.writeError("warning: \(note)\n") }
    let path = output ?? EvidenceReport.defaultPath(for: loaded.graph)
    do {
      let directory = (path as NSString).deletingLastPathComponent
      if !directory.isEmpty {
        try FileManager.default.createDirectory(
          atPath: directory, withIntermediateDirectories: true)
      }
      try AtomicFile.write(report.html, to: path)
    } catch {
      console.writeError("error: \(error)\n")
      throw ExitCode(2)
    }
    console.write("wrote \(path) (\(report.html.utf8.count) bytes)\n")
  }
}
