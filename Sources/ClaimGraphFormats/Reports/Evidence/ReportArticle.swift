import ClaimGraph

/// The report's centre: the article's text in reading order, each passage that claims
/// state marked by their strength and backing, with a popup of its claims.
enum ReportArticle {
  /// The section `#article`: a key, then the article by section, or a sentence saying
  /// there is no text.
  static func html(_ context: ReportContext) -> String {
    var html = "<section id=\"article\" aria-labelledby=\"article-h\">\n"
    html += "<h2 id=\"article-h\">The article, annotated</h2>\n"
    guard let annotation = context.annotation else {
      html += "<p>This graph has no article text (no <code>text:</code> under "
      html += "<code>article:</code>), so there is no passage to annotate; the tables, "
      html += "findings, sources and pictures below are built from the graph alone.</p>\n"
      return html + "</section>\n"
    }
    html += key
    var writer = Writer(context: context, annotation: annotation)
    writer.write(annotation.blocks)
    return html + writer.html + "</section>\n"
  }

  /// How to read the marks, each shown as it appears in the text.
  private static let key = """
    <div class="key">
    <p>Each passage that states a claim is marked by the claim's strength; hover over it \
    or move to it with the Tab key to see its claims, their citations and any lint \
    finding (Escape hides it). A passage stating several claims is marked by the weakest.</p>
    <ul>
    <li><mark class="p s-established sample">established</mark> solid line</li>
    <li><mark class="p s-uncertain sample">uncertain</mark> dashed line</li>
    <li><mark class="p s-refuted sample">refuted (a myth)</mark> dotted line</li>
    <li><mark class="p s-established sample">passage<span class="sign" aria-hidden="true">◇\
    </span></mark> rests only on studies the reference list lacks</li>
    <li><mark class="p s-established sample">passage<span class="sign" aria-hidden="true">∅\
    </span></mark> no source backs it (no sign: a listed source does)</li>
    <li><a class="invokes" href="#sources">underlined words</a> invoke a study (a link to it \
    among the sources)</li>
    <li><span class="uncovered">dotted outline</span>: a factual sentence no claim states</li>
    </ul>
    </ul>
    </div>

    """

  /// Writes blocks, opening a part per section heading and a list per run of bullets.
  private struct Writer {
    let context: ReportContext
    let annotation: AnnotatedArticle
    var html = ""
    private var passages = 0
    private var anchored = Set<NodeID>()
    private var headings = Set<String>()
    private var inPart = false
    private var inList = false

    init(context: ReportContext, annotation: AnnotatedArticle) {
      self.context = context
      self.annotation = annotation
    }

    mutating func write(_ blocks: [AnnotatedArticle.Block]) {
      for block in blocks {
        if block.kind != .bullet, inList {
          html += "</ul>\n"
          inList = false
        }
        switch block.kind {
        case .title:
          html += "<p class=\"title\">\(runs(block))</p>\n"
        case .heading:
          if inPart { html += "</section>\n" }
          inPart = true
          writeHeading(block)
        case .paragraph:
          html += "<p>\(runs(block))</p>\n"
        case .bullet:
          if !inList { html += "<ul>\n" }
          inList = true
          html += "<li>\(runs(block))</li>\n"
        }
      }
      if inList { html += "</ul>\n" }
      if inPart { html += "</section>\n" }
    }

    private mutating func writeHeading(_ block: AnnotatedArticle.Block) {
      var id = block.section.map(context.anchor(ofSection:)) ?? "line-\(block.line)"
      if !headings.insert(id).inserted { id = "line-\(block.line)" }
      html += "<section class=\"part\" aria-labelledby=\"\(id)\">\n"
      html += "<h3 id=\"\(id)\">\(runs(block))</h3>\n"
      guard let section = block.section,
        let covered = context.coverage?.sections.first(where: { $0.section == section }),
        covered.factual > 0
      else { return }
      html += "<p class=\"coverage\">Covered: \(covered.covered) of "
      html += ReportContext.count(covered.factual, "factual sentence")
      html += " (\(covered.shareText))"
      if !covered.uncovered.isEmpty {
        html += "; the \(ReportContext.count(covered.uncovered.count, "sentence")) no claim "
        html += "states \(covered.uncovered.count == 1 ? "is" : "are") left plain, "
        html += "with a dotted outline"
      }
      html += ".</p>\n"
    }

    private mutating func runs(_ block: AnnotatedArticle.Block) -> String {
      var html = ""
      // Overlapping quotes cut one stretch of marked text into several runs; the sign of
      // the weakest backing goes once, at the stretch's end.
      var stretch: ClaimBacking?
      for (index, run) in block.runs.enumerated() {
        let words = annotation.text(of: run)
        let text = Escaping.html(words)
        // A link must have words to read: a space between two passages stays plain.
        let kind = run.claims.isEmpty && words.allSatisfy(\.isWhitespace) ? .plain : run.kind
        switch kind {
        case .plain: html += text
        case .uncovered: html += "<span class=\"uncovered\">\(text)</span>"
        case .unclaimed: html += "<span class=\"unclaimed\">\(text)</span>"
        case .reference(let source):
          html += "<a class=\"ref\" href=\"#\(context.anchor(ofSource: source))\">\(text)</a>"
        case .citation(let sources):
          html += "<a class=\"invokes\" href=\"#\(context.anchor(ofSource: sources[0]))\">"
          html += "\(text)</a>"
        case .passage(let ids):
          let claims = ids.compactMap(context.graph.claim)
          let backing = claims.map(context.graph.backing(of:)).min()
          stretch = [stretch, backing].compactMap { $0 }.min()
          let next = block.runs.dropFirst(index + 1).first
          let continues = next.map { !$0.claims.isEmpty } ?? false
          html += passage(text, claims: claims, sign: continues ? nil : stretch)
          if !continues { stretch = nil }
        }
      }
      return html
    }

    /// A marked passage: focusable, with its popup inside (so hovering over the popup
    /// keeps it open), an anchor for each claim whose first passage it is, and the sign of
    /// `sign`'s backing, if any.
    private mutating func passage(_ text: String, claims: [Claim], sign: ClaimBacking?)
      -> String
    {
      guard let strength = claims.map(\.strength).min(),
        let backing = claims.map(context.graph.backing(of:)).min()
      else { return text }
      passages += 1
      let id = "p\(passages)"
      var html = "<mark class=\"p s-\(strength.rawValue) b-\(backing.rawValue)\" id=\"\(id)\" "
      html += "tabindex=\"0\" aria-describedby=\"\(id)-pop\">"
      for claim in claims where anchored.insert(claim.id).inserted {
        html += "<span class=\"anchor\" id=\"\(context.anchor(ofClaim: claim.id))\"></span>"
      }
      html += text
      if let sign, let mark = ReportContext.backingSign(sign) {
        html += "<span class=\"sign\" role=\"img\" aria-label=\""
        html += ReportContext.backingText(sign) + "\">\(mark)</span>"
      }
      html += ReportPopup.html(id: "\(id)-pop", claims: claims, context: context)
      return html + "</mark>"
    }
  }
}
