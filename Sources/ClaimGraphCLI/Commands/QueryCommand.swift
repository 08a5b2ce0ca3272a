import ArgumentParser
import ClaimGraph
import ClaimGraphFormats
import ClaimGraphProject

/// `claimgraph query EXPR`: the claims that match a search expression.
struct QueryCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "query",
    abstract: "List the claims that match a search expression.",
    discussion: """
      Terms are ANDed; OR, NOT, a leading '-', parentheses and "quoted values" work as in \
      GitHub or Gmail search; operators in any case, and && and || too. Free words match \
      the statement, ignoring case. Fields: id, strength, method, only-method, source, \
      author, source-type, about, region, receptor, condition, molecule, intervention, \
      structure, section, article (id or title words), stance, cited:yes|no, listed:yes|no, \
      year (2010, >=2010, <2000, \
      2008..2015). Names match by id, name, alias, or for sources label, author and year \
      ("Boecker 2008", boecker); a trailing * matches a prefix. A name that matches \
      nothing is an error (exit status 2), with a suggestion. Like grep, the exit status \
      is 1 when nothing matches (--exit-zero keeps it 0).

      Examples:
        claimgraph query method:pet
        claimgraph query 'strength:uncertain condition:ptsd'
        claimgraph query 'method:pet or method:fmri' --count
        claimgraph query --nodes sources 'listed:no'
      """)

  @OptionGroup var graphOptions: GraphOptions

  @Option(name: [.short, .long], help: "Output format.")
  var format: QueryFormat = .text

  @Option(help: ArgumentHelp("What to list: claims, sources or entities.", valueName: "nodes"))
  var nodes: QueryNodes = .claims

  @Option(help: ArgumentHelp("List at most this many.", valueName: "n"))
  var limit: Int?

  @Flag(help: "Print only how many match.")
  var count = false

  @Flag(name: .customLong("ids-only"), help: "Print only the ids, one a line.")
  var idsOnly = false

  @Flag(name: .customLong("exit-zero"), help: "Exit with status 0 even when nothing matches.")
  var exitZero = false

  @Argument(
    parsing: .allUnrecognized,
    help: ArgumentHelp(
      "The search expression; several arguments are joined with spaces. A last argument "
        + "that names a graph (a directory, or a .graphml or .json file) is the graph.",
      valueName: "expr"))
  var expression: [String] = []

  func validate() throws {
    if let limit, limit < 1 { throw ValidationError("--limit must be at least 1") }
    if count && idsOnly { throw ValidationError("give either --count or --ids-only, not both") }
  }

  func run() throws {
    let (words, graphPath) = GraphArgument.splitTrailingGraph(from: expression)
    let query = try ClaimGraphProject.parseQuery(words.joined(separator: " "))
    let graph = try GraphArgument(path: graphPath).applied(to: graphOptions).load().graph
    let answer = try ClaimGraphProject.query(
      query, in: graph, nodes: nodes, format: format,
      shape: count ? .count : idsOnly ? .idsOnly : .full(limit: limit))
    Console.current.write(answer.output)
    if answer.matchCount == 0 && !exitZero { throw ExitCode(1) }
  }
}

extension QueryFormat: ExpressibleByArgument {}

extension QueryNodes: ExpressibleByArgument {}
