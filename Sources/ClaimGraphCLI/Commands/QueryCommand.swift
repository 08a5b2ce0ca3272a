import ArgumentParser
import ClaimGraph
import ClaimGraphRendering

/// `claimgraph query EXPR`: the claims that match a search expression.
struct QueryCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "query",
    abstract: "List the claims that match a search expression.",
    discussion: """
      Terms are ANDed; OR, NOT, a leading '-', parentheses and "quoted values" work as in \
      GitHub or Gmail search. Free words match the statement, ignoring case. Fields: \
      strength, method, only-method, source, source-type, about, region, receptor, \
      condition, molecule, intervention, section, stance, cited:yes|no, listed:yes|no, \
      year (2010, >=2010, <2000, 2008..2015). Entities and methods match by id, name or \
      alias, ignoring case.

      Examples:
        claimgraph query method:pet
        claimgraph query 'strength:uncertain condition:ptsd'
        claimgraph query '(method:pet OR method:fmri) -listed:yes'
      """)

  @OptionGroup var graphOptions: GraphOptions

  @Option(help: "Output format.")
  var format: QueryFormat = .text

  @Argument(
    parsing: .allUnrecognized,
    help: ArgumentHelp(
      "The search expression; several arguments are joined with spaces.",
      valueName: "expr"))
  var expression: [String] = []

  func run() throws {
    let console = Console.current
    let text = expression.joined(separator: " ")
    let query: Query
    do {
      query = try Query(parsing: text)
    } catch {
      console.writeError(Self.report(error, in: text, color: console.colorsErrors))
      throw ExitCode(2)
    }
    let graph = try graphOptions.load().graph
    for note in graph.notes(for: query) { console.writeError("note: \(note)\n") }
    let claims = graph.claims(matching: query)
    console.write(QueryOutput.render(Array(claims), in: graph, as: format))
  }

  /// `query:1:COLUMN: error: message`, the query, and a caret under the column.
  static func report(_ error: QueryError, in text: String, color: Bool) -> String {
    let caret = String(repeating: " ", count: error.column - 1) + "^"
    guard color else {
      return "query:1:\(error.column): error: \(error.message)\n  \(text)\n  \(caret)\n"
    }
    return "\u{1B}[1mquery:1:\(error.column):\u{1B}[0m \u{1B}[1;31merror:\u{1B}[0m "
      + "\(error.message)\n  \(text)\n  \u{1B}[1;32m\(caret)\u{1B}[0m\n"
  }
}

extension QueryFormat: ExpressibleByArgument {}
