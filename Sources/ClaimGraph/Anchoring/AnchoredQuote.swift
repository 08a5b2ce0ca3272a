/// One quote of a graph with where it was found: the unit the quote rules check.
///
/// Its field path and owner are spelled out only when a finding needs them: a graph may
/// hold hundreds of thousands of quotes, and most are found once.
struct AnchoredQuote {
  /// Whose quote it is.
  enum Place {
    /// Quote `index` of a claim.
    case claim(NodeID, index: Int)
    /// Quote `index` of citation `offset` (of `source`) of a claim.
    case citation(NodeID, offset: Int, source: NodeID, index: Int)
    /// Quote `index` of stated evidence `offset` (of `method`) of a claim.
    case evidence(NodeID, offset: Int, method: NodeID, index: Int)
    /// Quote `index` of a source.
    case source(NodeID, index: Int)
    /// An unclaimed passage.
    case unclaimed
  }

  /// Whose quote it is.
  let place: Place
  /// The quote.
  let quote: TextQuote
  /// Where it was found.
  let match: QuoteMatch
  /// The text it was looked for in: its article's.
  let text: ArticleText
  /// Where it is written, for quotes outside nodes (unclaimed passages).
  let location: SourceLocation?

  /// The node whose quote it is; nil for an unclaimed passage.
  var node: NodeID? {
    switch place {
    case .claim(let node, _), .citation(let node, _, _, _), .evidence(let node, _, _, _),
      .source(let node, _):
      node
    case .unclaimed: nil
    }
  }

  /// The quote's field path within the node (`quote[0]`, `citations[1].quote[0]`).
  var field: String {
    switch place {
    case .claim(_, let index), .source(_, let index): "quote[\(index)]"
    case .citation(_, let offset, _, let index): "citations[\(offset)].quote[\(index)]"
    case .evidence(_, let offset, _, let index): "evidence[\(offset)].quote[\(index)]"
    case .unclaimed: ""
    }
  }

  /// What the quote belongs to, for messages ("claim 'x'", "the citation of 's' in claim
  /// 'x'").
  var owner: String {
    switch place {
    case .claim(let node, _): "claim '\(node)'"
    case .citation(let node, _, let source, _): "the citation of '\(source)' in claim '\(node)'"
    case .evidence(let node, _, let method, _):
      "the stated evidence of '\(method)' in claim '\(node)'"
    case .source(let node, _): "source '\(node)'"
    case .unclaimed: "an unclaimed passage"
    }
  }

  /// Every quote of a graph with texts whose match is wanted: claims', citations' and
  /// stated evidence's (in their own article's text), sources' and the unclaimed passages', in canonical node
  /// order.
  ///
  /// A source's quote is its entry in a reference list: in a library it counts as found
  /// when some article's text holds it (that article lists the source), and as missing,
  /// with the first article's nearest passage, when none does.
  static func all(in graph: KnowledgeGraph, where isWanted: (QuoteMatch) -> Bool)
    -> [AnchoredQuote]
  {
    var result: [AnchoredQuote] = []
    for (offset, claim) in graph.claims.enumerated() {
      let scope = graph.claimScopes[offset]
      guard scope >= 0, let grounding = graph.scopes[Int(scope)].grounding else { continue }
      /// Adds the wanted ones of some quotes, found at `matches`, each at `place(index)`.
      func add(_ quotes: [TextQuote], _ matches: [QuoteMatch], _ place: (Int) -> Place) {
        for (index, match) in matches.enumerated() where isWanted(match) {
          result.append(
            AnchoredQuote(
              place: place(index), quote: quotes[index], match: match, text: grounding.text,
              location: nil))
        }
      }
      add(claim.quotes, grounding.matches(ofClaim: claim.id)) { .claim(claim.id, index: $0) }
      for (offset, citation) in claim.citations.enumerated() {
        add(citation.quotes, grounding.matches(ofCitation: offset, of: claim.id)) {
          .citation(claim.id, offset: offset, source: citation.source, index: $0)
        }
      }
      for (offset, stated) in claim.evidence.enumerated() {
        add(stated.quotes, grounding.matches(ofEvidence: offset, of: claim.id)) {
          .evidence(claim.id, offset: offset, method: stated.method, index: $0)
        }
      }
    }
    let groundings = graph.groundings.map(\.grounding)
    // The texts each source's quotes were looked for in (those of the articles citing it),
    // in order: a source is not looked up in every article of a library.
    var lookedFor: [NodeID: [Int]] = [:]
    for (offset, grounding) in groundings.enumerated() {
      for id in grounding.quotedSources { lookedFor[id, default: []].append(offset) }
    }
    for source in graph.sources where !source.quotes.isEmpty {
      let texts = (lookedFor[source.id] ?? []).map { groundings[$0] }
      for index in source.quotes.indices {
        guard let (match, text) = bestMatch(ofSource: source.id, quote: index, in: texts),
          isWanted(match)
        else { continue }
        result.append(
          AnchoredQuote(
            place: .source(source.id, index: index), quote: source.quotes[index], match: match,
            text: text, location: nil))
      }
    }
    for grounding in groundings {
      for (passage, match) in zip(grounding.text.unclaimed, grounding.unclaimed)
      where isWanted(match) {
        result.append(
          AnchoredQuote(
            place: .unclaimed, quote: passage.quote, match: match, text: grounding.text,
            location: passage.location))
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

extension QuoteMatch {
  /// Whether the quote was found nowhere.
  var isMissing: Bool {
    if case .notFound = self { true } else { false }
  }

  /// Whether the quote was found more than once.
  var isAmbiguous: Bool {
    if case .ambiguous = self { true } else { false }
  }
}
