/// The words the rules that read a claim's sentence look for: every cue list in one place.
///
/// Each list holds phrases of whole words. Case is ignored, dashes and apostrophes
/// separate words ("well-established" is "well established"), and a final `*` makes the
/// last word a prefix ("suggest*" is "suggest", "suggests", "suggested"…).
///
/// | List | Read by | What its phrases mean |
/// | --- | --- | --- |
/// | `hedges` | `strength-vs-wording` | the words present a finding as possible, not shown |
/// | `assertions` | `strength-vs-wording` | the words present a finding as shown |
/// | `rejections` | `strength-vs-wording` | the sentence (or its section's title) rejects what it states |
/// | `appeals` | `appeal-without-citation` | the claim's words appeal to evidence |
/// | `links` | `citation-across-sentences` | the sentence points back to a neighbouring one |
/// | `types` | `untyped-appeal` | the words name a kind of publication (or work that can only be primary research: named researchers, imaging) |
/// | `negations` | `strength-vs-wording` | a hedge or assertion right after one is negated |
/// | `references` | `listed-source-not-in-references` | a section's title names the article's reference list |
/// | `research` | `citation-quote-does-not-invoke` | the words invoke research or reports without naming a study ("evidence", "results", "popular media") |
///
/// `citation-quote-does-not-invoke` reads `research`, `appeals` and `types` together: a
/// citation's quote that holds a phrase of any of them appeals to research, and so may
/// invoke a source the text does not name.
///
/// Three readings are fixed, not listed:
/// - **Negated cues do not count.** A hedge or an assertion preceded, within two words of
///   the same clause, by a negation ("not likely", "does not suggest", "no evidence
///   suggests", "not consistently") is not read as hedging or asserting: the sentence
///   states something firmly about the evidence. Write the negated phrase itself as a cue
///   ("not well established" is a hedge) to count it.
/// - **A cue in a comparison is the compared view**: "more nuanced than the popular
///   narrative suggests" does not hedge ("than" within four words before, same clause).
/// - **"May" before or after a number is the month** ("in May 2019", "5 May"), not a hedge.
/// - **Words inside double quotation marks are someone else's** (a quoted myth, a
///   popular saying): hedges and assertions there are not the article's own.
///
/// A project adds phrases to any list under `cues:` in `.claimgraph.yml`:
///
/// ```yaml
/// cues:
///   hedges: ["it is conceivable"]
///   appeals: ["surveys show"]
/// ```
public struct Cues: Sendable, Equatable {
  /// The lists of cues, by the name `.claimgraph.yml` gives them.
  public enum List: String, CaseIterable, Sendable {
    /// Words that present a finding as possible, not shown.
    case hedges
    /// Words that present a finding as shown.
    case assertions
    /// Words that reject what the sentence states (a myth, a misconception).
    case rejections
    /// Words that appeal to evidence.
    case appeals
    /// Words that point back to a neighbouring sentence.
    case links
    /// Words that name a kind of publication.
    case types
    /// Words that negate the cue right after them.
    case negations
    /// Words of a section title that names the article's reference list.
    case references
    /// Words that invoke research or reports without naming a study.
    case research
  }

  /// The phrases of each list.
  public private(set) var phrases: [List: [String]]

  /// Creates cue lists.
  public init(_ phrases: [List: [String]]) {
    self.phrases = phrases
    for list in List.allCases {
      compiled[list] = (phrases[list] ?? []).map { Self.compile($0).map(CueWord.init) }
    }
    negations = Set((phrases[.negations] ?? []).map { $0.lowercased() })
  }

  /// One word of a compiled phrase: matched whole, or (written with a final `*`) as the
  /// start of a word.
  private struct CueWord: Equatable, Sendable {
    let text: String
    let isPrefix: Bool

    init(_ word: String) {
      isPrefix = word.hasSuffix("*")
      text = isPrefix ? String(word.dropLast()) : word
    }

    func matches(_ word: String) -> Bool { isPrefix ? word.hasPrefix(text) : word == text }
  }

  private var compiled: [List: [[CueWord]]] = [:]
  /// The negations, lowercased (read by every search for a list's own cues).
  private var negations: Set<String> = []

  /// These lists with more phrases added, by list name; unknown names are ignored (the
  /// configuration reader reports them).
  public func adding(_ extra: [String: [String]]) -> Cues {
    var phrases = self.phrases
    for (name, more) in extra {
      guard let list = List(rawValue: name) else { continue }
      phrases[list, default: []] += more.filter { !(phrases[list] ?? []).contains($0) }
    }
    return Cues(phrases)
  }

