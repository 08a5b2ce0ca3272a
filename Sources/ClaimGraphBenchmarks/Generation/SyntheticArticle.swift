import ClaimGraph

/// A long synthetic article whose claims anchor themselves to it with quotes, written as a
/// graph folder: the shapes that make anchoring hard, at any size.
///
/// The text has a title, a section heading per 100 claims and paragraphs of ten sentences.
/// Sentence *i* reads like "The release of β-endorphin rose by 12% in cohort 345, as
/// Müller and colleagues reported in 1998."; claim *i* quotes its opening words up to the
/// cohort, and its citation the words from the cohort to "reported", so that:
///
/// - every quote starts like a quarter of all the others ("The release of β-endorphin",
///   "This effect of exercise", "Research on social laughter", "In studies of group
///   singing"), the shape that made anchoring quadratic;
/// - each claim's two quotes overlap;
/// - after every tenth sentence the same sentence is repeated ("The effect was replicated
///   in a second sample."), quoted by a claim of its own with a prefix (the end of the
///   sentence before) or, every other time, a suffix (the start of the sentence after);
/// - every 97th claim misquotes its sentence ("by about 12%" for "by 12%"): `quote-not-found`,
///   with the nearest passage to find.
///
/// With ``quoted`` false, the same graph is written without any quote, for measuring what
/// anchoring adds.
public struct SyntheticArticle: Sendable {
  /// The number of sentences claims quote (each with a claim and a citation).
  public let sentences: Int
  /// Whether claims and citations carry their quotes.
  public let quoted: Bool
  /// The seed every choice derives from.
  public let seed: UInt64

  /// Sentences per paragraph; a repeated sentence follows each paragraph.
  static let sentencesPerParagraph = 10
  /// Sentences per section.
  static let sentencesPerSection = 100
  /// Every this many claims, one misquotes its sentence.
  static let missEvery = 97

  /// Creates the article of `sentences` quoted sentences.
  public init(sentences: Int, seed: UInt64 = 1, quoted: Bool = true) {
    precondition(sentences > 0, "an article needs sentences")
    self.sentences = sentences
    self.seed = seed
    self.quoted = quoted
  }

  private static let openers = [
    ("The release of β-endorphin", ["rose", "fell", "doubled"]),
    ("This effect of exercise", ["rose", "persisted", "faded"]),
    ("Research on social laughter", ["rose", "grew", "held"]),
    ("In studies of group singing, pain thresholds", ["rose", "shifted", "climbed"]),
  ]

  /// Sentence `index`'s parts: the claim's quote, the citation's quote, the text, and the
  /// text's end from the cohort on (unique: a prefix for the sentence after it).
  private func sentence(_ index: Int) -> (
    claim: String, citation: String, text: String, tail: String
  ) {
    var random = SeededGenerator(seed: seed, stream: 11, UInt64(index))
    let (opener, verbs) = random.pick(Self.openers)
    let verb = random.pick(verbs)
    let percent = 1 + random.below(90)
    let author = random.pick(SyntheticText.surnames).name
    let year = 1975 + random.below(51)
    let claim = "\(opener) \(verb) by \(percent)% in cohort \(index),"
    let citation = "cohort \(index), as \(author) and colleagues reported"
    let tail = "\(citation) in \(year)."
    return (claim, citation, "\(opener) \(verb) by \(percent)% in \(tail)", tail)
  }

  private static let repeated = "The effect was replicated in a second sample."

  private var sections: Int {
    (sentences + Self.sentencesPerSection - 1) / Self.sentencesPerSection
  }

  private var sourceCount: Int { max(1, sentences / 10) }

  /// Every file: `article.yaml`, `article.txt`, `sources.yaml` and a claims file per
  /// section.
  public var files: [(path: String, text: String)] {
    [("article.yaml", articleYAML), ("article.txt", articleText), ("sources.yaml", sourcesYAML)]
      + (0..<sections).map { ("claims/\(padded($0 + 1)).yaml", claimsYAML(section: $0)) }
  }

