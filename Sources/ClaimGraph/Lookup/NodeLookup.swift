/// Resolves what a person types — an id, a name, an alias, "Boecker 2008", a prefix — to
/// the nodes and sections of a graph, with a did-you-mean when nothing matches.
///
/// One look-up for every command that takes names (`show`, `path`, `query`'s fields), so
/// that a name that works in one works in all. Matching goes from the most to the least
/// exact, and stops at the first way that finds something:
///
/// 1. **id**: the exact id, then the id ignoring case;
/// 2. **name**: an entity's name or alias, a source's short label (`Boecker et al. 2008`),
///    title, DOI or PMID, a section's title — ignoring case;
/// 3. **author** (sources): family names and an optional year, from the article's author
///    strings (`Boecker et al.`) and the enrichment's (`Boecker H`): `boecker`,
///    `Boecker 2008`, `Machin & Dunbar 2011`, `dunbar`;
/// 4. **prefix** (when looking only among sources): the start of an id or label, at least
///    three characters (`kenn` finds `kennedy-2006`).
///
/// A trailing `*` asks for a prefix of any id, name, alias or label in scope (`opioid*`);
/// `*` alone is everything in scope.
///
/// ```swift
/// let lookup = NodeLookup(graph: graph)
/// lookup.resolve("boecker", in: .sources).targets   // [.node("boecker-2008")]
/// lookup.resolve("pte", in: .kind(.method)).hint     // "; did you mean 'pet'?"
/// ```
public struct NodeLookup: Sendable {
  /// The graph names are resolved in.
  public let graph: KnowledgeGraph

  /// Creates a look-up over a graph.
  public init(graph: KnowledgeGraph) { self.graph = graph }

  /// Where to look: some kinds of node, and perhaps the sections.
  public struct Scope: Hashable, Sendable {
    /// The kinds of node to consider.
    public var kinds: Set<NodeKind>
    /// Whether the article's sections are considered too.
    public var includesSections: Bool

    /// Creates a scope.
    public init(kinds: Set<NodeKind>, includesSections: Bool = false) {
      self.kinds = kinds
      self.includesSections = includesSections
    }

    /// Every node and every section.
    public static let everything = Scope(kinds: Set(NodeKind.allCases), includesSections: true)
    /// Entities of every kind.
    public static let entities = Scope(kinds: Set(NodeKind.entityKinds))
    /// Sources.
    public static let sources = Scope(kinds: [.source])
    /// Claims.
    public static let claims = Scope(kinds: [.claim])
    /// The article's sections.
    public static let sections = Scope(kinds: [], includesSections: true)

    /// Nodes of one kind.
    public static func kind(_ kind: NodeKind) -> Scope { Scope(kinds: [kind]) }

    /// How the scope is named in messages: `method`, `entity`, `source`, `node or section`.
    public var noun: String {
      if includesSections { return kinds.isEmpty ? "section" : "node or section" }
      if kinds.count == 1, let kind = kinds.first { return kind.rawValue }
      if kinds == Set(NodeKind.entityKinds) { return "entity" }
      if kinds == Set(NodeKind.entityKinds).union([.source]) { return "entity or source" }
      return "node"
    }
  }

  /// How a name matched.
  public enum Match: Int, Hashable, Sendable, Comparable {
    /// By id.
    case id
    /// By name, alias, label, title, DOI or PMID.
    case name
    /// By authors' family names (and year).
    case author
    /// By the start of an id, name or label.
    case prefix

    /// Orders matches from the most exact.
    public static func < (lhs: Match, rhs: Match) -> Bool { lhs.rawValue < rhs.rawValue }
  }

  /// What a name resolved to.
  public struct Resolution: Hashable, Sendable {
    /// The text that was looked up.
    public let text: String
    /// What it names, in the graph's order; empty when nothing matched.
    public let targets: [LookupTarget]
    /// How it matched, when it did.
    public let match: Match?
    /// The closest id or name in scope, when nothing matched and one is close.
    public let suggestion: String?
    /// What the text names outside the scope (`exercise` looked up as a method finds the
    /// intervention), when nothing matched inside it.
    public let elsewhere: [LookupTarget]

    /// `"; did you mean 'x'?"`, or the empty string.
    public var hint: String { suggestion.map { "; did you mean '\($0)'?" } ?? "" }

    /// The node ids among the targets.
    public var nodeIDs: [NodeID] { targets.compactMap(\.nodeID) }
  }

