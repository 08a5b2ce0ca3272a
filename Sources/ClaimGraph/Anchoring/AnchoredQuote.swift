/// One quote of a graph with where it was found: the unit the quote rules check.
struct AnchoredQuote {
  /// The node whose quote it is; nil for an unclaimed passage.
  let node: NodeID?
  /// The quote's field path within the node (`quote[0]`, `citations[1].quote[0]`).
  let field: String
  /// What the quote belongs to, for messages ("claim 'x'", "citation 2 of claim 'x'").
  let owner: String
  /// The quote.
  let quote: TextQuote
  /// Where it was found.
  let match: QuoteMatch
  /// The text it was looked for in: its article's.
  let text: ArticleText
  /// Where it is written, for quotes outside nodes (unclaimed passages).
  let location: SourceLocation?

  /// Every quote of a graph with texts: claims' and citations' (in their own article's
  /// text), sources' and the unclaimed passages', in canonical node order.
  ///
  /// A source's quote is its entry in a reference list: in a library it counts as found
  /// when some article's text holds it (that article lists the source), and as missing,
  /// with the first article's nearest passage, when none does.
  static func all(in graph: KnowledgeGraph) -> [AnchoredQuote] {
    var result: [AnchoredQuote] = []
    for (offset, claim) in graph.claims.enumerated() {
      let scope = graph.claimScopes[offset]
      guard scope >= 0, let grounding = graph.scopes[Int(scope)].grounding else { continue }
      for (index, match) in grounding.matches(ofClaim: claim.id).enumerated() {
        result.append(
          AnchoredQuote(
            node: claim.id, field: "quote[\(index)]", owner: "claim '\(claim.id)'",
            quote: claim.quotes[index], match: match, text: grounding.text, location: nil))
      }
      for (offset, citation) in claim.citations.enumerated() {
        let matches = grounding.matches(ofCitation: offset, of: claim.id)
        for (index, match) in matches.enumerated() {
          result.append(
            AnchoredQuote(
              node: claim.id, field: "citations[\(offset)].quote[\(index)]",
              owner: "the citation of '\(citation.source)' in claim '\(claim.id)'",
              quote: citation.quotes[index], match: match, text: grounding.text, location: nil))
        }
      }
    }
    let groundings = graph.groundings.map(\.grounding)
    for source in graph.sources where !source.quotes.isEmpty {
      for index in source.quotes.indices {
        guard let (match, text) = bestMatch(ofSource: source.id, quote: index, in: groundings)
        else { continue }
        result.append(
          AnchoredQuote(
            node: source.id, field: "quote[\(index)]", owner: "source '\(source.id)'",
            quote: source.quotes[index], match: match, text: text, location: nil))
      }
    }
    for grounding in groundings {
      for (passage, match) in zip(grounding.text.unclaimed, grounding.unclaimed) {
        result.append(
          AnchoredQuote(
            node: nil, field: "", owner: "an unclaimed passage", quote: passage.quote,
            match: match, text: grounding.text, location: passage.location))
      }
    }
    return result
  }

  /// Where a source's quote landed across the texts it was looked for in: found once
  /// somewhere, else ambiguous somewhere, else missing in the first; nil when it was
  /// looked for in none.
  private static func bestMatch(
    ofSource id: NodeID, quote index: Int, in groundings: [Grounding]
  ) -> (QuoteMatch, ArticleText)? {
    var best: (QuoteMatch, ArticleText)?
    for grounding in groundings {
      let matches = grounding.matches(ofSource: id)
      guard matches.indices.contains(index) else { continue }
      switch matches[index] {
      case .found: return (matches[index], grounding.text)
      case .ambiguous:
        if case .ambiguous? = best?.0 { continue }
        best = (matches[index], grounding.text)
      case .notFound:
        if best == nil { best = (matches[index], grounding.text) }
      }
    }
    return best
  }

  /// The quote shortened for a message: `"first words … last words"` past 80 characters.
  static func shortened(_ text: String) -> String {
    let characters = Array(text)
    guard characters.count > 80 else { return "\"\(text)\"" }
    return "\"\(String(characters.prefix(38))) … \(String(characters.suffix(38)))\""
  }
}

extension GraphRule {
  /// A finding about a quote, at the quote in its node or its own location.
  func finding(_ message: String, about quote: AnchoredQuote, in context: ValidationContext)
    -> Diagnostic
  {
    guard let node = quote.node else {
      return Diagnostic(
        rule: id, severity: defaultSeverity, message: message, location: quote.location)
    }
    return finding(message, node: node, field: quote.field, in: context)
  }
}