  private func padded(_ number: Int) -> String {
    let digits = String(number)
    return String(repeating: "0", count: max(0, 5 - digits.count)) + digits
  }

  private var articleYAML: String {
    var yaml = YAMLText()
    yaml.line("article:")
    yaml.line("  id: synthetic-article")
    yaml.quoted("  ", "title", "A synthetic article of \(sentences) sentences")
    yaml.line("  text: article.txt")
    yaml.line("sections:")
    for section in 0..<sections {
      yaml.line("  - id: part-\(section + 1)")
      yaml.quoted("    ", "title", "Part \(section + 1)")
    }
    return yaml.text
  }

  /// The text: the title, and per section its heading and paragraphs.
  public var articleText: String {
    var text = "A synthetic article of \(sentences) sentences\n"
    text.reserveCapacity(sentences * 110)
    for section in 0..<sections {
      text += "\nPart \(section + 1)\n"
      let first = section * Self.sentencesPerSection
      let end = min(sentences, first + Self.sentencesPerSection)
      for start in stride(from: first, to: end, by: Self.sentencesPerParagraph) {
        let last = min(end, start + Self.sentencesPerParagraph)
        text += (start..<last).map { sentence($0).text }.joined(separator: " ")
        text += last - start == Self.sentencesPerParagraph ? " \(Self.repeated)\n" : "\n"
      }
    }
    return text
  }

  private var sourcesYAML: String {
    var yaml = YAMLText()
    yaml.line("sources:")
    for index in 0..<sourceCount {
      yaml.line("  - id: s\(index)")
      yaml.line("    type: primary_research")
      yaml.quoted("    ", "title", "Study \(index)")
      yaml.quotedList("    ", "authors", ["\(SyntheticText.surnames[index % 12].name) et al."])
      yaml.line("    year: \(1975 + index % 51)")
    }
    return yaml.text
  }

  private func claimsYAML(section: Int) -> String {
    var yaml = YAMLText()
    yaml.line("claims:")
    let first = section * Self.sentencesPerSection
    for index in first..<min(sentences, first + Self.sentencesPerSection) {
      let parts = sentence(index)
      var claimQuote = parts.claim
      if index % Self.missEvery == Self.missEvery - 1 {
        claimQuote = claimQuote.replacingOccurrences(of: " by ", with: " by about ")
      }
      appendClaim(
        "c\(index)", section: section, quote: quoted ? YAMLText.quote(claimQuote) : nil,
        to: &yaml)
      yaml.line("    citations:")
      yaml.line("      - source: s\(index % sourceCount)")
      if quoted { yaml.quoted("        ", "quote", parts.citation) }
      if index % Self.sentencesPerParagraph == Self.sentencesPerParagraph - 1 {
        // The repeated sentence after this paragraph: a prefix from this sentence's end,
        // or a suffix from the start of the next paragraph's first sentence (in the same
        // section).
        let context: String
        if (index / Self.sentencesPerParagraph) % 2 == 0 || index + 1 >= sentences
          || (index + 1) % Self.sentencesPerSection == 0
        {
          context = "prefix: \(YAMLText.quote(parts.tail))"
        } else {
          context = "suffix: \(YAMLText.quote(sentence(index + 1).claim))"
        }
        appendClaim(
          "c\(index)-replicated", section: section,
          quote: quoted ? "[{exact: \(YAMLText.quote(Self.repeated)), \(context)}]" : nil,
          to: &yaml)
      }
    }
    return yaml.text
  }

  private func appendClaim(_ id: String, section: Int, quote: String?, to yaml: inout YAMLText) {
    yaml.line("  - id: \(id)")
    yaml.line("    statement: A synthetic finding, number \(id).")
    yaml.line("    strength: established")
    yaml.line("    section: part-\(section + 1)")
    if let quote { yaml.line("    quote: \(quote)") }
  }
}
