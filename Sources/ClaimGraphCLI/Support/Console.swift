import Foundation

/// Where commands write: standard output and standard error, or (in tests) buffers.
public struct Console: Sendable {
  /// Writes to standard output.
  public let write: @Sendable (String) -> Void
  /// Writes to standard error.
  public let writeError: @Sendable (String) -> Void
  /// Whether standard output is a terminal (colour is used only then).
  public let isTerminal: Bool
  /// The environment (`NO_COLOR`, `GITHUB_STEP_SUMMARY`, …).
  public let environment: [String: String]

  /// Creates a console.
  public init(
    write: @escaping @Sendable (String) -> Void, writeError: @escaping @Sendable (String) -> Void,
    isTerminal: Bool, environment: [String: String]
  ) {
    self.write = write
    self.writeError = writeError
    self.isTerminal = isTerminal
    self.environment = environment
  }

  /// The process's standard output and error.
  public static let standard = Console(
    write: { FileHandle.standardOutput.write(Data($0.utf8)) },
    writeError: { FileHandle.standardError.write(Data($0.utf8)) },
    isTerminal: isatty(STDOUT_FILENO) == 1,
    environment: ProcessInfo.processInfo.environment)

  /// The console commands write to; tests bind it with `Console.$current.withValue`.
  @TaskLocal public static var current: Console = .standard

  /// Whether to colour output: on a terminal, unless `NO_COLOR` is set.
  public var usesColor: Bool { isTerminal && environment["NO_COLOR"].map(\.isEmpty) ?? true }
}
