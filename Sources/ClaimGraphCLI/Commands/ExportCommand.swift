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
      --query, --strength, --cited, --around and --kinds select a subgraph in every \
      format. Mermaid written to a file ending in .md is a Markdown page with a mermaid \
      block, which GitHub renders, and the nodes linked to nothing listed after it.

      Examples:
        claimgraph export -f dot --around amygdala --depth 2 -o amygdala.dot
        claimgraph export -f mermaid -q 'method:pet' -o pet.md
      """)

  @OptionGroup var graphArgument: GraphArgument

  @OptionGroup var graphOptions: GraphOptions

  @Option(
    name: [.short, .long],
    help: "The format: \(ExportFormat.allCases.map(\.rawValue).joined(separator: ", ")).")
  var format: ExportFormat

  @Option(
    name: [.short, .long],
    help: ArgumentHelp(
      "Write to this file (atomically) instead of standard output.", valueName: "file"),
    completion: .file())
  var output: String?

  @Flag(help: "Leave the legend out of DOT and Mermaid.")
  var noLegend = false

  @OptionGroup var filters: ExportFilterOptions

  func run() throws {
    let loaded = try graphArgument.applied(to: graphOptions).load()
    let selection = try filters.apply(to: GraphSelection(loaded.graph))
    var exporter = format.exporter
    switch format {
    case .dot where noLegend: exporter = DOTExporter(showsLegend: false)
    case .mermaid:
      let mermaid = MermaidExporter(showsLegend: !noLegend)
      exporter = mermaid
      if let output, output.lowercased().hasSuffix(".md") {
        exporter = MermaidMarkdownExporter(mermaid: mermaid)
      }
    default: break
    }
    if format == .mermaid && MermaidExporter.exceedsRenderingLimits(selection) {
      Console.current.writeError(
        "warning: \(selection.edges.count) links exceed the \(MermaidExporter.maxLinks) that "
          + "Mermaid (and GitHub) render; narrow the export with --kinds, --strength or --around\n")
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
