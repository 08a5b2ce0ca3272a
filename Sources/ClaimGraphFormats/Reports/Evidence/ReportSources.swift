import ClaimGraph

/// The sources: the reference list, then the studies the text invokes without listing
/// them, each with its bibliography (what the article gives, then what was added from
/// outside it) and the claims that cite it, and how.
enum ReportSources {
  static func html(_ context: ReportContext) -> String {
    var html = "<section id=\"sources\" aria-labelledby=\"sources-h\">\n"
    html += "<h2 id=\"sources-h\">Sources and the claims citing them</h2>\n"
    let sources = ordered(context)
    let parts: [(id: String, title: String, sources: [Source], empty: String)] = [
      (
        "listed", "The reference list", sources.filter(context.isListed),
        "The article lists no source."
      ),
      (
        "unlisted", "Studies the text invokes without listing them",
        sources.filter { !context.isListed($0) }, "The text invokes no study it does not list."
      ),
    ]
    for part in parts {
      html += "<section>\n<h3 id=\"\(part.id)\">\(part.title)</h3>\n"
      if part.sources.isEmpty {
        html += "<p>\(part.empty)</p>\n</section>\n"
        continue
      }
      html += "<ol class=\"sources\">\n"
      for source in part.sources { html += entry(source, context: context) }
      html += "</ol>\n</section>\n"
    }
    return html + "</section>\n"
  }

  /// Sources in the order a reader meets them: where the text quotes them (a listed
  /// source's reference-list entry) or else where the first claim citing them is stated;
  /// sources placed nowhere follow, by id.
  private static func ordered(_ context: ReportContext) -> [Source] {
    func place(_ source: Source) -> Int? {
      guard let grounding = context.grounding else { return nil }
      let quoted = grounding.matches(ofSource: source.id).flatMap(\.spans).map(\.start)
      if let first = quoted.min() { return first }
      return context.claims(citing: source.id).flatMap { grounding.passages(ofClaim: $0.id) }
        .map(\.start).min()
    }
    return context.sources.enumerated().map { ($0, $1, place($1)) }.sorted { lhs, rhs in
      switch (lhs.2, rhs.2) {
      case (let left?, let right?) where left != right: left < right
      case (.some, nil): true
      case (nil, .some): false
      default: lhs.0 < rhs.0
      }
    }.map(\.1)
  }

  private static func entry(_ source: Source, context: ReportContext) -> String {
    var html = "<li id=\"\(context.anchor(ofSource: source.id))\">\n<p class=\"bib\">"
    html += "<cite>\(Escaping.html(source.shortLabel))</cite>"
    if source.shortLabel != source.title { html += " — \(Escaping.html(source.title))" }
    var facts: [String] = []
    if let venue = source.venue { facts.append("<i>\(Escaping.html(venue))</i>") }
    if let year = source.year { facts.append("\(year)") }
    if let type = source.type { facts.append(type.rawValue.replacing("_", with: " ")) }
    if !facts.isEmpty { html += ". " + facts.joined(separator: ", ") }
    html += identifiers(doi: source.doi, pmid: source.pmid, url: source.url)
    html += "</p>\n"
    if let mentioned = source.mentionedAs {
      html += "<p class=\"said\">The text: “\(Escaping.html(mentioned))”</p>\n"
    }
    if let enrichment = source.enrichment, !enrichment.isEmpty {
      var added: [String] = []
      if !enrichment.authors.isEmpty {
        added.append(Escaping.html(enrichment.authors.joined(separator: ", ")))
      }
      if let venue = enrichment.venue { added.append("<i>\(Escaping.html(venue))</i>") }
      if let note = enrichment.note { added.append(Escaping.html(note)) }
      html += "<p class=\"added\"><span class=\"label\">From outside the article:</span> "
      html += added.joined(separator: ". ")
      html += identifiers(doi: enrichment.doi, pmid: enrichment.pmid, url: enrichment.url)
      html += "</p>\n"
    }
    if let note = source.note { html += "<p class=\"note\">\(Escaping.html(note))</p>\n" }
    html += citing(source, context: context)
    return html + "</li>\n"
  }

