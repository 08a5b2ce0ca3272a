import Foundation

/// Where commands write: standard output and standard error, or (in tests) buffers.
public struct Console: Sendable {
  /// Writes to standard output.
  public let write: @Sendable (String) -> Void
  /// Writes to standard error.
  public let writeError: @Sendable (String) -> Void
  /// Whether standard output is a terminal: what is written with ``write`` is coloured
  /// only then.
  public let isTerminal: Bool
  /// Whether standard error is a terminal: diagnostics written with ``writeError`` are
  /// coloured only then, so `2>err.log` gets plain text whatever standard output is.
  public let errorIsTerminal: Bool
  /// The environment (`NO_COLOR`, `GITHUB_STEP_SUMMARY`, …).
  public let environment: [String: String]
  /// Why standard output could not be written, once a ``write`` failed (later writes are
  /// dropped); nil while it has not, and always for a console that cannot fail.
  public let outputFailure: @Sendable () -> OutputFailure?

  /// Creates a console.
  public init(
    write: @escaping @Sendable (String) -> Void, writeError: @escaping @Sendable (String) -> Void,
    isTerminal: Bool, errorIsTerminal: Bool = false, environment: [String: String],
    outputFailure: @escaping @Sendable () -> OutputFailure? = { nil }
  ) {
    self.write = write
    self.writeError = writeError
    self.isTerminal = isTerminal
    self.errorIsTerminal = errorIsTerminal
    self.environment = environment
    self.outputFailure = outputFailure
  }

  /// The process's standard output and error; a failed write ends the command with a
  /// message rather than a crash (``StandardStreams``).
  public static let standard = Console(
    write: { StandardStreams.shared.writeOutput($0) },
    writeError: { StandardStreams.shared.writeError($0) },
    isTerminal: isatty(STDOUT_FILENO) == 1, errorIsTerminal: isatty(STDERR_FILENO) == 1,
    environment: ProcessInfo.processInfo.environment,
    outputFailure: { StandardStreams.shared.failure })

  /// The console commands write to; tests bind it with `Console.$current.withValue`.
  @TaskLocal public static var current: Console = .standard

  /// Whether to colour what goes to standard output: on a terminal, unless `NO_COLOR` is
  /// set.
  public var colorsOutput: Bool { isTerminal && allowsColor }
  /// Whether to colour what goes to standard error: on a terminal, unless `NO_COLOR` is
  /// set.
  public var colorsErrors: Bool { errorIsTerminal && allowsColor }

  private var allowsColor: Bool { environment["NO_COLOR"].map(\.isEmpty) ?? true }
}
