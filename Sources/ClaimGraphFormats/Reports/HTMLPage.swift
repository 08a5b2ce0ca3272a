/// The opening of the self-contained HTML pages the tool writes (the summary tables, the
/// evidence report): doctype, language, character set, viewport, any further `<meta>`
/// elements, the title and the inline style sheet, up to and including `<body>`.
package enum HTMLPage {
  /// The page's opening; `title` is escaped, `meta` and `styleSheet` are written as given.
  package static func opening(
    title: String, language: String = "en", meta: [String] = [], styleSheet: String
  ) -> String {
    var html = """
      <!DOCTYPE html>
      <html lang="\(Escaping.html(language))">
      <head>
      <meta charset="utf-8">
      <meta name="viewport" content="width=device-width, initial-scale=1">

      """
    for element in meta { html += element + "\n" }
    html += """
      <title>\(Escaping.html(title))</title>
      <style>
      \(styleSheet)
      </style>
      </head>
      <body>

      """
    return html
  }
}
