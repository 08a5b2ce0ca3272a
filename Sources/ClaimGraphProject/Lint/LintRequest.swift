import ClaimGraph
import ClaimGraphFormats
import Foundation

/// Everything `claimgraph lint` is asked to do, short of printing.
public struct LintRequest: Sendable, Hashable {
  /// The configuration file; nil searches from the graph's directory upwards.
  public var config: String?
  /// Which baseline the findings are compared with (``BaselineUpdate/record(_:)`` compares
  /// with none).
  public var baseline: BaselineChoice
  /// Whether warnings fail the run too.
  public var strict: Bool
  /// What to do to the baseline; nil leaves it alone.
  public var update: BaselineUpdate?
  /// Report only the findings in these files of the graph (as `pre-commit` passes them)
  /// and the findings with no file; nil reports every finding.
  public var files: [String]?

  /// Creates a request: the configuration and baseline found beside the graph.
  public init(
    config: String? = nil, baseline: BaselineChoice = .configured, strict: Bool = false,
    update: BaselineUpdate? = nil, files: [String]? = nil
  ) {
    self.config = config
    self.baseline = baseline
    self.strict = strict
    self.update = update
    self.files = files
  }
}
