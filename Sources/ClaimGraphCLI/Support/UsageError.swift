/// A command line that parses but asks for what cannot be.
///
/// Options that do not go together with what the command was given: the root command
/// prints it as `error: MESSAGE` and exits with 2.
struct UsageError: Error, Equatable {
  /// What is wrong, naming the flags.
  let message: String
}
