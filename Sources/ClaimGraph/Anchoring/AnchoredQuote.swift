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
  /// Where it is written, for quotes outside nodes (unclaimed passages).
  let location: SourceLocation?

  /// Every quote of a graph with a text: claims', citations', sources' and the unclaimed
  /// passages', in canonical node order.
  static func all(in graph: KnowledgeGraph) -> [AnchoredQuote] {
    guard let grounding = graph.grounding else { return [] }
    var result: [AnchoredQuote] = []
    for claim in graph.claims {
      for (index, match) in grounding.matches(ofClaim: claim.id).enumerated() {
        result.append(
          AnchoredQuote(
            node: claim.id, field: "quote[\(index)]", owner: "claim '\(claim.id)'",
            quote: claim.quotes[index], match: match, location: nil))
      }
      for (offset, citation) in claim.citations.enumerated() {
        let matches = grounding.matches(ofCitation: offset, of: claim.id)
        for (index, match) in matches.enumerated() {
          result.append(
            AnchoredQuote(
              node: claim.id, field: "citations[\(offset)].quote[\(index)]",
              owner: "the citation of '\(citation.source)' in claim '\(claim.id)'",
              quote: citation.quotes[index], match: match, location: nil))
        }
      }
    }
    for source in graph.sources {
      for (index, match) in grounding.matches(ofSource: source.id).enumerated() {
        result.append(
          AnchoredQuote(
            node: source.id, field: "quote[\(index)]", owner: "source '\(source.id)'",
            quote: source.quotes[index], match: match, location: nil))
      }
    }
    for (passage, match) in zip(grounding.text.unclaimed, grounding.unclaimed) {
      result.append(
        AnchoredQuote(
          node: nil, field: "", owner: "an unclaimed passage", quote: passage.quote, match: match,
          location: passage.location))
    }
    return result
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
