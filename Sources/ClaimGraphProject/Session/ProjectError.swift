import ClaimGraph

/// Why a project session could not do what was asked.
///
/// Each case is a different kind of failure, so a program can tell them apart; its
/// ``description`` says what went wrong and what to do, in words that name no command-line
/// option (the command line prints each case in its own words, naming its flags, and exits
/// with status 2).
public enum ProjectError: Error, Sendable, Equatable, CustomStringConvertible {
  /// The graph could not be used: every problem the reader and the integrity check found
  /// (warnings and notes included), in canonical order.
  case invalidGraph([Diagnostic])
  /// A file the session needs (configuration, baseline, the article's text) is unreadable
  /// or malformed; the message says which and what to do.
  case unusableFile(String)
  /// The baseline file named (by the caller or the configuration) does not exist.
  case missingBaseline(String)
  /// The file at the path is not a baseline (the reason says why).
  case notABaseline(String, reason: String)
  /// A baseline was to be pruned, but the run used none.
  case noBaselineToPrune
  /// A baseline was to be pruned while some input could not be read: its findings would
  /// look stale and be pruned wrongly.
  case pruneWhileInputFails
  /// A file given to restrict a lint run to does not exist.
  case missingFile(String)
  /// A file given to restrict a lint run to lies outside the graph's folder.
  case fileOutsideGraph(file: String, graph: String)
  /// A name given to `show` or `path` means no node, or several, or a path's two ends are
  /// the same node; the message says which and suggests the closest name when there is one.
  case unresolvedName(String)
  /// A value given for one of a command's choices (``ProjectChoice``) means nothing, or
  /// several things; the message says which and suggests the closest name or lists them.
  case unresolvedChoice(ProjectChoice, String)
  /// The search expression does not parse, or names nothing in the graph.
  case invalidQuery(QueryError, expression: String)
  /// No lint rule has this id; the message suggests the closest one.
  case unknownRule(String, hint: String)
  /// The graph has no article text, so there is nothing to cover.
  case noArticleText
  /// Starting an article would replace files that exist (their paths, as given); nothing
  /// was written.
  case wouldOverwrite([String])
  /// An output file or folder could not be written; the message names it and says why.
  case cannotWrite(String)

  /// What went wrong and what to do, naming no command-line option.
  public var description: String {
    switch self {
    case .invalidGraph(let diagnostics):
      let errors = diagnostics.filter { $0.severity == .error }.count
      return "the graph cannot be used: \(errors) \(errors == 1 ? "error" : "errors")"
    case .unusableFile(let message), .unresolvedName(let message), .cannotWrite(let message):
      return message
    case .missingBaseline(let path):
      return "the baseline '\(path)' does not exist; record today's findings in it first "
        + "(as known debt)"
    case .notABaseline(let path, let reason):
      return "the baseline '\(path)' is not a claimgraph baseline (\(reason)); record the "
        + "findings in a new one"
    case .noBaselineToPrune:
      return "there is no baseline to prune; name one in the configuration or give one"
    case .pruneWhileInputFails:
      return "the baseline is not pruned while some input cannot be read: fix it first"
    case .missingFile(let path): return "'\(path)' does not exist"
    case .fileOutsideGraph(let file, let graph):
      return "'\(file)' is not in the graph '\(graph)'; name the graph it belongs to"
    case .unresolvedChoice(let choice, let message): return "\(choice.rawValue): \(message)"
    case .invalidQuery(let error, _): return "\(error)"
    case .unknownRule(let id, let hint): return "unknown rule '\(id)'\(hint)"
    case .noArticleText:
      return "the graph has no article text, so there is nothing to cover; name the "
        + "article's text file with `text:` under `article:`"
    case .wouldOverwrite(let paths):
      return paths.map { "\($0) exists; starting an article never overwrites a file" }
        .joined(separator: "\n")
    }
  }
}
