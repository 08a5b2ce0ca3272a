import ClaimGraph

/// The popup of a passage: each claim it states with its strength and backing, its
/// citations (source, methods, stance; unlisted and inferred ones marked), the methods its
/// own sentence describes without naming a study, and the lint findings about it.
///
/// It sits inside the passage's `<mark>` in a `<p>`, so it is phrasing content only
/// (spans laid out as blocks by the style sheet); it is the passage's `aria-describedby`
/// description.
enum ReportPopup {
  static func html(id: String, claims: [Claim], context: ReportContext) -> String {
    var html = "<span class=\"pop\" role=\"tooltip\" id=\"\(id)\">"
    for claim in claims {
      let backing = context.graph.backing(of: claim)
      html += "<span class=\"claim\">"
      html += "<span class=\"tags\"><span class=\"tag s-\(claim.strength.rawValue)\">"
      html += "\(claim.strength.rawValue)</span> <span class=\"tag b-\(backing.rawValue)\">"
      html += ReportContext.backingSign(backing).map { $0 + " " } ?? ""
      html += "\(ReportContext.backingText(backing))</span></span>"
      html += "<span class=\"stmt\">\(Escaping.html(claim.statement))</span>"
      html += citations(of: claim, context: context)
      if let row = context.row(claim.id), !row.stated.isEmpty {
        html += "<span class=\"cites stated\">\(Escaping.html(row.statedText))</span>"
      }
      for finding in context.findings(about: claim.id) {
        // An ambiguous quote's finding names every place the quote occurs, and its claim's
        // popup sits on each of them: the popups say so in a line, the findings list gives
        // the places once, so the page grows with the occurrences, not their square.
        let message =
          finding.rule == "quote-ambiguous"
          ? "a quote of this claim occurs in several places; the findings list names them"
          : finding.message
        html += "<span class=\"finding\"><span class=\"sev\">\(finding.severity.rawValue)</span> "
        html += "\(Escaping.html(message)) <span class=\"rule\">["
        html += "\(Escaping.html(finding.rule))]</span></span>"
      }
      html += "<span class=\"cid\">\(Escaping.html(claim.id.rawValue))</span></span>"
    }
    return html + "</span>"
  }

  /// The claim's citations as the summary tables give them.
  private static func citations(of claim: Claim, context: ReportContext) -> String {
    guard let row = context.row(claim.id), !row.evidence.isEmpty else {
      return "<span class=\"cites none\">Cites no source.</span>"
    }
    var html = "<span class=\"cites\">"
    for item in row.evidence {
      html += "<span class=\"cite\"><cite>\(Escaping.html(item.label))</cite>"
      if !item.isListed { html += " <span class=\"unl\">unlisted</span>" }
      let details = item.methods.map(\.name) + [item.stance.rawValue]
      html += " · \(Escaping.html(details.joined(separator: ", ")))"
      if item.isInferred { html += " · <em>\(SummaryEvidence.inferredNote)</em>" }
      html += "</span>"
    }
    return html + "</span>"
  }
}
