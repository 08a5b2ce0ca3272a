/// How the article makes a citation where it states the claim.
public enum CitationAnchor: String, Sendable {
  /// The citation quotes the passage that invokes the source.
  case quote = "by quote"
  /// The claim's quote names the source by an author's family name.
  case name = "by name"
  /// The claim's quote restates the title of the listed source (see
  /// ``Source/isRestated(in:)``).
  case title = "by title"
}

extension Citation {
  /// Whether the article makes this citation where it states the claim: the citation
  /// quotes the passage that invokes the source, or the claim's own quote names the
  /// source (an author's family name, as in "a 2015 study in mice by Johannes Fuss") or
  /// restates the title of a listed source (see ``anchor(for:source:)``).
  ///
  /// A claim that quotes nothing cannot be checked against the text, and its citations
  /// are taken as authored (`unanchored-claim` reports the claim); an inferred citation is
  /// never anchored.
  public func isAnchored(for claim: Claim, source: Source?) -> Bool {
    guard !isInferred else { return false }
    if claim.quotes.isEmpty { return true }
    return anchor(for: claim, source: source) != nil
  }

  /// Which anchor holds, checked in this order: the citation's quote, a name of the
  /// source in the claim's quote, the listed source's title restated there; nil when none
  /// does (or the citation is inferred).
  public func anchor(for claim: Claim, source: Source?) -> CitationAnchor? {
    guard !isInferred else { return nil }
    if !quotes.isEmpty { return .quote }
    guard let source else { return nil }
    let texts = claim.quotes.map(\.exact)
    if source.isNamed(in: texts) { return .name }
    if source.isListed, source.isRestated(in: texts) { return .title }
    return nil
  }
}

extension Source {
  /// Whether any of the texts names this source by an author's family name.
  func isNamed(in texts: [String]) -> Bool {
    let names = familyNames.filter { $0.count > 1 }
    guard !names.isEmpty else { return false }
    return texts.contains { text in
      let search = TextNormalization.WordSearch(text)
      return names.contains { search.contains($0) }
    }
  }

  /// Whether one of the texts restates this source's title: it holds at least two thirds
  /// of the title's content words, and at least three of them.
  ///
  /// Content words are the title's words other than short function words ("a", "the",
  /// "in", "of" …), compared ignoring case and a final "s" ("studies" is not "study").
  /// "PET studies … have found reduced mu-opioid receptor availability … in individuals
  /// with major depressive disorder" restates "Reduced Mu-Opioid Receptor Availability in
  /// Major Depressive Disorder: A PET Study" (9 of 10); "social laughter increases pain
  /// tolerance" does not restate "Social Laughter Triggers Endogenous Opioid Release in
  /// Humans" (2 of 7). Only a listed source's title is the article's own wording; an
  /// unlisted source's title is the graph's paraphrase and anchors nothing.
  public func isRestated(in texts: [String]) -> Bool {
    isRestated(inWords: texts.lazy.map(Cues.words(of:)))
  }

  /// ``isRestated(in:)`` over the texts' ``Cues/words(of:)``.
  func isRestated<Texts: Sequence<[Cues.Word]>>(inWords texts: Texts) -> Bool {
    let title = Set(Self.contentWords(of: title))
    guard title.count >= 3 else { return false }
    return texts.contains { words in
      let shared = title.intersection(Self.contentWords(of: words)).count
      return shared >= 3 && shared * 3 >= title.count * 2
    }
  }

  /// The content words of a text, lowercased, without a final "s".
  static func contentWords(of text: String) -> [String] {
    contentWords(of: Cues.words(of: text))
  }

  /// The content words among a text's ``Cues/words(of:)``.
  static func contentWords(of words: [Cues.Word]) -> [String] {
    words.map(\.text).filter { !functionWords.contains($0) }.map { word in
      word.count > 3 && word.hasSuffix("s") ? String(word.dropLast()) : word
    }
  }

  private static let functionWords: Set<String> = [
    "a", "an", "the", "of", "in", "on", "at", "to", "for", "and", "or", "by", "with", "from",
    "as", "is", "are", "its", "their", "s",
  ]
}