  /// The standard lists.
  public static let standard = Cues([
    .hedges: [
      "may", "might", "could", "possibly", "possible", "perhaps", "likely", "unlikely",
      "probably", "suggest*", "is thought to", "are thought to", "believed to", "hypothes*",
      "proposed", "putative", "remains unclear", "remain unclear", "unclear", "remains mixed",
      "mixed", "debated", "remains debated", "controversial", "under investigation",
      "limited evidence", "preliminary", "emerging", "growing interest",
      "active area of research", "uncertain", "not well established", "not yet",
      "investigational", "appears to", "appear to", "seems to", "speculative",
    ],
    .assertions: [
      "well established", "established", "consistently",
      "confirm*", "has shown", "have shown", "demonstrat*", "proven", "clearly",
    ],
    .rejections: [
      "myth", "myths", "misconception*", "not", "no", "never", "no evidence", "contrary to",
      "false", "incorrect", "wrong", "oversimplif*", "unfounded", "debunk*", "ignores",
      "does not", "cannot", "misleading", "reductive", "exaggerat*", "overstat*",
      "without evidence", "unsupported", "lack of evidence",
    ],
    .appeals: [
      "research shows", "research suggest*", "research has shown", "research has found",
      "research has identified", "has established", "have established", "research indicates",
      "research links", "research consistently", "research by", "studies", "a study", "study by",
      "study published", "shown",
      "found that", "have found", "has found", "observed", "observation that",
      "evidence that", "evidence shows", "evidence suggests", "evidence for", "trial",
      "trials", "meta-analys*", "according to", "experiments", "demonstrated",
      "researchers", "data show",
    ],
    .links: [
      "this", "these", "such", "the study", "these findings", "this finding", "those",
      "the researchers", "this effect", "this research", "the same", "crucially",
      "moreover", "furthermore", "in addition", "additionally",
    ],
    .types: [
      "study", "studies", "trial", "trials", "meta-analys*", "review", "reviews",
      "systematic review", "guideline*", "experiment*", "survey*", "cohort", "manual",
      "report", "paper", "case report", "criteria", "research by", "researchers",
      "and colleagues", "imaging", "neuroimaging",
    ],
    .negations: ["not", "no", "never", "nor", "cannot", "without", "hardly", "neither"],
    .references: [
      "references", "reference list", "bibliography", "works cited", "literature cited",
      "sources", "further reading", "citations",
    ],
    .research: [
      "research", "evidence", "results", "findings", "data", "literature", "phase",
      "popular media", "media", "reports", "reported",
    ],
  ])

  /// The phrases of one list.
  public func phrases(_ list: List) -> [String] { phrases[list] ?? [] }

  /// The phrases of a list that occur in a text, in list order, each once.
  ///
  /// - Parameters:
  ///   - list: the cue list to look for.
  ///   - text: the text to look in.
  ///   - own: when true, words inside double quotation marks and cues negated by a
  ///     preceding negation (see the type's notes) do not count.
  public func found(_ list: List, in text: String, own: Bool = false) -> [String] {
    found(list, inWords: Self.words(of: text), own: own)
  }

  /// ``found(_:in:own:)`` over a text's ``words(of:)``, for asking several lists about one
  /// text without splitting it into words again.
  func found(_ list: List, inWords words: [Word], own: Bool = false) -> [String] {
    var result: [String] = []
    for (offset, phrase) in (compiled[list] ?? []).enumerated() {
      guard !phrase.isEmpty else { continue }
      let found = words.indices.contains { start in
        guard Self.matches(phrase, words, at: start) else { return false }
        let first = words[start]
        if phrase == [Self.may], first.isCapitalised, Self.isMonth(at: start, words) {
          return false
        }
        guard own else { return true }
        if first.isQuoted { return false }
        // A negation within two words before, or "than" within four, in the same clause.
        var back = start
        for distance in 1...4 {
          guard back > 0, !words[back].startsClause else { break }
          back -= 1
          if distance <= 2, negations.contains(words[back].text) { return false }
          if words[back].text == "than" { return false }
        }
        return true
      }
      if found { result.append(phrases(list)[offset]) }
    }
    return result
  }

  /// Whether the text holds any phrase of a list (see ``found(_:in:own:)``).
  public func contains(_ list: List, in text: String, own: Bool = false) -> Bool {
    !found(list, in: text, own: own).isEmpty
  }

  // MARK: - Words

