/// An article's outline as its text shows it, for starting the article's graph: its title,
/// the sections its headings open, and every sentence with the section it sits in, an id
/// suggested for the claim that states it, and the studies it invokes.
///
/// Headings are found by their shape: the first non-blank line is the title when it is
/// heading-shaped, and every later heading-shaped line opens a section. A line is
/// heading-shaped when it is not a bullet, holds at most ``maximumHeadingLength`` scalars
/// and does not end a sentence (with `.`, `!` or `?`, after any closing quote or bracket);
/// a final colon is not part of the heading. The sentences are then cut exactly as the
/// loader cuts them (``ArticleText/sentences(headings:)``), with these headings, so the
/// graph made from the outline finds the same headings and sentences when it is loaded.
public struct ArticleOutline: Sendable, Hashable {
  /// A section the text's headings open.
  public struct Section: Sendable, Hashable {
    /// A kebab-case id made from the heading's first words.
    public var id: String
    /// The heading as the text gives it, without a final colon.
    public var title: String
    /// The 1-based line of the heading; nil for ``ArticleOutline/frontMatter``.
    public var line: Int?
  }

  /// A sentence of the text, ready to become a claim.
  public struct Passage: Sendable, Hashable {
    /// Where the sentence is.
    public var span: TextSpan
    /// The sentence exactly as the text gives it.
    public var text: String
    /// The id of the section it sits in.
    public var section: String
    /// A kebab-case id for the claim that states it, unique in the outline.
    public var suggestedID: String
    /// The studies it invokes, in reading order.
    public var cues: [CitationCue]
  }

  /// The section of the sentences before the first heading, when there are any; the text
  /// has no heading for it.
  public static let frontMatter = Section(id: "front-matter", title: "Front matter", line: nil)

  /// The longest heading, in Unicode scalars; a longer line is a paragraph.
  public static let maximumHeadingLength = 100

  /// The article's title: its first line when heading-shaped, else the fallback given.
  public let title: String
  /// Whether ``title`` is the text's first line.
  public let titleIsInText: Bool
  /// The sections in reading order: ``frontMatter`` first when sentences precede the first
  /// heading, then one per distinct heading.
  public let sections: [Section]
  /// Every sentence that is not a heading, in reading order.
  public let passages: [Passage]

  /// The outline of a text.
  ///
  /// - Parameters:
  ///   - text: the article's text.
  ///   - fallbackTitle: the title when the first line is not heading-shaped (a file name).
  public init(_ text: ArticleText, fallbackTitle: String) {
    var ids = UniqueIDs()
    _ = ids.claim(Self.frontMatter.id, fallback: "")
    var title = fallbackTitle
    var titleIsInText = false
    var headings: [String: String?] = [:]
    var sections: [Section] = []
    var sawLine = false
    var seen: Set<String> = []
    for line in 1..<(text.lineCount + 1) {
      let content = text.excerpt(text.lineRange(line))
      guard content.contains(where: { !$0.isWhitespace }) else { continue }
      defer { sawLine = true }
      guard let heading = Self.heading(content) else { continue }
      if !sawLine {
        title = heading
        titleIsInText = true
        headings[heading] = .some(nil)
        seen.insert(TextNormalization.comparable(heading))
        continue
      }
      // A heading met again (or the title repeated) opens no second section.
      guard seen.insert(TextNormalization.comparable(heading)).inserted else { continue }
      let id = ids.claim(Slug.words(of: Slug.lead(of: heading), limit: 5), fallback: "section")
      sections.append(Section(id: id, title: heading, line: line))
      headings[heading] = .some(id)
    }
    var passages: [Passage] = []
    let patterns = CitationCue.Patterns()
    for sentence in text.sentences(headings: headings) where !sentence.isHeading {
      let words = text.excerpt(sentence.span.start..<sentence.span.end)
      let section: String
      if let id = sentence.section {
        section = id
      } else {
        if sections.first?.line != nil || sections.isEmpty {
          sections.insert(Self.frontMatter, at: 0)
        }
        section = Self.frontMatter.id
      }
      let id = ids.claim(
        Slug.words(of: words, limit: 6, skipping: Slug.stopWords),
        fallback: "claim-\(sentence.span.line)-\(sentence.span.column)")
      let cues = patterns.map { CitationCue.cues(in: words, claim: id, patterns: $0) } ?? []
      passages.append(
        Passage(span: sentence.span, text: words, section: section, suggestedID: id, cues: cues))
    }
    self.title = title
    self.titleIsInText = titleIsInText
    self.sections = sections
    self.passages = passages
  }

