import ClaimGraph
import FuzzSupport

// Any text must either parse or be refused with a QueryError whose column lies within the
// text (or just after it); a parsed query's canonical text must parse back to an equal
// query, and evaluating it on a small graph must not crash.
let graph = try! KnowledgeGraph(
  sections: [Section(id: "s", title: "S")],
  claims: [
    Claim(
      id: "c", statement: "Beta-endorphin binds the μ-opioid receptor.", strength: .uncertain,
      section: "s", about: ["mor"], citations: [Citation(source: "src", methods: ["pet"])])
  ],
  sources: [Source(id: "src", type: .primaryResearch, title: "T", year: 2010)],
  entities: [
    Entity(id: "mor", kind: .receptor, name: "Mu-opioid receptor"),
    Entity(id: "pet", kind: .method, name: "PET"),
  ])

runFuzzer { bytes in
  let text = String(decoding: bytes, as: UTF8.self)
  let query: Query
  do throws(QueryError) {
    query = try Query(parsing: text)
  } catch {
    guard error.column >= 1, error.column <= text.unicodeScalars.count + 1, !error.message.isEmpty
    else {
      fatalError("a query error outside the text: \(error) for \(text.debugDescription)")
    }
    return
  }
  let canonical = query.description
  guard let again = try? Query(parsing: canonical), again == query else {
    fatalError("\(canonical.debugDescription) does not parse back to \(text.debugDescription)")
  }
  _ = graph.claims(matching: query).ids
}
