import ClaimGraph

/// The word matcher the method rule uses, reached through the rule's observable effect.
package enum TextNormalizationProbe {
  /// Whether the method rule would find `name` in `text`.
  package static func containsWords(_ name: String, in text: String) -> Bool {
    let graph = try? KnowledgeGraph(
      claims: [
        Claim(
          id: "c", statement: "s", strength: .established,
          citations: [Citation(source: "s", methods: ["m"], quotes: [TextQuote(text)])],
          quotes: [TextQuote(text)])
      ],
      sources: [Source(id: "s", type: .other, title: "t")],
      entities: [Entity(id: "m", kind: .method, name: name)],
      text: ArticleText(path: "a.txt", text: text))
    guard let graph else { return false }
    return MethodNotInTextRule().check(ValidationContext(graph: graph, currentYear: 2026)).isEmpty
  }
}
