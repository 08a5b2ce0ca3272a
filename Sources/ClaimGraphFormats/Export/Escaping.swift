/// Escaping for the text formats the tool writes: HTML, CSV (RFC 4180) and Markdown
/// table cells.
package enum Escaping {
  /// Escapes `&`, `<`, `>`, `"` and `'` for HTML text and attribute values.
  package static func html(_ text: String) -> String {
    var escaped = ""
    escaped.reserveCapacity(text.utf8.count)
    for character in text {
      switch character {
      case "&": escaped += "&amp;"
      case "<": escaped += "&lt;"
      case ">": escaped += "&gt;"
      case "\"": escaped += "&quot;"
      case "'": escaped += "&#39;"
      default: escaped.append(character)
      }
    }
    return escaped
  }

  /// One CSV field: quoted (with `"` doubled) when it holds a comma, quote, line break or
  /// leading or trailing space (RFC 4180).
  package static func csvField(_ text: String) -> String {
    let needsQuotes =
      text.contains { $0 == "," || $0 == "\"" || $0 == "\n" || $0 == "\r" || $0 == "\r\n" }
      || text.first == " " || text.last == " "
    guard needsQuotes else { return text }
    return "\"" + text.replacing("\"", with: "\"\"") + "\""
  }

  /// One CSV record, fields joined with commas and ended with CRLF (RFC 4180).
  package static func csvRecord(_ fields: [String]) -> String {
    fields.map(csvField).joined(separator: ",") + "\r\n"
  }

  /// A Markdown table cell: `|` and `\` escaped, line breaks folded into spaces.
  ///
  /// - Parameter inert: also neutralise what a Markdown renderer would render rather than
  ///   show: HTML and autolinks (`&`, `<`, `>` as entities), code spans (`` ` `` escaped)
  ///   and links and images (`[`, `]` escaped, so no `[text](javascript:…)` becomes a
  ///   link), for text from untrusted places such as the graph or lint messages in a job
  ///   summary.
  package static func markdownCell(_ text: String, inert: Bool = false) -> String {
    var escaped = ""
    for character in text {
      switch character {
      case "|": escaped += "\\|"
      case "\\": escaped += "\\\\"
      case "\n", "\r", "\r\n": escaped += " "
      case "&" where inert: escaped += "&amp;"
      case "<" where inert: escaped += "&lt;"
      case ">" where inert: escaped += "&gt;"
      case "`" where inert: escaped += "\\`"
      case "[" where inert: escaped += "\\["
      case "]" where inert: escaped += "\\]"
      default: escaped.append(character)
      }
    }
    return escaped
  }
}
