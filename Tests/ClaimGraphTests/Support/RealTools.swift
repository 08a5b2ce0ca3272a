import ClaimGraphExport

/// Graphviz, the real consumer of the DOT export and the pictures `build` renders.
///
/// A test that needs it uses `.enabled(if: RealTools.runs(RealTools.graphviz != nil))`:
/// without Graphviz it is skipped, saying so, except under `CI=true`, where it runs and
/// fails on its first `#require` (`.ci/setup` installs Graphviz). Python packages go
/// through ``Python`` the same way.
enum RealTools {
  /// Whether a test that needs a tool runs: when the tool is present, or always in CI.
  static func runs(_ present: Bool) -> Bool { present || Python.isCI }

  /// Graphviz, if installed.
  static let graphviz = Graphviz.find()
}
