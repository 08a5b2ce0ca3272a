import ClaimGraph
import Foundation

/// Renders the summary tables as GitHub-flavoured Markdown: a heading per table (and per
/// group), a pipe table with the columns Claim, Evidence and About, and the table's
/// references after it.
///
/// Text from the graph is shown, never rendered: HTML, code spans, links and images in it
/// are escaped (`Escaping.markdownCell(_:inert:)`, as the Mermaid page escapes its
/// labels), so a statement holding `<img onerror=…>` or `[x](javascript:…)` reads as
/// typed; the only links are the DOIs', percent-encoded inside `<https://doi.org/…>`.
///
/// Every pipe table has the same delimiter row, whose dashes give the columns' relative
/// widths (50 : 32 : 18) to renderers that read them (Pandoc), so columns keep their widths
/// from section to section.
public struct MarkdownTablesRenderer: SummaryTablesRenderer {
  /// The level of the page title (`#`); tables and groups use the next two levels.
  public let headingLevel: Int

  /// The header and delimiter rows every table starts with.
  static let header =
    "| Claim | Evidence | About |\n"
    + "| \(String(repeating: "-", count: 50)) | \(String(repeating: "-", count: 32)) "
    + "| \(String(repeating: "-", count: 18)) |\n"

  /// Creates a renderer whose title uses `headingLevel` `#` signs.
  public init(headingLevel: Int = 1) { self.headingLevel = max(1, headingLevel) }

  /// The tables as Markdown.
  public func render(_ tables: SummaryTables) -> String {
    func heading(_ depth: Int, _ text: String) -> String {
      String(repeating: "#", count: headingLevel + depth) + " " + text + "\n\n"
    }
    var output = heading(0, Self.cell(tables.title))
    output += "_\(Self.key)_\n\n"
    for table in tables.tables {
      output += heading(1, Self.cell(table.title))
      output += "_\(table.countText)._\n\n"
      for group in table.groups {
        if let title = group.title { output += heading(2, Self.cell(title)) }
        if !group.seeAlsoText.isEmpty { output += "_\(Self.cell(group.seeAlsoText))_\n\n" }
        guard !group.rows.isEmpty else { continue }
        output += Self.header
        for row in group.rows {
          let evidence = Self.evidence(row)
          let cells = [
            Self.cell(row.statement), evidence, Self.cell(row.aboutText),
          ]
          output += "| " + cells.joined(separator: " | ") + " |\n"
        }
        output += "\n"
      }
      output += references(
        table.references, heading: heading(2, "References: \(Self.cell(table.title))"))
    }
    return output.hasSuffix("\n\n") ? String(output.dropLast()) : output
  }

  /// What the marks in the Evidence column mean.
  static let key =
    "Evidence: the sources the article cites for each claim; **against:** marks a study "
    + "that contradicts the claim, [unlisted] one the reference list lacks, and "
    + "\"inferred, not evidence\" a source the article does not cite there; \"stated in "
    + "the text\" a method the claim's own sentence describes without naming a study."

  private static func evidence(_ row: SummaryRow) -> String {
    var items = row.evidence.map { item in
      item.stance == .contradicts
        ? "**against:** " + Self.cell(item.text) : Self.cell(item.text)
    }
    if !row.stated.isEmpty { items.append(Self.cell(row.statedText)) }
    if !row.isBacked { items.append(SummaryTables.noSource) }
    if !row.inferred.isEmpty { items.append("_" + Self.cell(row.inferredText) + "_") }
    return items.joined(separator: "; ")
  }

  /// Text from the graph as an inert table cell.
  private static func cell(_ text: String) -> String { Escaping.markdownCell(text, inert: true) }

  /// A link target safe inside `<…>`: characters other than those URLs use as they are
  /// percent-encoded (a DOI holding `>` or a space cannot end the link).
  static func linkTarget(_ link: String) -> String {
    link.addingPercentEncoding(withAllowedCharacters: linkCharacters) ?? ""
  }

  private static let linkCharacters = CharacterSet(
    charactersIn: "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789"
      + "-._~/:;()+,=@%!$*'&?#")

  private func references(_ references: [SummaryReference], heading: String) -> String {
    guard !references.isEmpty else { return "" }
    var output = heading
    for reference in references {
      var line = "- " + Self.cell(reference.text)
      if let link = reference.doiLink {
        line += " <\(Self.linkTarget(link))>" + (reference.isDOIAdded ? "\\*" : "")
      }
      output += line + "\n"
    }
    if references.contains(where: \.isDOIAdded) {
      output += "\n_\(SummaryReference.addedDOINote)_\n"
    }
    return output + "\n"
  }
}
