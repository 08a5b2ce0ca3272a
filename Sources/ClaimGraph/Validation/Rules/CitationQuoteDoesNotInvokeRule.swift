/// Reports citations whose quote does not invoke the source they cite.
public struct CitationQuoteDoesNotInvokeRule: GraphRule {
  /// The id its findings carry, and that configurations, suppressions and baselines name.
  public let id: RuleID = .citationQuoteDoesNotInvoke
  /// A warning: the passage may still be the right one, but nothing in it says so.
  public let defaultSeverity = Severity.warning
  /// What `claimgraph rules` lists beside the id.
  public let summary = "A citation's quote names neither its source nor any research."
  /// What `claimgraph lint --explain` prints: why it matters and how to fix it.
  public let explanation = """
    A citation's `quote:` is the passage where the article invokes the source for the \
    claim, and it anchors the citation only if it really does. It invokes the source when \
    it holds one of the source's authors' family names (its own or its enrichment's), its \
    year, the words of its title (at least three content words and two thirds of them, \
    for a listed source: an unlisted source's title is the graph's paraphrase), an \
    abbreviation its title or reference-list entry gives ("DSM-5-TR"), or an appeal to \
    research: a phrase of the `research`, `appeals` or `types` cue lists ("a study", \
    "researchers", "meta-analyses", "trials", "evidence", "has been observed" …; extended \
    under `cues:` in `.claimgraph.yml`). A quote that does none of these — any sentence of the \
    paragraph copied to make the citation look anchored — is flagged: quote the words \
    where the article invokes the source for this claim, or mark the citation \
    `inferred: true`, which keeps it visible but never counts it as evidence.
    """

  /// Creates the rule.
  public init() {}

  /// Reports each citation whose found quotes all fail to invoke its source, at the
  /// citation's quote.
  public func check(_ context: ValidationContext) -> [Diagnostic] {
    let graph = context.graph
    var findings: [Diagnostic] = []
    for claim in graph.claims {
      guard let grounding = graph.grounding(of: claim) else { continue }
      for (offset, citation) in claim.citations.enumerated()
      where !citation.isInferred && !citation.quotes.isEmpty {
        guard let source = graph.source(citation.source) else { continue }
        let matches = grounding.matches(ofCitation: offset, of: claim.id)
        // Quotes not found are `quote-not-found`'s.
        let found = zip(citation.quotes.indices, matches).filter { !$0.1.spans.isEmpty }.map {
          (index: $0.0, exact: citation.quotes[$0.0].exact)
        }
        guard let first = found.first,
          !found.contains(where: { Self.invokes(source, $0.exact, context.cues) })
        else { continue }
        var names =
          source.familyNames
          + (source.enrichment?.authors ?? []).map(
            Source.familyName(of:))
        names = names.filter { $0.count > 1 }.reduce(into: []) {
          if !$0.contains($1) { $0.append($1) }
        }
        var lacks: [String] = []
        if !names.isEmpty { lacks.append("an author's name (\(names.joined(separator: ", ")))") }
        if let year = source.year { lacks.append("its year (\(year))") }
        if source.isListed { lacks.append("its title's words") }
        lacks.append("an appeal to research (\"a study\", \"researchers\", \"evidence\" …)")
        findings.append(
          finding(
            "the quote \(AnchoredQuote.shortened(first.exact)) of the citation of "
              + "'\(source.id)' in claim '\(claim.id)' does not invoke the source: it holds none of "
              + lacks.joined(separator: ", ")
              + "; quote the words where the article invokes '\(source.id)' for this claim, "
              + "or mark the citation `inferred: true`",
            node: claim.id, field: "citations[\(offset)].quote[\(first.index)]", in: context))
      }
    }
    return findings
  }

  /// Whether a quote invokes a source: an author's family name, its year, its title's
  /// words (a listed source's), or an appeal to research.
  ///
  /// The quote is prepared once for the whole-word tests (names, year) and split into
  /// words once for the cue lists and the title; the abbreviations, the costliest test,
  /// come last. Each test used to prepare the quote anew: the rule took 44% of the
  /// instructions of `lint` on the benchmark's anchored article (callgrind, 10k claims).
  static func invokes(_ source: Source, _ quote: String, _ cues: Cues) -> Bool {
    let search = TextNormalization.WordSearch(quote)
    let names = (source.authors + (source.enrichment?.authors ?? [])).map(Source.familyName(of:))
    if names.contains(where: { $0.count > 1 && search.contains($0) }) { return true }
    if let year = source.year, search.contains(String(year)) { return true }
    let words = Cues.words(of: quote)
    if [.research, .appeals, .types].contains(where: { !cues.found($0, inWords: words).isEmpty }) {
      return true
    }
    if source.isListed, source.isRestated(inWords: [words]) { return true }
    return abbreviations(in: quote).contains(where: { abbreviation in
      ([source.title] + source.quotes.map(\.exact)).contains {
        TextNormalization.containsWords(abbreviation, in: $0)
      }
    })
  }

  /// The words of a text written in capitals, with at least two letters (`DSM-5-TR`,
  /// `ALKS-5461`): the abbreviations by which a text may name a source.
  static func abbreviations(in text: String) -> [String] {
    text.split { !($0.isLetter || $0.isNumber || $0 == "-") }.filter { word in
      word.count { $0.isUppercase } >= 2 && !word.contains(where: \.isLowercase)
    }.map(String.init)
  }
}
