import ClaimGraph

/// Prints diagnostics as `file:line:column: severity: message [rule]`, one per line.
enum DiagnosticPrinter {
  static func print(_ diagnostics: [Diagnostic], to console: Console) {
    let text = diagnostics.map { line(for: $0, color: console.usesColor) }.joined()
    console.writeError(text)
  }

  static func line(for diagnostic: Diagnostic, color: Bool) -> String {
    guard color else { return diagnostic.description + "\n" }
    let code =
      switch diagnostic.severity {
      case .error: "31"
      case .warning: "33"
      case .note: "36"
      }
    let place = diagnostic.location.map { "\u{1B}[1m\($0):\u{1B}[0m " } ?? ""
    let severity = "\u{1B}[1;\(code)m\(diagnostic.severity.rawValue):\u{1B}[0m"
    return "\(place)\(severity) \(diagnostic.message) \u{1B}[2m[\(diagnostic.rule)]\u{1B}[0m\n"
  }
}
