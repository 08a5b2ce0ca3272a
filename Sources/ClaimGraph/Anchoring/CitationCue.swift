/// Words of a sentence that invoke a study, by its authors and year or by an appeal to
/// research.
///
/// An author and a year: "Smith et al. 2019", "Jones and Lee (2021)", "(Smith, 2019)", or
/// "Henning Boecker and colleagues" with a year elsewhere in the sentence. An appeal to
/// research names no study: "studies suggest", "research shows".
///
/// Cues are suggestions for an author starting a graph (``ArticleOutline``): each comes
/// with the exact words to quote and an id for the source.
public struct CitationCue: Sendable, Hashable {
  /// What the words invoke.
  public enum Kind: Sendable, Hashable {
    /// A study named by its authors and year; `authors` as the text gives them.
    case authorYear(authors: String, year: Int)
    /// Research the text appeals to without naming it (an unlisted source).
    case research
  }

  /// What the words invoke.
  public var kind: Kind
  /// The words exactly as the text gives them, to quote.
  public var quote: String
  /// A kebab-case id for the source: `smith-2019`, `jones-lee-2021`; for research, the
  /// keyword and the claim's first words (`studies-sleep-deprivation-impairs`).
  public var suggestedSource: String

  /// Capitalised words that are not surnames although they may precede a year.
  private static let notSurnames: Set<String> = [
    "In", "Since", "By", "From", "Until", "Before", "After", "During", "The", "A", "An",
    "This", "That", "Of", "And", "January", "February", "March", "April", "May", "June",
    "July", "August", "September", "October", "November", "December", "Spring", "Summer",
    "Autumn", "Fall", "Winter", "Through", "Between", "Around", "About",
  ]

  // Bounded runs, so that each attempt to match is short and a sentence is scanned in
  // linear time whatever it holds.
  private static let surname = #"\p{Lu}[\p{L}'\x{2019}\-]{1,40}"#
  private static let year = #"(?:19|20)\d\d"#

  /// The patterns, compiled once for a whole text.
  struct Patterns {
    /// Authors and a year, as in "Jones and Lee (2021)", "Smith (2019)" or "(Smith, 2019)".
    ///
    /// Also with "et al." after the first author: "Smith et al. 2019".
    let named: Regex<AnyRegexOutput>
    /// "Henning Boecker and colleagues", with a year elsewhere in the sentence.
    let colleagues: Regex<AnyRegexOutput>
    let year: Regex<AnyRegexOutput>
    /// An appeal to research; not "evidence-based".
    let appeal: Regex<AnyRegexOutput>

    init?() {
      let named =
        #"(?<authors>SURNAME(?: et al\.?| (?:and|&) SURNAME)?)(?:,? \(|,? )(?<year>YEAR)[a-z]?\)?"#
        .replacing("SURNAME", with: CitationCue.surname)
        .replacing("YEAR", with: CitationCue.year)
      let colleagues =
        #"(?<authors>(?:\p{Lu}\p{L}{1,40} )?SURNAME) and (?:his |her |their )?colleagues"#
        .replacing("SURNAME", with: CitationCue.surname)
      let appeal =
        #"\b(?<word>research|researchers|studies|study|trials?|meta-analys[ie]s|experiments?"#
        + #"|evidence|scientists)\b(?!-)"#
      guard let named = try? Regex(named), let colleagues = try? Regex(colleagues),
        let year = try? Regex(#"\b"# + CitationCue.year + #"\b"#),
        let appeal = try? Regex(appeal).ignoresCase()
      else { return nil }
      (self.named, self.colleagues, self.year, self.appeal) = (named, colleagues, year, appeal)
    }
  }

  /// The cues of one sentence, in reading order: author-year cues, or, when there is none,
  /// the first appeal to research.
  ///
  /// - Parameters:
  ///   - sentence: the sentence's text.
  ///   - claim: the id suggested for the sentence's claim (research ids start from it).
  public static func cues(in sentence: String, claim: String) -> [CitationCue] {
    Patterns().map { cues(in: sentence, claim: claim, patterns: $0) } ?? []
  }

  static func cues(in sentence: String, claim: String, patterns: Patterns) -> [CitationCue] {
    var cues: [CitationCue] = []
    func add(_ authors: String, _ year: Int, quote: String) {
      let surnames = authors.split(separator: " ").filter {
        $0.first?.isUppercase == true && !notSurnames.contains(String($0))
      }
      let named =
        surnames.count > 1 && !authors.contains(" et al") ? surnames : [surnames.last ?? ""]
      let id = Slug.words(of: named.joined(separator: " "), limit: 2) + "-\(year)"
      guard !cues.contains(where: { $0.suggestedSource == id }) else { return }
      cues.append(
        CitationCue(
          kind: .authorYear(authors: authors, year: year), quote: quote, suggestedSource: id))
    }
    for match in sentence.matches(of: patterns.named) {
      guard let authors = match.output["authors"]?.substring.map(String.init),
        let year = match.output["year"]?.substring.flatMap({ Int($0) }),
        let first = authors.split(separator: " ").first,
        !notSurnames.contains(String(first))
      else { continue }
      var quote = String(sentence[match.range])
      if quote.hasSuffix(")"), !quote.contains("(") { quote.removeLast() }
      add(authors, year, quote: quote)
    }
    if let year = sentence.firstMatch(of: patterns.year).flatMap({ Int(sentence[$0.range]) }) {
      for match in sentence.matches(of: patterns.colleagues) {
        guard let surname = match.output["authors"]?.substring?.split(separator: " ").last
        else { continue }
        add("\(surname) and colleagues", year, quote: String(sentence[match.range]))
      }
    }
    guard cues.isEmpty else { return cues }
    // "study" after "for" or "to" is studying, not a study.
    guard
      let match = sentence.matches(of: patterns.appeal).first(where: { match in
        match.output["word"]?.substring?.lowercased() != "study"
          || !["for", "to"].contains(word(before: match.range.lowerBound, in: sentence))
      }),
      let word = match.output["word"]?.substring
    else { return cues }
    // The keyword and the two words after it.
    var end = match.range.upperBound
    for _ in 0..<2 {
      var cursor = end
      while cursor < sentence.endIndex, sentence[cursor] == " " {
        cursor = sentence.index(after: cursor)
      }
      let wordEnd =
        sentence[cursor...].firstIndex { !($0.isLetter || $0.isNumber || $0 == "-") }
        ?? sentence.endIndex
      guard wordEnd > cursor else { break }
      end = wordEnd
    }
    // The claim's first words, after the keyword unless they start with it.
    let keyword = Slug.words(of: String(word), limit: 1)
    let lead = claim.split(separator: "-").prefix(3).joined(separator: "-")
    let id = lead.hasPrefix(keyword) ? lead : keyword + (lead.isEmpty ? "" : "-" + lead)
    return [
      CitationCue(
        kind: .research, quote: String(sentence[match.range.lowerBound..<end]), suggestedSource: id)
    ]
  }

  /// The word just before `index` (over spaces), lowercased.
  private static func word(before index: String.Index, in text: String) -> String {
    var end = index
    while end > text.startIndex, text[text.index(before: end)] == " " {
      end = text.index(before: end)
    }
    var start = end
    while start > text.startIndex, text[text.index(before: start)].isLetter {
      start = text.index(before: start)
    }
    return text[start..<end].lowercased()
  }
}
