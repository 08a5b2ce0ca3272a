import ClaimGraph
import Foundation

/// What `claimgraph coverage` prints.
package enum CoverageOutput {
  /// A table of sections, the uncovered sentences, and the overall share on the last line.
  package static func text(_ coverage: ArticleCoverage, text: ArticleText) -> String {
    let rows = coverage.sections.map { section in
      [name(section.section), "\(section.factual)", "\(section.covered)", section.shareText]
    }
    let total = ["overall", "\(coverage.factual)", "\(coverage.covered)", coverage.shareText]
    var output = "Coverage of \(text.path) by claims\n\n"
    output += table(["section", "factual", "covered", "share"], rows, total: total)
    let uncovered = uncoveredText(coverage, text: text)
    if !uncovered.isEmpty {
      output += "\nUncovered sentences:\n"
      for line in uncovered.split(separator: "\n") { output += "  \(line)\n" }
    }
    let excluded = coverage.sections.reduce(0) { $0 + $1.excluded.count }
    output += "\nnot counted: \(excluded) sentences of passages the article file lists as "
    output += "unclaimed, each with its reason\n"
    output += summary(coverage) + "\n"
    return output
  }

  /// The factual sentences no claim anchors, one a line in reading order, each as
  /// `article.txt:LINE:COLUMN [section] sentence`: a work list for writing claims.
  package static func uncoveredText(_ coverage: ArticleCoverage, text: ArticleText) -> String {
    coverage.sections.flatMap { section in
      section.uncovered.map { span in
        "\(text.path):\(span.line):\(span.column) [\(name(section.section))] "
          + "\(text.excerpt(span.start..<span.end))\n"
      }
    }.joined()
  }

  /// The uncovered sentences as JSON: `{"text":…,"uncovered":[{"section":…,"line":…,
  /// "column":…,"start":…,"end":…,"text":…}]}`, in reading order.
  package static func uncoveredJSON(_ coverage: ArticleCoverage, text: ArticleText) -> JSONValue {
    .object([
      ("text", .string(text.path)),
      (
        "uncovered",
        .array(
          coverage.sections.flatMap { section in
            section.uncovered.map { span in
              .object(
                [(ModelField.section.key, .optional(section.section))] + sentence(span, text: text))
            }
          })
      ),
    ])
  }

  /// A sentence's place and text as JSON members.
  private static func sentence(_ span: TextSpan, text: ArticleText) -> [(String, JSONValue)] {
    [
      ("line", .int(span.line)), ("column", .int(span.column)), ("start", .int(span.start)),
      ("end", .int(span.end)), ("text", .string(text.excerpt(span.start..<span.end))),
    ]
  }

  /// `coverage: 158 of 158 factual sentences (100.0%)`.
  package static func summary(_ coverage: ArticleCoverage) -> String {
    "coverage: \(coverage.covered) of \(coverage.factual) factual sentences "
      + "(\(coverage.shareText))"
  }

  /// Everything as JSON: totals, then per section the counts, the uncovered sentences and
  /// the excluded ones with their reasons.
  package static func json(_ coverage: ArticleCoverage, text: ArticleText) -> JSONValue {
    func sentence(_ span: TextSpan) -> [(String, JSONValue)] {
      Self.sentence(span, text: text)
    }
    return .object([
      ("text", .string(text.path)),
      ("factual", .int(coverage.factual)),
      ("covered", .int(coverage.covered)),
      ("ratio", .string(String(format: "%.4f", coverage.ratio))),
      (
        "sections",
        .array(
          coverage.sections.map { section in
            .object([
              (ModelField.section.key, .optional(section.section)),
              ("factual", .int(section.factual)),
              ("covered", .int(section.covered)),
              ("uncovered", .array(section.uncovered.map { .object(sentence($0)) })),
              (
                "excluded",
                .array(
                  section.excluded.map {
                    .object(sentence($0.span) + [(ModelField.reason.key, .string($0.reason))])
                  })
              ),
            ])
          })
      ),
    ])
  }

  /// A Markdown table of sections and a list of the uncovered sentences.
  package static func markdown(_ coverage: ArticleCoverage, text: ArticleText) -> String {
    var output = "| Section | Factual sentences | Covered | Share |\n|---|---:|---:|---:|\n"
    for section in coverage.sections {
      output += "| \(name(section.section)) | \(section.factual) | \(section.covered) | "
      output += "\(section.shareText) |\n"
    }
    output += "| **Overall** | **\(coverage.factual)** | **\(coverage.covered)** | "
    output += "**\(coverage.shareText)** |\n"
    let uncovered = uncoveredMarkdown(coverage, text: text)
    if !uncovered.isEmpty { output += "\nUncovered sentences:\n\n" + uncovered }
    return output
  }

  /// The uncovered sentences as a Markdown list, one item each.
  package static func uncoveredMarkdown(_ coverage: ArticleCoverage, text: ArticleText)
    -> String
  {
    coverage.uncovered.map { span in
      let sentence = Escaping.markdownCell(text.excerpt(span.start..<span.end))
      return "- `\(text.path):\(span.line):\(span.column)` \(sentence)\n"
    }.joined()
  }

  private static func name(_ section: String?) -> String { section ?? "front matter" }

  // MARK: - A library

  /// One article's coverage, with its text.
  package typealias ArticleRow = (article: Article, coverage: ArticleCoverage, text: ArticleText)

  /// The library's factual and covered sentences, all articles together.
  package static func totals(_ rows: [ArticleRow]) -> (factual: Int, covered: Int, ratio: Double) {
    let factual = rows.reduce(0) { $0 + $1.coverage.factual }
    let covered = rows.reduce(0) { $0 + $1.coverage.covered }
    return (factual, covered, factual == 0 ? 1 : Double(covered) / Double(factual))
  }

  /// Each article as ``text(_:text:)`` prints it under its heading, then a table of the
  /// articles with the library's total, and the total on the last line.
  package static func text(library rows: [ArticleRow]) -> String {
    var output = ""
    for row in rows {
      output += "Article \(row.article.id): \(row.article.title)\n"
      output += text(row.coverage, text: row.text) + "\n"
    }
    let (factual, covered, ratio) = totals(rows)
    let articles = rows.map { row in
      [
        row.article.id, "\(row.coverage.factual)", "\(row.coverage.covered)",
        row.coverage.shareText,
      ]
    }
    let share = ArticleCoverage.percent(ratio)
    output += "Coverage of the library by claims\n\n"
    output += table(
      ["article", "factual", "covered", "share"], articles,
      total: ["library", "\(factual)", "\(covered)", share])
    output += "coverage: \(covered) of \(factual) factual sentences (\(share)) in "
    output += "\(rows.count) articles\n"
    return output
  }

  /// Each article as ``json(_:text:)`` gives it (with its id), and the library's totals.
  package static func json(library rows: [ArticleRow]) -> JSONValue {
    let (factual, covered, ratio) = totals(rows)
    return .object([
      ("factual", .int(factual)),
      ("covered", .int(covered)),
      ("ratio", .string(String(format: "%.4f", ratio))),
      (
        "articles",
        .array(
          rows.map { row in
            guard case .object(let members) = json(row.coverage, text: row.text) else {
              return .null
            }
            return .object([(ModelField.article.key, .string(row.article.id))] + members)
          })
      ),
    ])
  }

  /// Each article's table under its title, then a table of the articles with the total.
  package static func markdown(library rows: [ArticleRow]) -> String {
    var output = ""
    for row in rows {
      output += "## \(Escaping.markdownCell(row.article.title))\n\n"
      output += markdown(row.coverage, text: row.text) + "\n"
    }
    let (factual, covered, ratio) = totals(rows)
    output +=
      "## Library\n\n| Article | Factual sentences | Covered | Share |\n|---|---:|---:|---:|\n"
    for row in rows {
      output += "| \(Escaping.markdownCell(row.article.title)) | \(row.coverage.factual) | "
      output += "\(row.coverage.covered) | \(row.coverage.shareText) |\n"
    }
    output += "| **Library** | **\(factual)** | **\(covered)** | "
    output += "**\(ArticleCoverage.percent(ratio))** |\n"
    return output
  }

  /// A text table: the first column left-aligned, the others right-aligned, the header and
  /// the total around the rows.
  private static func table(_ header: [String], _ rows: [[String]], total: [String]) -> String {
    let widths = header.indices.map { column in
      ([header, total] + rows).map { $0[column].count }.max() ?? 0
    }
    func line(_ cells: [String]) -> String {
      cells.enumerated().map { column, cell in
        column == 0
          ? cell + String(repeating: " ", count: widths[0] - cell.count)
          : String(repeating: " ", count: widths[column] - cell.count) + cell
      }.joined(separator: "  ") + "\n"
    }
    return line(header) + rows.map(line).joined() + line(total)
  }
}