  /// Resolves a name within a scope.
  public func resolve(_ text: String, in scope: Scope = .everything) -> Resolution {
    if let found = targets(for: text, in: scope) {
      return Resolution(
        text: text, targets: found.targets, match: found.match, suggestion: nil, elsewhere: [])
    }
    let elsewhere = scope == .everything ? [] : targets(for: text, in: .everything)?.targets ?? []
    return Resolution(
      text: text, targets: [], match: nil,
      suggestion: Suggestion.closest(to: text, in: candidates(in: scope)), elsewhere: elsewhere)
  }

  /// The sources by an author: every word of `text` is a word of one of their authors'
  /// family names (``Source/authorFamilyNames``), ignoring case; a trailing `*` makes the
  /// last word a prefix (`boeck*`).
  public func sources(byAuthor text: String) -> [NodeID] {
    let prefix = text.hasSuffix("*")
    let words = Self.words(prefix ? String(text.dropLast()) : text)
    guard !words.isEmpty else { return prefix ? graph.sources.map(\.id) : [] }
    return graph.sources.filter { source in
      let authors = Set(source.authorFamilyNames.flatMap(Self.words))
      return words.enumerated().allSatisfy { offset, word in
        prefix && offset == words.count - 1
          ? authors.contains { $0.hasPrefix(word) } : authors.contains(word)
      }
    }.map(\.id)
  }

  /// A message for a name that resolved to nothing: what was looked for, the closest name,
  /// and what kind of thing the name does name, if any.
  public func problem(_ resolution: Resolution, in scope: Scope) -> String {
    var message = "no \(scope.noun) is named '\(resolution.text)'"
    let kinds = resolution.elsewhere.map(describeKind)
    if let kind = kinds.first {
      message += "; '\(resolution.text)' is \(Self.article(kind)) \(kind)"
    } else {
      message += resolution.hint
    }
    return message
  }

  private func describeKind(_ target: LookupTarget) -> String {
    switch target {
    case .node(let id): graph.kind(of: id)?.rawValue ?? "node"
    case .section: "section"
    }
  }

  private static func article(_ noun: String) -> String {
    "aeiou".contains(noun.first ?? "x") ? "an" : "a"
  }

  // MARK: - Matching

  private func targets(for text: String, in scope: Scope) -> (
    targets: [LookupTarget], match: Match
  )? {
    if text.hasSuffix("*") {
      let stem = String(text.dropLast()).lowercased()
      let found = everyTarget(in: scope).filter { target in
        stem.isEmpty || names(of: target).contains { $0.lowercased().hasPrefix(stem) }
      }
      return found.isEmpty ? nil : (found, .prefix)
    }
    if let exact = exactID(text, in: scope) { return ([exact], .id) }
    let needle = text.lowercased()
    let comparable = Self.comparable(text)
    let ways: [(Match, (LookupTarget) -> Bool)] = [
      (.id, { $0.description.lowercased() == needle }),
      (.name, { self.isNamed($0, needle) }),
      (.name, { self.names(of: $0).contains { Self.comparable($0) == comparable } }),
      (.author, { self.isByAuthors($0, text) }),
      (.prefix, { self.startsWith($0, needle, scope: scope) }),
    ]
    let all = everyTarget(in: scope)
    for (match, test) in ways {
      let found = all.filter(test)
      if !found.isEmpty { return (found, match) }
    }
    return nil
  }

  private func exactID(_ text: String, in scope: Scope) -> LookupTarget? {
    if let kind = graph.kind(of: NodeID(text)), scope.kinds.contains(kind) {
      return .node(NodeID(text))
    }
    if scope.includesSections, graph.section(text) != nil { return .section(text) }
    return nil
  }

  /// Every target in scope, in the graph's order: sections, then claims, sources, entities.
  private func everyTarget(in scope: Scope) -> [LookupTarget] {
    var targets: [LookupTarget] = []
    if scope.includesSections { targets += graph.sections.map { .section($0.id) } }
    if scope.kinds.contains(.claim) { targets += graph.claims.map { .node($0.id) } }
    if scope.kinds.contains(.source) { targets += graph.sources.map { .node($0.id) } }
    targets += graph.entities.filter { scope.kinds.contains($0.kind) }.map { .node($0.id) }
    return targets
  }

