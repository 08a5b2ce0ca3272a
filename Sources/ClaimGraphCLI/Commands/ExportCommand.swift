import ArgumentParser
import ClaimGraph
import ClaimGraphExport

extension ExportFormat: ExpressibleByArgument {}

/// `claimgraph export`: write the graph as GraphML, GEXF, DOT, node-link JSON or Mermaid.
struct ExportCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "export",
    abstract: "Write the graph as GraphML, GEXF, DOT, node-link JSON or Mermaid.",
    discussion: """
      Output goes to standard output, or with --output to a file written atomically. \
      --kinds and --strength select a subgraph in every format.
      """)

  @OptionGroup var graphOptions: GraphOptions

  @Option(help: "The format: graphml, gexf, dot, json or mermaid.")
  var format: ExportFormat

  @Option(
    help: ArgumentHelp(
      "Write to this file (atomically) instead of standard output.", valueName: "file"))
  var output: String?

  @OptionGroup var filters: ExportFilterOptions

  func run() throws {
    let loaded = try graphOptions.load()
    let selection = try filters.apply(to: GraphSelection(loaded.graph))
    let exporter = format.exporter
    if format == .mermaid && MermaidExporter.exceedsRenderingLimits(selection) {
      Console.current.writeError(
        "warning: \(selection.edges.count) links exceed the \(MermaidExporter.maxLinks) that "
          + "Mermaid (and GitHub) render; narrow the export with --kinds or --strength\n")
    }
    if let output {
      do {
        try AtomicFile.write(to: output) { sink in try exporter.export(selection, to: &sink) }
      } catch {
        Console.current.writeError("error: \(error)\n")
        throw ExitCode(2)
      }
    } else {
      var sink = ConsoleSink(.current)
      try exporter.export(selection, to: &sink)
      sink.finish()
    }
  }
}
