/// Reports sources with missing or malformed bibliographic data.
///
/// What is required depends on whether the article's reference list includes the source:
///
/// - A **listed** source needs a type and a title (errors) and authors and a year
///   (warnings), since a reader must be able to find it.
/// - An **unlisted** source is a study the text only alludes to ("PET studies confirm…"):
///   its authors and year are often unknown, so they are not required. It should instead
///   say what the text says of it (`mentioned_as`, a warning when absent).
/// - For **every** source, data that is present must be well-formed: a DOI of the form
///   `10.NNNN/suffix` without a resolver prefix, a PMID of digits only, a year no later
///   than ``ValidationContext/currentYear`` (errors).
public struct SourceMetadataRule: GraphRule {
  /// The id its findings carry, and that configurations, suppressions and baselines name.
  public let id: RuleID = .sourceMetadata
  /// Malformed data is an error; findings about missing authors, year or `mentioned_as`
  /// are warnings.
  public let defaultSeverity = Severity.error
  /// What `claimgraph rules` lists beside the id.
  public let summary =
    "A source is missing type, authors, year or title, or has a malformed DOI, PMID or year."
  /// What `claimgraph lint --explain` prints: why it matters and how to fix it.
  public let explanation = """
    Listed sources must carry enough to be found: a type and a title (errors when \
    missing), authors and a year (warnings). Unlisted sources (`listed: false`) are \
    studies the text only alludes to, so authors and year are not required; they should \
    say what the text says of them in `mentioned_as` (a warning when missing). For every \
    source, a DOI must look like `10.1093/cercor/bhn013` (no `https://doi.org/` prefix), a \
    PMID must be digits only, and the year must not be in the future. Never invent a DOI: \
    leave it out when unsure.
    """

  /// Creates the rule.
  public init() {}

  /// Reports each problem of each source, at the field concerned.
  public func check(_ context: ValidationContext) -> [Diagnostic] {
    context.graph.sources.flatMap { problems(of: $0, in: context) }
  }

  private func problems(of source: Source, in context: ValidationContext) -> [Diagnostic] {
    var found: [Diagnostic] = []
    func report(_ message: String, field: String? = nil, severity: Severity = .error) {
      var diagnostic = finding(
        "source '\(source.id)' \(message)", node: source.id, field: field, in: context)
      diagnostic.severity = severity
      found.append(diagnostic)
    }
    if source.isListed {
      if source.type == nil { report("has no type") }
      if source.title.allSatisfy(\.isWhitespace) { report("has no title", field: "title") }
      if source.authors.isEmpty { report("names no authors", severity: .warning) }
      if source.year == nil { report("has no year", severity: .warning) }
    } else if source.mentionedAs?.allSatisfy(\.isWhitespace) ?? true {
      report(
        "is unlisted but does not say how the article mentions it (add 'mentioned_as')",
        severity: .warning)
    }
    if let doi = source.doi, let problem = Self.doiProblem(doi) {
      report(problem, field: "doi")
    }
    if let pmid = source.pmid, !Self.isPMID(pmid) {
      report("has a malformed PMID '\(pmid)': a PMID is 1 to 8 digits", field: "pmid")
    }
    if let year = source.year, context.currentYear > 0, year > context.currentYear {
      report("has a year in the future (\(year) > \(context.currentYear))", field: "year")
    }
    return found
  }

  /// What is wrong with a DOI, or nil when it is well-formed (`10.` + registrant + `/` +
  /// suffix, without spaces).
  package static func doiProblem(_ doi: String) -> String? {
    let lowered = doi.lowercased()
    let prefixes = ["https://doi.org/", "http://doi.org/", "https://dx.doi.org/", "doi:"]
    if let prefix = prefixes.first(where: lowered.hasPrefix) {
      let bare = doi.dropFirst(prefix.count)
      return "has a DOI with a resolver prefix '\(doi)'; write it bare: '\(bare)'"
    }
    let malformed = "has a malformed DOI '\(doi)': expected '10.' + registrant code + '/' + suffix"
    guard let slash = doi.firstIndex(of: "/") else { return malformed }
    let registrant = doi[..<slash]
    let suffix = doi[doi.index(after: slash)...]
    guard registrant.hasPrefix("10."), registrant.count >= 7,
      registrant.dropFirst(3).allSatisfy({ $0.isASCII && ($0.isNumber || $0 == ".") }),
      !suffix.isEmpty, !suffix.contains(where: { $0.isWhitespace || $0.isNewline })
    else { return malformed }
    return nil
  }

  /// Whether text is a PubMed identifier: 1 to 8 ASCII digits, not starting with 0.
  package static func isPMID(_ text: String) -> Bool {
    (1...8).contains(text.count) && text.allSatisfy { $0.isASCII && $0.isNumber }
      && !text.hasPrefix("0")
  }
}