  /// The claims citing a source: each linked to its passage, with how it cites it; the
  /// claims that cite it only by inferred citations follow apart, never counted as citing.
  private static func citing(_ source: Source, context: ReportContext) -> String {
    // The claims of the page (in a library, of its article) citing the source, those whose
    // citations of it are all inferred apart.
    let claims = context.claims(citing: source.id)
    let made = claims.filter { claim in
      claim.citations.contains { $0.source == source.id && !$0.isInferred }
    }
    let madeIDs = Set(made.map(\.id))
    let citing = (made: made, inferred: claims.filter { !madeIDs.contains($0.id) })
    guard !citing.made.isEmpty || !citing.inferred.isEmpty else {
      return "<p class=\"uncited\">No claim cites it.</p>\n"
    }
    var html = ""
    if citing.made.isEmpty {
      html += "<p class=\"uncited\">No claim cites it as evidence.</p>\n"
    } else {
      html += "<p>Cited by \(ReportContext.count(citing.made.count, "claim")):</p>\n"
      html += claimList(citing.made, source: source, context: context)
    }
    if !citing.inferred.isEmpty {
      html +=
        "<p class=\"inferred\">Inferred, not evidence, for "
        + "\(ReportContext.count(citing.inferred.count, "claim")) (the text does not cite it "
        + "there):</p>\n"
      html += claimList(citing.inferred, source: source, context: context)
    }
    return html
  }

  /// Claims, each linked to its passage, with how it cites a source.
  private static func claimList(_ claims: [Claim], source: Source, context: ReportContext)
    -> String
  {
    var html = "<ul>\n"
    for claim in claims {
      html += "<li>\(context.claimLink(claim.id, text: claim.statement))"
      let items = context.row(claim.id)?.evidence.filter { $0.source == source.id } ?? []
      for item in items {
        let details = item.methods.map(\.name) + [item.stance.rawValue]
        html += " <span class=\"how\">(\(Escaping.html(details.joined(separator: ", "))))"
        if item.isInferred { html += " <em>\(SummaryEvidence.inferredNote)</em>" }
        html += "</span>"
      }
      html += "</li>\n"
    }
    return html + "</ul>\n"
  }

  /// DOI, PMID and web address, each a link only when it is a plain identifier or an
  /// http(s) address (so no `javascript:` or odd text becomes a link).
  private static func identifiers(doi: String?, pmid: String?, url: String?) -> String {
    var html = ""
    if let doi {
      let safe = doi.hasPrefix("10.") && doi.unicodeScalars.allSatisfy(isURLSafe)
      let text = "doi:\(Escaping.html(doi))"
      html += safe ? ". <a href=\"https://doi.org/\(Escaping.html(doi))\">\(text)</a>" : ". \(text)"
    }
    if let pmid {
      let safe = !pmid.isEmpty && pmid.allSatisfy(\.isASCII) && pmid.allSatisfy(\.isNumber)
      let text = "PMID \(Escaping.html(pmid))"
      html +=
        safe ? ". <a href=\"https://pubmed.ncbi.nlm.nih.gov/\(pmid)/\">\(text)</a>" : ". \(text)"
    }
    if let url {
      let safe =
        (url.hasPrefix("https://") || url.hasPrefix("http://"))
        && url.unicodeScalars.allSatisfy(isURLSafe)
      html +=
        safe
        ? ". <a href=\"\(Escaping.html(url))\">\(Escaping.html(url))</a>"
        : ". \(Escaping.html(url))"
    }
    return html
  }

  /// Printable ASCII other than space, quotes, `<`, `>` and backslash.
  private static func isURLSafe(_ scalar: Unicode.Scalar) -> Bool {
    scalar.value > 0x20 && scalar.value < 0x7F && !"\"'<>\\`".unicodeScalars.contains(scalar)
  }
}
