import ClaimGraph

/// Why a project session could not do what was asked; the command line prints it and
/// exits with status 2.
public enum ProjectError: Error, Sendable, Equatable {
  /// The graph could not be used: every problem the reader and the integrity check found
  /// (warnings and notes included), in canonical order.
  case invalidGraph([Diagnostic])
  /// A file the session needs (configuration, baseline) is missing or malformed; the
  /// message says which and what to do.
  case unusableFile(String)
  /// A name given to `show` or `path` means no node, or several, or a path's two ends are
  /// the same node; the message says which and suggests the closest name when there is one.
  case unresolvedName(String)
  /// Starting an article would replace files that exist (their paths, as given); nothing
  /// was written.
  case wouldOverwrite([String])
}
