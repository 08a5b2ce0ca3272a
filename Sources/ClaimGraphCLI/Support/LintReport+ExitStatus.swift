import ClaimGraph

extension LintReport {
  /// The exit status of `claimgraph lint`: `0` when the findings pass, `1` when they fail
  /// the run (an error, or a warning when strict), `2` when input could not be read or
  /// parsed.
  public var exitStatus: Int32 { inputFailed ? 2 : fails ? 1 : 0 }
}