  /// One word of a text.
  struct Word {
    /// Lowercased; `n't` is read as `not`.
    var text: String
    var isCapitalised: Bool
    var isNumber: Bool
    var isQuoted: Bool
    /// Whether a comma, semicolon, colon, dash or bracket comes right before it.
    var startsClause: Bool
  }

  /// A phrase as lowercased words; a final `*` stays on its word.
  static func compile(_ phrase: String) -> [String] {
    words(of: phrase.replacing("*", with: "\u{2217}")).map {
      $0.text.replacing("\u{2217}", with: "*")
    }
  }

  private static let may = CueWord("may")

  private static func matches(_ phrase: [CueWord], _ words: [Word], at start: Int) -> Bool {
    guard start + phrase.count <= words.count else { return false }
    for (offset, cue) in phrase.enumerated() where !cue.matches(words[start + offset].text) {
      return false
    }
    return true
  }

  private static func isMonth(at index: Int, _ words: [Word]) -> Bool {
    (index + 1 < words.count && words[index + 1].isNumber)
      || (index > 0 && words[index - 1].isNumber)
  }

  /// The words of a text: runs of letters and digits, in linear time.
  static func words(of text: String) -> [Word] {
    if text.utf8.allSatisfy({ $0 < 0x80 }) { return asciiWords(of: text) }
    var result: [Word] = []
    var current = ""
    var quoted = false
    var clause = true
    var previous: Character = " "
    func flush() {
      guard !current.isEmpty else { return }
      var word = current.lowercased()
      // "don't", "isn't": the "t" after an apostrophe is a negation.
      if word == "t", previous == "'" || previous == "\u{2019}" { word = "not" }
      result.append(
        Word(
          text: word, isCapitalised: current.first?.isUppercase ?? false,
          isNumber: current.allSatisfy(\.isNumber), isQuoted: quoted, startsClause: clause))
      current = ""
      clause = false
    }
    for character in text {
      if character.isLetter || character.isNumber || character == "\u{2217}" {
        current.append(character)
        continue
      }
      flush()
      previous = character
      switch character {
      case "\"": quoted.toggle()
      case "\u{201C}": quoted = true
      case "\u{201D}": quoted = false
      case ",", ";", ":", "(", ")", "\u{2014}", "\u{2013}", ".", "!", "?": clause = true
      default: break
      }
    }
    flush()
    return result
  }

  /// ``words(of:)`` of an ASCII text, read as bytes: a letter is `A`–`Z` or `a`–`z`, a
  /// digit `0`–`9`, exactly what `Character`'s properties say of ASCII; the same words,
  /// without building a `Character` and a `String` for each letter.
  ///
  /// The rules that read sentences ask for the words of every quote several times; on
  /// `claimgraph lint Graph` the `Character` loop cost 102 of 844 million instructions
  /// (callgrind), most of them here.
  private static func asciiWords(of text: String) -> [Word] {
    var result: [Word] = []
    var quoted = false
    var clause = true
    var previous = UInt8(ascii: " ")
    var text = text
    text.withUTF8 { bytes in
      var start = 0
      func flush(upTo end: Int) {
        guard start < end else { return }
        let word = bytes[start..<end]
        // Decoded from the contiguous bytes, then lowered (ASCII has a fast path there): a
        // lazily mapped sequence would be decoded a byte at a time.
        var lowered = String(decoding: word, as: UTF8.self).lowercased()
        if lowered == "t", previous == UInt8(ascii: "'") { lowered = "not" }
        result.append(
          Word(
            text: lowered, isCapitalised: isASCIIUpper(word[start]),
            isNumber: word.allSatisfy(isASCIIDigit), isQuoted: quoted, startsClause: clause))
        clause = false
      }
      for (index, byte) in bytes.enumerated() {
        if isASCIIUpper(byte) || isASCIIUpper(byte & ~0x20) || isASCIIDigit(byte) { continue }
        flush(upTo: index)
        start = index + 1
        previous = byte
        switch byte {
        case UInt8(ascii: "\""): quoted.toggle()
        case UInt8(ascii: ","), UInt8(ascii: ";"), UInt8(ascii: ":"), UInt8(ascii: "("),
          UInt8(ascii: ")"), UInt8(ascii: "."), UInt8(ascii: "!"), UInt8(ascii: "?"):
          clause = true
        default: break
        }
      }
      flush(upTo: bytes.count)
    }
    return result
  }

  private static func isASCIIUpper(_ byte: UInt8) -> Bool {
    (UInt8(ascii: "A")...UInt8(ascii: "Z")).contains(byte)
  }

  private static func isASCIIDigit(_ byte: UInt8) -> Bool {
    (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(byte)
  }
}
