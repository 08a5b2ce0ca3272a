/// Reports sources recorded twice: the same DOI, or the same title and year.
public struct DuplicateSourceRule: GraphRule {
  /// The id its findings carry, and that configurations, suppressions and baselines name.
  public let id: RuleID = .duplicateSource
  /// A warning: citations split between two entries for one publication.
  public let defaultSeverity = Severity.warning
  /// What `claimgraph rules` lists beside the id.
  public let summary =
    "Two sources are one study: the same DOI, or the same title (or first author, year and "
    + "opening words of the title)."
  /// What `claimgraph lint --explain` prints: why it matters and how to fix it.
  public let explanation = """
    One publication entered twice splits its citations between two nodes, so queries \
    and counts undercount it — in a library, typically when two articles each add the \
    study they cite. DOIs are compared ignoring case; titles ignoring case, punctuation \
    and spacing; and two sources with the same first author's family name and year whose \
    titles open with the same five words (a subtitle dropped, a word changed at the end) \
    are taken for one study too. Merge the entries: keep one id and point every citation \
    at it.
    """

  /// Creates the rule.
  public init() {}

  /// Reports every source after the first of a group, at its DOI or title.
  public func check(_ context: ValidationContext) -> [Diagnostic] {
    let sources = context.graph.sources
    let locations = sources.map { context.sourceMap.location(of: $0.id) }
    // Sorting positions moves integers, not sources.
    let ordered = sources.indices.sorted { lhs, rhs in
      if locations[lhs] != locations[rhs], let left = locations[lhs], let right = locations[rhs] {
        return left < right
      }
      return sources[lhs].id < sources[rhs].id
    }
    // The first source of each DOI and title, by offset (sources are not copied).
    var byDOI: [String: Int] = [:]
    var byTitle: [String: Int] = [:]
    var byOpening: [String: Int] = [:]
    var found: [Diagnostic] = []
    /// `'first' (at FILE:LINE:COL)`: the other entry, with where it is.
    func other(_ offset: Int) -> String {
      "'\(sources[offset].id)'" + (locations[offset].map { " (at \($0))" } ?? "")
    }
    for offset in ordered {
      let source = sources[offset]
      let id = source.id
      if let doi = source.doi?.lowercased(), !doi.isEmpty {
        if let first = byDOI[doi] {
          found.append(
            finding(
              "source '\(id)' has the same DOI as \(other(first)) (\(doi)); merge them",
              node: id, field: "doi", in: context))
          continue
        }
        byDOI[doi] = offset
      }
      let title = Self.normalized(source.title)
      guard !title.isEmpty else { continue }
      let year = source.year
      let key = "\(title)|\(year.map(String.init) ?? "")"
      if let first = byTitle[key] {
        let andYear = year.map { " and year \($0)" } ?? ""
        found.append(
          finding(
            "source '\(id)' has the same title\(andYear) as \(other(first)); merge them",
            node: id, field: "title", in: context))
        continue
      }
      byTitle[key] = offset
      guard let year, let author = source.authors.first.map(Source.familyName(of:)),
        let opening = Self.opening(source.title)
      else { continue }
      let near = "\(Self.normalized(author))|\(year)|\(opening)"
      if let first = byOpening[near] {
        found.append(
          finding(
            "source '\(id)' has the first author, year and opening words of its title of "
              + "\(other(first)); if they are one study, merge them",
            node: id, field: "title", in: context))
      } else {
        byOpening[near] = offset
      }
    }
    return found
  }

  /// The first five words of a title, normalized and joined; nil for a title of fewer
  /// words (too short to tell one study from another).
  static func opening(_ title: String) -> String? {
    if title.utf8.allSatisfy({ $0 < 0x80 }) { return asciiOpening(title) }
    let words = title.split(whereSeparator: { $0.isWhitespace || $0 == "-" || $0 == ":" })
      .map { normalized(String($0)) }.filter { !$0.isEmpty }
    guard words.count >= 5 else { return nil }
    return words.prefix(5).joined(separator: " ")
  }

  /// ``opening(_:)`` of an ASCII title, read as bytes up to its fifth word: the same words
  /// (a word is kept lowercased, letters and digits only, and dropped when that leaves
  /// nothing), without splitting the whole title into strings.
  ///
  /// With ``normalized(_:)`` on bytes too, this rule cost 291 million instructions of the
  /// 3.7 billion of loading and linting the 10k benchmark catalogue (callgrind) before.
  private static func asciiOpening(_ title: String) -> String? {
    var words: [String] = []
    var word: [UInt8] = []
    for byte in title.utf8 + [UInt8(ascii: " ")] {
      if byte == 0x20 || (0x09...0x0D).contains(byte) || byte == UInt8(ascii: "-")
        || byte == UInt8(ascii: ":")
      {
        guard !word.isEmpty else { continue }
        words.append(String(decoding: word, as: UTF8.self))
        if words.count == 5 { return words.joined(separator: " ") }
        word.removeAll(keepingCapacity: true)
      } else if let kept = asciiAlphanumeric(byte) {
        word.append(kept)
      }
    }
    return nil
  }

  /// A letter (lowercased) or digit, or nil for any other ASCII byte.
  private static func asciiAlphanumeric(_ byte: UInt8) -> UInt8? {
    if (UInt8(ascii: "A")...UInt8(ascii: "Z")).contains(byte) { return byte | 0x20 }
    let isKept =
      (UInt8(ascii: "a")...UInt8(ascii: "z")).contains(byte)
      || (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(byte)
    return isKept ? byte : nil
  }

  /// Lowercased letters and digits only, so punctuation and spacing do not matter.
  static func normalized(_ title: String) -> String {
    if title.utf8.allSatisfy({ $0 < 0x80 }) {
      return String(decoding: title.utf8.compactMap(asciiAlphanumeric), as: UTF8.self)
    }
    return String(
      title.lowercased().unicodeScalars.filter { scalar in
        // ASCII (nearly every title) is decided without the Unicode property tables.
        guard scalar.isASCII else { return scalar.properties.isAlphabetic }
        return ("a"..."z").contains(scalar) || ("A"..."Z").contains(scalar)
          || ("0"..."9").contains(scalar)
      })
  }
}
