/// Reports claims whose own quote names a method that none of their evidence carries.
public struct MethodNamedNotEvidencedRule: GraphRule {
  /// The id its findings carry, and that configurations, suppressions and baselines name.
  public let id: RuleID = .methodNamedNotEvidenced
  /// A warning: `method:` queries miss the claim.
  public let defaultSeverity = Severity.warning
  /// What `claimgraph rules` lists beside the id.
  public let summary =
    "A claim's quote names a method that none of its citations or stated evidence carries."
  /// What `claimgraph lint --explain` prints: why it matters and how to fix it.
  public let explanation = """
    When the sentence that states a claim names how it was shown ("PET studies", \
    "blocked by the opioid antagonist naloxone"), `claimgraph query method:…` should \
    find the claim. The rule reports a method whose entity name or alias occurs, as whole \
    words, in the claim's own quote while none of the claim's evidence carries it: neither \
    a citation (its `methods:`, or its source's when it lists none) nor the claim's own \
    `evidence:` (what its sentence describes without naming a study). Add the method to \
    the citation that reports it; when the sentence describes the method but names no \
    study, add `evidence: [{method: …, quote: "…"}]` to the claim, quoting the words that \
    describe it. A method the claim is `about:` is its subject, not its \
    evidence, and is not reported. If the alias matched words that do not name the method, \
    make the alias more precise (see `method-alias-not-named`); otherwise suppress the \
    finding with a reason.
    """

  /// Creates the rule.
  public init() {}

  /// Reports each named but uncarried method, at the claim.
  ///
  /// - Complexity: linear in the quotes and the methods' names: a quote is compared only
  ///   with the methods whose names' rarest word it holds, and each quote's comparison
  ///   forms are built once (`TextNormalization.WordSearch`).
  public func check(_ context: ValidationContext) -> [Diagnostic] {
    let graph = context.graph
    let methods = graph.entities.filter { $0.kind == .method }
    guard !methods.isEmpty else { return [] }
    let names = methods.map { [$0.name] + $0.aliases }
    let searchNames = names.map { $0.map(TextNormalization.SearchWord.init) }
    let index = WordIndex(names)
    return graph.claims.flatMap { claim -> [Diagnostic] in
      guard !claim.quotes.isEmpty, graph.grounding(of: claim) != nil else { return [] }
      let candidates = index.candidates(in: claim.quotes.map(\.exact))
      guard !candidates.isEmpty else { return [] }
      let carried = Set(claim.citations.flatMap(graph.methods(of:)) + claim.evidence.map(\.method))
      let quotes = claim.quotes.map { TextNormalization.WordSearch($0.exact) }
      return candidates.compactMap { offset in
        let method = methods[offset]
        guard !carried.contains(method.id), !claim.about.contains(method.id) else { return nil }
        let named = searchNames[offset].first { name in quotes.contains { $0.contains(name) } }?
          .word
        guard let named else { return nil }
        return finding(
          "claim '\(claim.id)' names method '\(method.id)' (\"\(named)\") in its quote, but "
            + "none of its citations carries it; add it to the citation that reports it (or "
            + "as `evidence:` when the sentence names no study), or make the alias more "
            + "precise",
          node: claim.id, in: context)
      }
    }
  }

  /// The methods (by offset) whose names might occur in a text: each name is filed under
  /// the rarest of its words (`TextNormalization.wordRuns(of:)`, the number in
  /// "Meta-analysis 12" rather than "meta"), which every text holding the name holds.
  private struct WordIndex {
    /// The methods by word, in comparison form, by whether case was folded.
    private var byWord: [Bool: [String: [Int]]] = [false: [:], true: [:]]
    /// The methods with a name holding no letter or digit: always candidates.
    private var always: [Int] = []

    init(_ names: [[String]]) {
      let runs = names.map { $0.map(TextNormalization.wordRuns(of:)) }
      var frequency: [Bool: [Substring: Int]] = [false: [:], true: [:]]
      for (words, folding) in runs.joined() {
        for word in Set(words) { frequency[folding]![word, default: 0] += 1 }
      }
      for (offset, names) in runs.enumerated() {
        for (words, folding) in names {
          let counts = frequency[folding]!
          // The rarest word, the first of equally rare ones.
          guard let rarest = words.min(by: { counts[$0]! < counts[$1]! }) else {
            always.append(offset)
            continue
          }
          byWord[folding]![String(rarest), default: []].append(offset)
        }
      }
    }

    /// The candidates for some texts, in method order, each once.
    func candidates(in texts: [String]) -> [Int] {
      var found = Set(always)
      for (folding, words) in byWord where !words.isEmpty {
        for text in texts {
          for run in TextNormalization.wordRuns(of: text, foldingCase: folding) {
            if let offsets = words[String(run)] { found.formUnion(offsets) }
          }
        }
      }
      return found.sorted()
    }
  }
}