  /// The ids and names a target answers to (for prefixes and suggestions).
  private func names(of target: LookupTarget) -> [String] {
    switch target {
    case .section(let id): return [id] + (graph.section(id).map { [$0.title] } ?? [])
    case .node(let id):
      switch graph.node(id) {
      case .entity(let entity): return [entity.id.rawValue, entity.name] + entity.aliases
      case .source(let source): return [source.id.rawValue, source.shortLabel, source.title]
      case .article(let article): return [id.rawValue, article.title]
      case .claim, nil: return [id.rawValue]
      }
    }
  }

  private func isNamed(_ target: LookupTarget, _ needle: String) -> Bool {
    switch target {
    case .section(let id): return graph.section(id)?.title.lowercased() == needle
    case .node(let id):
      switch graph.node(id) {
      case .entity(let entity): return entity.isNamed(needle)
      case .source(let source):
        return [source.shortLabel, source.title].contains { $0.lowercased() == needle }
          || Self.isIdentifier(of: source, needle)
      case .article(let article): return article.title.lowercased() == needle
      case .claim, nil: return false
      }
    }
  }

  /// A name in the comparison form of quotes, lower-cased (`β-Endorphin` and
  /// `beta‐endorphin` are both `beta-endorphin`).
  private static func comparable(_ name: String) -> String {
    TextNormalization.comparable(name.lowercased(), foldingCase: true)
  }

  /// Whether a lower-cased name is one of a source's DOIs or PMIDs, those the article
  /// gives and those added from outside it (`enrichment:`); a DOI may be written
  /// `doi:10.…` or `https://doi.org/10.…`, a PMID `pmid:…`.
  private static func isIdentifier(of source: Source, _ needle: String) -> Bool {
    var name = Substring(needle)
    for prefix in ["https://doi.org/", "http://doi.org/", "https://dx.doi.org/", "doi:", "pmid:"]
    where name.hasPrefix(prefix) {
      name = name.dropFirst(prefix.count)
      break
    }
    let identifiers = [
      source.doi, source.pmid, source.enrichment?.doi, source.enrichment?.pmid,
    ]
    return identifiers.contains { $0?.lowercased() == String(name) }
  }

  /// `boecker`, `Boecker 2008`, `Boecker et al. (2008)`, `Machin & Dunbar 2011`: every
  /// name is a word of an author's family name, and the year, if given, is the source's.
  private func isByAuthors(_ target: LookupTarget, _ text: String) -> Bool {
    guard case .node(let id) = target, let source = graph.source(id) else { return false }
    var words = Self.words(text).filter { !["et", "al", "and"].contains($0) }
    var year: Int?
    if let last = words.last, last.count == 4, let number = Int(last) {
      year = number
      words.removeLast()
    }
    guard !words.isEmpty, year == nil || source.year == year else { return false }
    let authorWords = Set(source.authorFamilyNames.flatMap(Self.words))
    return words.allSatisfy(authorWords.contains)
  }

  private func startsWith(_ target: LookupTarget, _ needle: String, scope: Scope) -> Bool {
    guard needle.count >= 3, scope == .sources, case .node(let id) = target,
      let source = graph.source(id)
    else { return false }
    return source.id.rawValue.lowercased().hasPrefix(needle)
      || source.shortLabel.lowercased().hasPrefix(needle)
  }

  /// Lower-case runs of letters and digits.
  static func words(_ text: String) -> [String] {
    text.lowercased().split { !$0.isLetter && !$0.isNumber }.map(String.init)
  }

  /// What a misspelt name may have meant: ids and names in scope.
  private func candidates(in scope: Scope) -> [String] {
    var candidates: [String] = []
    if scope.includesSections { candidates += graph.sections.flatMap { [$0.id, $0.title] } }
    if scope.kinds.contains(.claim) { candidates += graph.claims.map(\.id.rawValue) }
    if scope.kinds.contains(.source) {
      candidates += graph.sources.flatMap { [$0.id.rawValue, $0.shortLabel] }
      candidates += graph.sources.flatMap(\.authorFamilyNames)
    }
    candidates += graph.entities.filter { scope.kinds.contains($0.kind) }.flatMap {
      [$0.id.rawValue, $0.name] + $0.aliases
    }
    return candidates
  }
}

extension Source {
  /// The family names of the authors as the article gives them (`Boecker et al.` →
  /// `Boecker`) and as the enrichment gives them (`Boecker H` → `Boecker`), in that order.
  public var authorFamilyNames: [String] {
    familyNames + (enrichment?.authors ?? []).map(Self.familyName(of:))
  }
}
