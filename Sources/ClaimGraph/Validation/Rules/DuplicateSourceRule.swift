/// Reports sources recorded twice: the same DOI, or the same title and year.
public struct DuplicateSourceRule: GraphRule {
  /// The id its findings carry, and that configurations, suppressions and baselines name.
  public let id = "duplicate-source"
  /// A warning: citations split between two entries for one publication.
  public let defaultSeverity = Severity.warning
  /// What `claimgraph rules` lists beside the id.
  public let summary = "Two sources have the same DOI, or the same title and year."
  /// What `claimgraph lint --explain` prints: why it matters and how to fix it.
  public let explanation = """
    One publication entered twice splits its citations between two nodes, so queries \
    and counts undercount it. DOIs are compared ignoring case; titles ignoring case, \
    punctuation and spacing. Merge the entries: keep one id and point every citation at it.
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
    var found: [Diagnostic] = []
    for offset in ordered {
      let id = sources[offset].id
      if let doi = sources[offset].doi?.lowercased(), !doi.isEmpty {
        if let first = byDOI[doi] {
          found.append(
            finding(
              "source '\(id)' has the same DOI as '\(sources[first].id)' (\(doi)); merge them",
              node: id, field: "doi", in: context))
          continue
        }
        byDOI[doi] = offset
      }
      let title = Self.normalized(sources[offset].title)
      guard !title.isEmpty else { continue }
      let year = sources[offset].year
      let key = "\(title)|\(year.map(String.init) ?? "")"
      if let first = byTitle[key] {
        let andYear = year.map { " and year \($0)" } ?? ""
        found.append(
          finding(
            "source '\(id)' has the same title\(andYear) as '\(sources[first].id)'; merge them",
            node: id, field: "title", in: context))
      } else {
        byTitle[key] = offset
      }
    }
    return found
  }

  /// Lowercased letters and digits only, so punctuation and spacing do not matter.
  static func normalized(_ title: String) -> String {
    String(
      title.lowercased().unicodeScalars.filter { scalar in
        // ASCII (nearly every title) is decided without the Unicode property tables.
        guard scalar.isASCII else { return scalar.properties.isAlphabetic }
        return ("a"..."z").contains(scalar) || ("A"..."Z").contains(scalar)
          || ("0"..."9").contains(scalar)
      })
  }
}
