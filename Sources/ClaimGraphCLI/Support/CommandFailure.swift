import ClaimGraph
import ClaimGraphFormats
import ClaimGraphProject

/// How the command line words a ``ProjectError``: the library's failure with the flags
/// the command line offers for it.
enum CommandFailure {
  /// What the root command prints on standard error for `error`.
  static func message(for error: ProjectError, color: Bool) -> String {
    switch error {
    case .invalidGraph(let diagnostics):
      return diagnostics.map { TextReporter.line(for: $0, color: color) }.joined()
    case .invalidQuery(let problem, let expression):
      return queryProblem(problem, in: expression, color: color)
    case .wouldOverwrite(let paths):
      return paths.map { "error: \($0) exists; init never overwrites a file\n" }.joined()
    default: return "error: \(sentence(for: error))\n"
    }
  }

  /// The one-line message of a failure other than a graph's diagnostics, a query's
  /// problem or files that exist.
  private static func sentence(for error: ProjectError) -> String {
    switch error {
    case .missingBaseline(let path):
      "the baseline '\(path)' does not exist; write one with --write-baseline (it records "
        + "today's findings as known debt)"
    case .notABaseline(let path, let reason):
      "the baseline '\(path)' is not a claimgraph baseline (\(reason)); write one with "
        + "--write-baseline"
    case .noBaselineToPrune:
      "there is no baseline to prune; give --baseline FILE or name one in the configuration"
    case .fileOutsideGraph(let file, let graph):
      "'\(file)' is not in the graph '\(graph)'; name the graph with --graph"
    case .unresolvedChoice(.article, let message): "--article \(message)"
    case .unresolvedChoice(.around, let message): "--around: \(message)"
    case .unresolvedChoice(.avoid, let message): "--avoid: \(message)"
    case .unresolvedChoice(_, let message): message
    case .unknownRule(let id, let hint): "unknown rule '\(id)' (see 'claimgraph rules')\(hint)"
    default: error.description
    }
  }

  /// `query:1:COLUMN: error: message`, the query, and a caret under the column.
  static func queryProblem(_ error: QueryError, in text: String, color: Bool) -> String {
    let caret = String(repeating: " ", count: error.column - 1) + "^"
    guard color else {
      return "query:1:\(error.column): error: \(error.message)\n  \(text)\n  \(caret)\n"
    }
    return "\u{1B}[1mquery:1:\(error.column):\u{1B}[0m \u{1B}[1;31merror:\u{1B}[0m "
      + "\(error.message)\n  \(text)\n  \u{1B}[1;32m\(caret)\u{1B}[0m\n"
  }
}
