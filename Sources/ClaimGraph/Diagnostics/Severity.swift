/// How serious a diagnostic is, ordered from the mildest to the most serious.
public enum Severity: String, CaseIterable, Hashable, Sendable, Comparable {
  /// Worth knowing; never fails a run.
  case note
  /// Should be fixed; fails a run only with `--strict`.
  case warning
  /// Must be fixed; fails a run.
  case error

  private var rank: Int {
    switch self {
    case .note: 0
    case .warning: 1
    case .error: 2
    }
  }

  /// Orders severities from `note` to `error`.
  public static func < (lhs: Severity, rhs: Severity) -> Bool { lhs.rank < rhs.rank }
}
