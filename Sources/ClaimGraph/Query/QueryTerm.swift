/// One condition of a ``Query`` on a claim: a `field:value` pair or free text.
public enum QueryTerm: Hashable, Sendable, CustomStringConvertible {
  /// The statement contains the text, ignoring case; a trailing `*` is ignored, and `*`
  /// alone matches everything.
  case text(String)
  /// The node is one the id names (an exact id, or `prefix*`) (`id:`).
  case id(String)
  /// The claim cites a source by this author: every word a word of an author's family
  /// name (`author:`).
  case author(String)
  /// The claim has this evidence strength (`strength:`).
  case strength(EvidenceStrength)
  /// The claim rests on the method: a supporting citation uses it, on the citation or,
  /// failing that, on the cited source (`method:`).
  case method(String)
  /// The claim has supporting citations and every one of them uses the method
  /// (`only-method:`).
  case onlyMethod(String)
  /// The claim cites the source, named by id, short label (`Boecker 2008`), DOI or PMID
  /// (`source:`).
  case source(String)
  /// The claim cites a source of this type (`source-type:`).
  case sourceType(SourceType)
  /// The name the term looks up in the graph (an entity, method, source, author, section
  /// or id), if it is that kind of term.
  public var name: String? {
    switch self {
    case .method(let name), .onlyMethod(let name), .source(let name), .about(let name),
      .entity(_, let name), .section(let name), .id(let name), .author(let name),
      .article(let name):
      name
    case .text, .strength, .sourceType, .stance, .cited, .listed, .year: nil
    }
  }

  /// The claim is about an entity of any kind with this id, name or alias (`about:`).
  case about(String)
  /// The claim is about an entity of this kind (`region:`, `receptor:`, `condition:`,
  /// `molecule:`, `intervention:`) with this id, name or alias.
  case entity(NodeKind, String)
  /// The claim sits in the section with this id or title (`section:`).
  case section(String)
  /// The claim belongs to the article with this id, or whose title holds these words
  /// (`article:`).
  case article(String)
  /// The claim has a citation with this stance (`stance:`).
  case stance(Stance)
  /// The claim has (`true`) or lacks (`false`) a supporting citation of an existing source
  /// (`cited:yes`, `cited:no`).
  case cited(Bool)
  /// A listed source supports the claim (`listed:yes`), or none does (`listed:no`: the
  /// claim is uncited or rests only on sources the reference list lacks).
  case listed(Bool)
  /// A cited source's year satisfies the constraint (`year:>=2010`, `year:2008..2015`).
  case year(YearConstraint)

  /// The field that introduces the term, or `nil` for free text.
  public var field: QueryField? {
    switch self {
    case .text: nil
    case .id: .id
    case .author: .author
    case .strength: .strength
    case .method: .method
    case .onlyMethod: .onlyMethod
    case .source: .source
    case .sourceType: .sourceType
    case .about: .about
    case .entity(let kind, _): QueryField(entityKind: kind)
    case .section: .section
    case .article: .article
    case .stance: .stance
    case .cited: .cited
    case .listed: .listed
    case .year: .year
    }
  }

  /// The canonical text of the term (`strength:established`, `about:"mu opioid"`).
  public var description: String {
    let value: String
    switch self {
    case .text(let text): return Self.quotedIfNeeded(text)
    case .strength(let strength): value = strength.rawValue
    case .method(let text), .onlyMethod(let text), .source(let text), .about(let text),
      .entity(_, let text), .section(let text), .id(let text), .author(let text),
      .article(let text):
      value = Self.quotedIfNeeded(text)
    case .sourceType(let type): value = type.rawValue
    case .stance(let stance): value = stance.rawValue
    case .cited(let flag), .listed(let flag): value = flag ? "yes" : "no"
    case .year(let constraint): value = constraint.description
    }
    return "\(field?.rawValue ?? ""):\(value)"
  }

  /// The text as written in a query: bare when it reads back as one word, else quoted
  /// with `"` and `\` escaped.
  static func quotedIfNeeded(_ text: String) -> String {
    let isBare =
      !text.isEmpty && !QueryLexer.isOperator(text) && text.unicodeScalars.first != "-"
      && !text.unicodeScalars.contains {
        $0.properties.isWhitespace || "():\"\\".unicodeScalars.contains($0)
      }
    if isBare { return text }
    var quoted = "\"".unicodeScalars
    for scalar in text.unicodeScalars {
      if scalar == "\"" || scalar == "\\" { quoted.append("\\") }
      quoted.append(scalar)
    }
    quoted.append("\"")
    return String(quoted)
  }
}
