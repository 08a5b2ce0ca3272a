import ArgumentParser
import ClaimGraph
import ClaimGraphFormats
import ClaimGraphProject

extension ExportFormat: ExpressibleByArgument {}

extension Neo4jCSVExporter.HeaderStyle: ExpressibleByArgument {}

extension ExportTarget: ExpressibleByArgument {
  /// The format named on the command line.
  public init?(argument: String) { self.init(name: argument) }

  /// Every format's name, for the help and completions.
  public static var allValueStrings: [String] { names }
}

/// `claimgraph export`: write the graph as GraphML, GEXF, DOT, node-link JSON, Mermaid,
/// N-Triples, Turtle, or a folder of Neo4j/LadybugDB CSV files.
struct ExportCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "export",
    abstract:
      "Write the graph as GraphML, GEXF, DOT, node-link JSON, Mermaid, N-Triples, Turtle or "
      + "Neo4j CSV.",
    discussion: """
      Output goes to standard output, or with --output to a file written atomically. \
      neo4j-csv writes a folder (one CSV file per node and edge kind, and a LadybugDB \
      script), so it needs --output DIR; the folder appears all at once, and an existing \
      one is replaced only if it holds nothing but such an export. Its headers are \
      neo4j-admin's (id:ID, year:int) or, with --header-style plain, the property names \
      alone (id, year) for other loaders. --query, --strength, --cited, \
      --around and --kinds select a subgraph in every format. --base-iri and --language \
      shape the RDF formats. Mermaid written to a file ending in .md is a Markdown page \
      with a mermaid block, which GitHub renders, and the nodes linked to nothing listed \
      after it.

      Examples:
        claimgraph export -f dot --around amygdala --depth 2 -o amygdala.dot
        claimgraph export -f mermaid -q 'method:pet' -o pet.md
      """)

  @OptionGroup var graphArgument: GraphArgument

  @OptionGroup var graphOptions: GraphOptions

  @Option(
    name: [.short, .long],
    help: ArgumentHelp(
      "The format: graphml, gexf, dot, json, mermaid, ntriples, turtle or neo4j-csv.",
      valueName: "format"))
  var format: ExportTarget

  @Option(
    name: [.short, .long],
    help: ArgumentHelp(
      "Write to this file (atomically) instead of standard output; for neo4j-csv, the "
        + "directory to write.",
      valueName: "path"),
    completion: .file())
  var output: String?

  @Flag(help: "Leave the legend out of DOT and Mermaid.")
  var noLegend = false

  @Option(
    name: .customLong("base-iri"),
    help: ArgumentHelp(
      "RDF only: the IRI every node's IRI starts with, ending with / or # "
        + "(default \(RDFOptions.defaultBaseIRI)).",
      valueName: "iri"))
  var baseIRI: String?

  @Option(
    help: ArgumentHelp(
      "RDF only: the language tag of statements, names and titles (default en; empty for "
        + "none).",
      valueName: "tag"))
  var language: String?

  @Option(
    help: ArgumentHelp(
      "neo4j-csv only: the CSV headers, neo4j (id:ID, :LABEL, year:int; neo4j-admin's) or "
        + "plain (id, label, year).",
      valueName: "style"))
  var headerStyle: Neo4jCSVExporter.HeaderStyle?

  @OptionGroup var filters: ExportFilterOptions

  func validate() throws {
    let isRDF = if case .file(let format) = format { format.isRDF } else { false }
    if !isRDF && (baseIRI != nil || language != nil) {
      throw ValidationError("--base-iri and --language apply only to ntriples and turtle")
    }
    if headerStyle != nil && format != .folder(.neo4jCSV) {
      throw ValidationError("--header-style applies only to neo4j-csv")
    }
    if case .folder(let format) = format, output == nil {
      throw ValidationError(
        "\(format.rawValue) writes a folder of files; name it with --output DIR")
    }
    _ = try rdfOptions()
  }

  /// The RDF options the flags give.
  private func rdfOptions() throws -> RDFOptions {
    do {
      return try RDFOptions(
        baseIRI: baseIRI ?? RDFOptions.defaultBaseIRI, language: language ?? "en")
    } catch {
      throw ValidationError(error.description)
    }
  }

  func run() throws {
    let graph = try graphArgument.applied(to: graphOptions).load().graph
    let request = ExportRequest(
      format, selection: try filters.selection, showsLegend: !noLegend, rdf: try rdfOptions(),
      headerStyle: headerStyle ?? .neo4j)
    let export = try ClaimGraphProject.export(request, of: graph, to: output)
    for case .tooManyMermaidLinks(let count, let limit) in export.warnings {
      Console.current.writeError(
        "warning: \(count) links exceed the \(limit) that Mermaid (and GitHub) render; narrow "
          + "the export with --kinds, --strength or --around\n")
    }
    if let output {
      try export.write(to: output)
    } else {
      var sink = ConsoleSink(.current)
      try export.write(to: &sink)
      try sink.finish()
    }
  }
}
