internal import CLibFYAML
import ClaimGraph

/// libfyaml's errors as located diagnostics: what the YAML reader and the JSON readers (in
/// ClaimGraphFormats) report when the parser stops, worded and located the same way.
package enum LibFYAMLError {
  /// The first error `parser` collected, as a `syntax` error `invalid LANGUAGE: MESSAGE` at its
  /// line and column, followed by `; HINT` when `hint` has one for the message; when the
  /// parser kept none, `invalid LANGUAGE: the parser stopped here` at `fallback`.
  ///
  /// - Parameter parser: a parser made by the shim's `cg_fy_parser_create…` functions, which
  ///   collect errors instead of printing them.
  package static func diagnostic(
    of parser: OpaquePointer, language: String, file: String, fallback: SourceLocation,
    hint: (String) -> String? = { _ in nil }
  ) -> Diagnostic {
    var message: UnsafePointer<CChar>?
    var line: Int32 = 0
    var column: Int32 = 0
    guard cg_fy_first_error(parser, &message, &line, &column), let message else {
      return InputRule.syntax.diagnostic(
        "invalid \(language): the parser stopped here", at: fallback)
    }
    let text = String(cString: message)
    return InputRule.syntax.diagnostic(
      "invalid \(language): \(text)" + (hint(text).map { "; " + $0 } ?? ""),
      at: SourceLocation(file: file, line: max(1, Int(line)), column: max(1, Int(column))))
  }
}
