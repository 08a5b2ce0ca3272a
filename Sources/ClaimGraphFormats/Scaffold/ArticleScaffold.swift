import ClaimGraph

/// The files that start an article's graph from its text (`claimgraph init`): the article
/// file with its title and sections, the text beside it, one claims file per section with
/// every sentence as a commented-out claim stub, and the sources the text invokes as
/// commented-out source stubs.
///
/// Stubs are comments so that the graph loads at once (every sentence uncovered, nothing
/// else to fix); an author uncomments a stub when writing its claim. Each YAML file starts
/// with a `# yaml-language-server: $schema=…` line, so editors complete and check keys.
public struct ArticleScaffold: Sendable, Hashable {
  /// One file of the scaffold.
  public struct File: Sendable, Hashable {
    /// Its path relative to the article's folder (`claims/01-sleep.yaml`).
    public var path: String
    /// Its content.
    public var text: String
  }

  /// The files in the order they are listed: `article.yaml`, the text, the claims files in
  /// section order, then `sources.yaml` when the text invokes any study.
  public let files: [File]

  /// The name of the text's copy beside the article file.
  public static let textName = "article.txt"

  /// The scaffold of an article.
  ///
  /// - Parameters:
  ///   - id: the article's id.
  ///   - outline: the text's outline.
  ///   - text: the text, copied beside the article file as ``textName``.
  ///   - origin: how the header comments name the text the article was started from.
  ///   - schema: the JSON Schema's path relative to the article's folder, for the
  ///     `yaml-language-server` line; nil leaves the line out.
  public init(id: String, outline: ArticleOutline, text: String, origin: String, schema: String?) {
    var files: [File] = []
    files.append(
      File(
        path: "article.yaml", text: Self.articleFile(id, outline, origin: origin, schema: schema)))
    files.append(File(path: Self.textName, text: text))
    let width = max(2, String(outline.sections.count).count)
    let numbered = outline.sections.filter { $0.line != nil }.count == outline.sections.count
    let bySection = Dictionary(grouping: outline.passages, by: \.section)
    for (index, section) in outline.sections.enumerated() {
      guard let passages = bySection[section.id] else { continue }
      let number = String(index + (numbered ? 1 : 0))
      let name = String(repeating: "0", count: max(0, width - number.count)) + number
      files.append(
        File(
          path: "claims/\(name)-\(section.id).yaml",
          text: Self.claimsFile(
            section, passages, schema: schema.map { $0.hasPrefix("/") ? $0 : "../" + $0 })))
    }
    if let sources = Self.sourcesFile(outline, schema: schema) {
      files.append(File(path: "sources.yaml", text: sources))
    }
    self.files = files
  }

  /// A double-quoted YAML scalar (a JSON string literal is one).
  static func quoted(_ value: String) -> String {
    var result = ""
    JSONValue.writeString(value, to: &result)
    return result
  }

  /// Prose as YAML comment lines of at most 90 characters.
  static func comment(_ prose: String) -> String {
    var lines: [String] = []
    var line = "#"
    for word in prose.split(separator: " ") {
      if line.count + 1 + word.count > 90, line != "#" {
        lines.append(line)
        line = "#"
      }
      line += " " + word
    }
    lines.append(line)
    return lines.joined(separator: "\n") + "\n"
  }

  private static func header(_ schema: String?) -> String {
    schema.map { "# yaml-language-server: $schema=\($0)\n#\n" } ?? ""
  }

  private static func articleFile(
    _ id: String, _ outline: ArticleOutline, origin: String, schema: String?
  ) -> String {
    var text = header(schema)
    text += comment(
      "Started by `claimgraph init` from \(origin): the title and the sections its headings "
        + "open. Sentences that state no claim (a disclaimer, a question heading) go under "
        + "`unclaimed:`, each quoted with its reason.")
    text += "article:\n  id: \(id)\n"
    if !outline.titleIsInText {
      text += "  # The text has no title line; this title comes from its file name.\n"
    }
    text += "  title: \(quoted(outline.title))\n"
    text += "  text: \(ArticleScaffold.textName)\n"
    guard !outline.sections.isEmpty else { return text }
    text += "\nsections:\n"
    for section in outline.sections {
      if let line = section.line {
        text += "  - id: \(section.id)  # \(textName):\(line)\n"
      } else {
        text += "  - id: \(section.id)  # the text before the first heading\n"
      }
      text += "    title: \(quoted(section.title))\n"
    }
    return text
  }

  private static func claimsFile(
    _ section: ArticleOutline.Section, _ passages: [ArticleOutline.Passage], schema: String?
  ) -> String {
    var text = header(schema)
    text += comment(
      "Claims of the section \(quoted(section.title)). Each sentence of the section is a claim "
        + "stub below, commented out: uncomment the stubs of the sentences that state claims, "
        + "write each statement in your own words, choose its strength, add what it is "
        + "`about:`, and cut the quote down to the words that state it. A citation stub marks "
        + "words that invoke a study; its source is stubbed in sources.yaml.")
    text += "claims:\n"
    for passage in passages {
      text += "\n  # \(textName):\(passage.span.line):\(passage.span.column)\n"
      text += "  # - id: \(passage.suggestedID)\n"
      text += "  #   statement: \(quoted("TODO: the claim in your own words"))\n"
      text += "  #   strength: uncertain  # established, uncertain or refuted\n"
      text += "  #   section: \(passage.section)\n"
      text += "  #   quote: \(quoted(passage.text))\n"
      guard !passage.cues.isEmpty else { continue }
      text += "  #   citations:\n"
      for cue in passage.cues {
        text += "  #     - source: \(cue.suggestedSource)\n"
        text += "  #       stance: supports  # supports, contradicts or mentions\n"
        text += "  #       quote: \(quoted(cue.quote))\n"
      }
    }
    return text
  }

  private static func sourcesFile(_ outline: ArticleOutline, schema: String?) -> String? {
    var seen: Set<String> = []
    var stubs = ""
    for passage in outline.passages {
      for cue in passage.cues where seen.insert(cue.suggestedSource).inserted {
        let place = "\(textName):\(passage.span.line):\(passage.span.column)"
        stubs += "\n  # \(quoted(cue.quote)), \(place)\n"
        stubs += "  # - id: \(cue.suggestedSource)\n"
        switch cue.kind {
        case .authorYear(let authors, let year):
          stubs += "  #   type: primary_research\n"
          stubs += "  #   title: \(quoted("TODO: the title of \(cue.quote)"))\n"
          stubs += "  #   authors: [\(quoted(authors))]\n"
          stubs += "  #   year: \(year)\n"
          stubs += "  #   listed: true  # with `quote:` its reference-list entry; else false\n"
        case .research:
          // Typed only by what the text says (`untyped-appeal`).
          stubs +=
            Cues.standard.contains(.types, in: cue.quote)
            ? "  #   type: primary_research\n" : "  #   type: other  # the text names no kind\n"
          stubs +=
            "  #   title: \(quoted("TODO: the research the text invokes as '\(cue.quote)'"))\n"
          stubs += "  #   listed: false  # the text names no study\n"
          stubs += "  #   mentioned_as: \(quoted(cue.quote))\n"
        }
      }
    }
    guard !stubs.isEmpty else { return nil }
    var text = header(schema)
    text += comment(
      "Sources the text invokes, found by `claimgraph init`, commented out like the claims: "
        + "uncomment a stub when a claim cites it, and complete it from the study.")
    text += "sources:\n" + stubs
    return text
  }
}
