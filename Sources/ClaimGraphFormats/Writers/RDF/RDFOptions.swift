/// How the RDF exports (N-Triples, Turtle) name things: the base every node's IRI starts
/// with, and the language tag of the graph's own prose.
///
/// Node IRIs are `BASE` + the kind + `/` + the percent-encoded id
/// (`https://claimgraph.example/claim/exercise-activates-endorphin-system`); a citation or
/// relation (an edge of the graph) is `BASE` + `edge/` + its encoded edge id. The
/// vocabulary (``vocabularyIRI``) does not move with the base, so saved queries work on
/// every export.
///
/// ```swift
/// let options = try RDFOptions(baseIRI: "https://example.org/endorphins/", language: "en")
/// try NTriplesExporter(options: options).export(graph, to: &sink)
/// ```
public struct RDFOptions: Hashable, Sendable {
  /// The default base, `https://claimgraph.example/`: stable, and under a name reserved
  /// for examples, so it never clashes with a real site.
  public static let defaultBaseIRI = "https://claimgraph.example/"

  /// The `claimgraph:` vocabulary's namespace, the same whatever the base.
  public static let vocabularyIRI = "https://claimgraph.example/vocab#"

  /// The namespace of relation verbs (`relation:binds`), the same whatever the base.
  public static let relationVocabularyIRI = "https://claimgraph.example/vocab/relation#"

  /// The options every command uses unless told otherwise: the default base, English.
  public static let standard = RDFOptions(checkedBaseIRI: defaultBaseIRI, language: "en")

  /// The IRI that every node's IRI starts with; ends with `/` or `#`.
  public let baseIRI: String
  /// The language tag of statements, names, titles and notes (`en`); nil for none.
  public let language: String?

  /// A problem with the options, for a message a person can act on.
  public struct Problem: Error, Hashable, Sendable, CustomStringConvertible {
    /// What is wrong.
    public let description: String
  }

  /// Creates options, checking them.
  ///
  /// - Parameters:
  ///   - baseIRI: an absolute IRI (`scheme:…`) ending with `/` or `#`, without spaces,
  ///     control characters or any of `<>"{}|^`\`.
  ///   - language: a language tag as Turtle accepts it (`en`, `en-GB`, `de-CH-1996`), or
  ///     nil or empty for untagged text.
  /// - Throws: ``Problem`` naming what is wrong.
  public init(baseIRI: String = defaultBaseIRI, language: String? = "en") throws(Problem) {
    if let problem = Self.problem(withBase: baseIRI) { throw Problem(description: problem) }
    let language = language.flatMap { $0.isEmpty ? nil : $0 }
    if let language, !Self.isLanguageTag(language) {
      throw Problem(
        description: "'\(language)' is not a language tag (expected letters and digits in "
          + "hyphen-separated parts, such as en or en-GB)")
    }
    self.init(checkedBaseIRI: baseIRI, language: language)
  }

  private init(checkedBaseIRI: String, language: String?) {
    self.baseIRI = checkedBaseIRI
    self.language = language
  }

  private static func problem(withBase base: String) -> String? {
    func isLetter(_ scalar: Unicode.Scalar) -> Bool {
      ("a"..."z").contains(scalar) || ("A"..."Z").contains(scalar)
    }
    let scalars = Array(base.unicodeScalars)
    let scheme = scalars.prefix { $0 != ":" }
    guard scheme.count < scalars.count, let first = scheme.first, isLetter(first),
      scheme.allSatisfy({
        isLetter($0) || ("0"..."9").contains($0) || "+-.".unicodeScalars.contains($0)
      })
    else {
      return "the base IRI '\(base)' is not absolute: it needs a scheme, as in \(defaultBaseIRI)"
    }
    let forbidden = "<>\"{}|^`\\".unicodeScalars
    if let bad = scalars.first(where: {
      $0.value <= 0x20 || $0.value == 0x7F || forbidden.contains($0)
    }) {
      let shown =
        bad.value <= 0x20 || bad.value == 0x7F
        ? "U+" + String(bad.value, radix: 16, uppercase: true) : "'\(bad)'"
      return "the base IRI '\(base)' holds \(shown), which an IRI cannot"
    }
    guard base.hasSuffix("/") || base.hasSuffix("#") else {
      return "the base IRI '\(base)' must end with '/' or '#', so that ids can follow it"
    }
    return nil
  }

  private static func isLanguageTag(_ tag: String) -> Bool {
    let parts = tag.split(separator: "-", omittingEmptySubsequences: false)
    return parts.enumerated().allSatisfy { offset, part in
      (1...8).contains(part.utf8.count)
        && part.unicodeScalars.allSatisfy { scalar in
          ("a"..."z").contains(scalar) || ("A"..."Z").contains(scalar)
            || (offset > 0 && ("0"..."9").contains(scalar))
        }
    }
  }
}
