import ClaimGraph
import ClaimGraphFormats

/// Prints diagnostics as `file:line:column: severity: message [rule]`, one per line.
enum DiagnosticPrinter {
  static func print(_ diagnostics: [Diagnostic], to console: Console) {
    let text = diagnostics.map { line(for: $0, color: console.colorsErrors) }.joined()
    console.writeError(text)
  }

  static func line(for diagnostic: Diagnostic, color: Bool) -> String {
    TextReporter.line(for: diagnostic, color: color)
  }
}
