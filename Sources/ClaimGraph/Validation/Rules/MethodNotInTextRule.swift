/// Reports citations whose evidence method the article does not name for the claim.
public struct MethodNotInTextRule: GraphRule {
  /// The id its findings carry, and that configurations, suppressions and baselines name.
  public let id: RuleID = .methodNotInText
  /// The claim would "rest on" a method the article never ties to it.
  public let defaultSeverity = Severity.warning
  /// What `claimgraph rules` lists beside the id.
  public let summary =
    "A citation's (or stated evidence's) method is named neither in its quote, the claim's, "
    + "nor the source's title."
  /// What `claimgraph lint --explain` prints: why it matters and how to fix it.
  public let explanation = """
    `claimgraph query method:pet` finds the claims whose citations use PET, so a method on \
    a citation is a statement that the article ties the claim to that kind of evidence. \
    The method must be named, by its entity's `name` or one of its `aliases` (whole \
    words; an alias in capitals such as PET matches only in capitals), in the citation's \
    quote, the claim's quote or the cited source's title. A citation without `methods:` \
    uses its source's methods, so an unnamed method of the source is reported too. If the \
    text names the method in other words, add them as an alias of the method; if it names \
    none, write `methods: []` on the citation. The same holds for a claim's `evidence:` \
    (what its sentence describes without naming a study): its method must be named in its \
    quote or the claim's. Inferred citations and graphs without an article text are not \
    checked.
    """

  /// Creates the rule.
  public init() {}

  /// Reports each unnamed method, at the method in the citation (or at the citation when
  /// the method comes from the source).
  public func check(_ context: ValidationContext) -> [Diagnostic] {
    let graph = context.graph
    return graph.claims.flatMap { claim -> [Diagnostic] in
      guard graph.grounding(of: claim) != nil else { return [] }
      let stated = claim.evidence.enumerated().compactMap { offset, stated -> Diagnostic? in
        guard let entity = graph.entity(stated.method), entity.kind == .method else { return nil }
        let texts = stated.quotes.map(\.exact) + claim.quotes.map(\.exact)
        guard !Self.names(entity, in: texts) else { return nil }
        return finding(
          "claim '\(claim.id)' states evidence of method '\(stated.method)', but neither its "
            + "quote nor the claim's names it; quote the words that describe it, or add "
            + "them as an alias of '\(stated.method)'",
          node: claim.id, field: "evidence[\(offset)].method", in: context)
      }
      return stated
        + claim.citations.enumerated().flatMap { offset, citation -> [Diagnostic] in
          guard !citation.isInferred else { return [] }
          let texts =
            citation.quotes.map(\.exact) + claim.quotes.map(\.exact)
            + [graph.source(citation.source)?.title].compactMap { $0 }
          return graph.methods(of: citation).enumerated().compactMap { index, method in
            guard let entity = graph.entity(method), entity.kind == .method else { return nil }
            guard !Self.names(entity, in: texts) else { return nil }
            let inherited = citation.methods == nil
            return finding(
              "claim '\(claim.id)' cites '\(citation.source)' for method '\(method)'"
                + (inherited ? " (the source's)" : "")
                + ", but neither the citation's quote, the claim's quote nor the source's title "
                + "names it; quote the passage that does, add the wording as an alias of "
                + "'\(method)', or write `methods: []`",
              node: claim.id,
              field: inherited ? "citations[\(offset)]" : "citations[\(offset)].methods[\(index)]",
              in: context)
          }
        }
    }
  }

  /// Whether one of the texts names the method, by its name or an alias (whole words).
  private static func names(_ method: Entity, in texts: [String]) -> Bool {
    let names = [method.name] + method.aliases
    return texts.contains { text in
      let search = TextNormalization.WordSearch(text)
      return names.contains { search.contains($0) }
    }
  }
}
