/// Lists method aliases that are not names for their method: a review list.
public struct MethodAliasNotNamedRule: GraphRule {
  /// The id its findings carry, and that configurations, suppressions and baselines name.
  public let id: RuleID = .methodAliasNotNamed
  /// A note: a list to review, not a defect.
  public let defaultSeverity = Severity.note
  /// What `claimgraph rules` lists beside the id.
  public let summary = "A method alias is not a name for the method."
  /// What `claimgraph lint --explain` prints: why it matters and how to fix it.
  public let explanation = """
    An alias makes every quote holding it name the method (`method-not-in-text`, \
    `method-named-not-evidenced`), so an alias that describes a finding instead of \
    naming a method ties claims to evidence the text does not give. The rule lists an \
    alias that equals a claim's quote, that holds no word of the method's name or \
    category nor its initials ("blocking opioid receptors" for naloxone blockade), or \
    that holds the name of another, non-method entity which the method's own name does \
    not hold ("isolation of enkephalins"; "naloxone" is fine for naloxone blockade). \
    Words are compared without a final "s"; a name word counts inside a longer alias \
    word ("imaging" in "neuroimaging"). Keep the alias if it is a name after all (suppress \
    the note on the method with a reason), or remove it.
    """

  /// Creates the rule.
  public init() {}

  /// Notes each such alias, at the method.
  public func check(_ context: ValidationContext) -> [Diagnostic] {
    let graph = context.graph
    let methods = graph.entities.filter { $0.kind == .method }
    guard !methods.isEmpty else { return [] }
    let quotes = Set(graph.claims.flatMap { $0.quotes.map { Self.key($0.exact) } })
    let others = graph.entities.filter { $0.kind != .method }.map { ($0.name, Self.words($0.name)) }
    return methods.flatMap { method -> [Diagnostic] in
      let own = Self.words(method.name)
      let known = Set(
        own + Self.words(method.category ?? "")
          + ([method.name] + method.aliases).compactMap(Self.initials))
      return method.aliases.compactMap { alias -> Diagnostic? in
        let words = Self.words(alias)
        let reason: String
        if quotes.contains(Self.key(alias)) {
          reason = "it is a claim's quote"
        } else if !words.contains(where: { word in
          known.contains { $0 == word || ($0.count >= 4 && word.contains($0)) }
            || known.contains { word.count >= 4 && $0.contains(word) }
        }) {
          reason =
            "it holds no word of the name '\(method.name)'"
            + (method.category.map { " or the category '\($0)'" } ?? "")
        } else if let other = others.first(where: { _, name in
          !name.isEmpty && Self.holds(words, name) && !Self.holds(own, name)
        }) {
          reason = "it holds the name of '\(other.0)', which is no method"
        } else {
          return nil
        }
        return finding(
          "method '\(method.id)' has the alias \"\(alias)\", which may not name it: "
            + "\(reason); keep it only if the text uses it as a name for the method",
          node: method.id, in: context)
      }
    }
  }

  /// Whether a run of words holds another run, in order and adjacent.
  private static func holds(_ words: [String], _ part: [String]) -> Bool {
    guard part.count <= words.count else { return false }
    return (0...(words.count - part.count)).contains {
      words[$0..<($0 + part.count)].elementsEqual(part)
    }
  }

  /// A text as compared with quotes: its words, lowercased.
  private static func key(_ text: String) -> String {
    Cues.words(of: text).map(\.text).joined(separator: " ")
  }

  /// The words of a text, lowercased, without a final "s".
  private static func words(_ text: String) -> [String] {
    Cues.words(of: text).map { word in
      word.text.count > 3 && word.text.hasSuffix("s") ? String(word.text.dropLast()) : word.text
    }
  }

  /// The initials of a name of two words or more ("pet" for "Positron emission
  /// tomography"), or nil.
  private static func initials(_ name: String) -> String? {
    let words = Cues.words(of: name)
    guard words.count >= 2 else { return nil }
    return String(words.compactMap(\.text.first))
  }
}
