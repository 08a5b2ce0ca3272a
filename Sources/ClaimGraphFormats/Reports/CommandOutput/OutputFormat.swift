/// The two formats `show`, `path`, `stats`, `list` and `rules` print: text for people, or
/// one pretty-printed JSON object for programs.
public enum OutputFormat: String, CaseIterable, Sendable {
  /// Lines for people; not a contract (wording and layout may change).
  case text
  /// One JSON object, pretty-printed with two-space indentation and a final newline.
  case json
}
