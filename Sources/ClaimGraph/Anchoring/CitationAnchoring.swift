extension Citation {
  /// Whether the article makes this citation where it states the claim: the citation
  /// quotes the passage that invokes the source, or the claim's own quote names the
  /// source (an author's family name, as in "a 2015 study in mice by Johannes Fuss").
  ///
  /// A claim that quotes nothing cannot be checked against the text, and its citations
  /// are taken as authored (`unanchored-claim` reports the claim); an inferred citation is
  /// never anchored.
  public func isAnchored(for claim: Claim, source: Source?) -> Bool {
    guard !isInferred else { return false }
    if claim.quotes.isEmpty || !quotes.isEmpty { return true }
    guard let source else { return false }
    return source.isNamed(in: claim.quotes.map(\.exact))
  }
}

extension Source {
  /// Whether any of the texts names this source by an author's family name.
  func isNamed(in texts: [String]) -> Bool {
    let names = familyNames.filter { $0.count > 1 }
    return texts.contains { text in names.contains { TextNormalization.containsWords($0, in: text) }
    }
  }
}