  /// A kebab-case id from the first `words` words of a text (ASCII letters and digits,
  /// lowercased, apostrophes dropped); empty when the text has none.
  public static func suggestedID(for text: String, words: Int) -> String {
    Slug.words(of: text, limit: words)
  }

  /// The heading a line makes (trimmed, without a final colon), or nil for a paragraph.
  static func heading(_ line: String) -> String? {
    let trimmed = String(line.drop(while: \.isWhitespace).reversed().drop(while: \.isWhitespace))
    var heading = String(trimmed.reversed())
    guard !heading.hasPrefix("- "), heading.unicodeScalars.count <= maximumHeadingLength else {
      return nil
    }
    let ending = heading.unicodeScalars.reversed().drop {
      "\"')\u{201D}\u{2019}".unicodeScalars.contains($0)
    }
    if let last = ending.first, ".!?".unicodeScalars.contains(last) { return nil }
    if heading.hasSuffix(":") { heading.removeLast() }
    return heading.contains(where: { $0.isLetter || $0.isNumber }) ? heading : nil
  }
}

/// Ids handed out once each: a taken id gets `-2`, `-3`… appended.
struct UniqueIDs {
  private var taken: Set<String> = []

  /// `base` (or `fallback` when `base` is empty), made unique.
  mutating func claim(_ base: String, fallback: String) -> String {
    let stem = base.isEmpty ? fallback : base
    var candidate = stem
    var counter = 2
    while taken.contains(candidate) {
      candidate = "\(stem)-\(counter)"
      counter += 1
    }
    taken.insert(candidate)
    return candidate
  }

  /// Whether the id has been handed out.
  func contains(_ id: String) -> Bool { taken.contains(id) }
}

/// Kebab-case ids from words of the text.
enum Slug {
  /// Words left out of a claim's suggested id.
  static let stopWords: Set<String> = [
    "a", "an", "the", "of", "in", "on", "at", "to", "for", "and", "or", "but", "is", "are",
    "was", "were", "be", "been", "it", "its", "this", "that", "these", "those", "with", "as",
    "by", "from", "than", "their", "there", "which", "who", "has", "have", "had",
  ]

  /// The heading's part before its first `:` or `?` when that part has words, else all of it.
  static func lead(of heading: String) -> String {
    guard let cut = heading.firstIndex(where: { $0 == ":" || $0 == "?" }) else { return heading }
    let lead = heading[..<cut]
    return lead.contains(where: \.isLetter) ? String(lead) : heading
  }

  /// The first `limit` words of `text` (ASCII letters and digits, lowercased; apostrophes
  /// dropped), joined by hyphens, leaving out `skipping`.
  static func words(of text: String, limit: Int, skipping: Set<String> = []) -> String {
    var words: [String] = []
    var word = ""
    func finish() {
      if !word.isEmpty, !skipping.contains(word), words.count < limit { words.append(word) }
      word = ""
    }
    for scalar in text.unicodeScalars {
      switch scalar {
      case "a"..."z", "0"..."9": word.unicodeScalars.append(scalar)
      case "A"..."Z": word.unicodeScalars.append(Unicode.Scalar(scalar.value + 32) ?? scalar)
      case "'", "\u{2019}": continue
      default: finish()
      }
    }
    finish()
    return words.joined(separator: "-")
  }
}
