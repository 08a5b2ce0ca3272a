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
}
