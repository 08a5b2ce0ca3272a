extension KnowledgeGraph {
  /// Notes on a query's names that match nothing in this graph, with a did-you-mean
  /// where one is close: `no method is named 'pte'; did you mean 'pet'?`.
  ///
  /// A query with such a name is still valid (it simply matches no claim through that
  /// term); the notes help a person spot a typo.
  public func notes(for query: Query) -> [String] {
    var notes: [String] = []
    var seen = Set<String>()
    collectNotes(query, into: &notes, seen: &seen)
    return notes
  }

  private func collectNotes(_ query: Query, into notes: inout [String], seen: inout Set<String>) {
    switch query {
    case .not(let inner): collectNotes(inner, into: &notes, seen: &seen)
    case .and(let queries), .or(let queries):
      for inner in queries { collectNotes(inner, into: &notes, seen: &seen) }
    case .term(let term):
      if let note = note(for: term), seen.insert(note).inserted { notes.append(note) }
    }
  }

  private func note(for term: QueryTerm) -> String? {
    let evaluator = QueryEvaluator(graph: self)
    func entityNote(_ name: String, kinds: [NodeKind], what: String) -> String? {
      guard evaluator.entities(named: name, kinds: kinds).isEmpty else { return nil }
      let candidates = entities.filter { kinds.contains($0.kind) }.flatMap { entity in
        [entity.id.rawValue, entity.name] + entity.aliases
      }
      return "no \(what) is named '\(name)'\(Suggestion.hint(for: name, in: candidates))"
    }
    switch term {
    case .method(let name), .onlyMethod(let name):
      return entityNote(name, kinds: [.method], what: "method")
    case .about(let name):
      return entityNote(name, kinds: NodeKind.entityKinds, what: "entity")
    case .entity(let kind, let name):
      return entityNote(name, kinds: [kind], what: kind.rawValue)
    case .source(let name):
      guard evaluator.sources(named: name).isEmpty else { return nil }
      let candidates = sources.flatMap { [$0.id.rawValue, $0.shortLabel] }
      return "no source is named '\(name)'\(Suggestion.hint(for: name, in: candidates))"
    case .section(let name):
      let ids = evaluator.sectionIDs(named: name)
      guard !sections.contains(where: { ids.contains($0.id) }),
        !claims.contains(where: { $0.section.map(ids.contains) ?? false })
      else { return nil }
      let candidates = sections.flatMap { [$0.id, $0.title] }
      return "no section is named '\(name)'\(Suggestion.hint(for: name, in: candidates))"
    case .text, .strength, .sourceType, .stance, .cited, .listed, .year:
      return nil
    }
  }
}
