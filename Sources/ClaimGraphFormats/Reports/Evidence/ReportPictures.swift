import ClaimGraph

/// The pictures: each one Graphviz drew, inline, or a sentence saying why it is missing.
enum ReportPictures {
  static func html(_ pictures: [ReportPicture], note: String?) -> String {
    var html = "<section id=\"pictures\" aria-labelledby=\"pictures-h\">\n"
    html += "<h2 id=\"pictures-h\">Pictures</h2>\n"
    let drawn = pictures.filter { $0.svg != nil }
    if drawn.isEmpty {
      html += "<p>\(note.map(Escaping.html) ?? "No picture was drawn for this report.")</p>\n"
      return html + "</section>\n"
    }
    html += "<p>Drawn by Graphviz. Shapes and colours show the kind of each entity (see each "
    html += "picture's legend); a relation's line is solid when the claim asserting it is "
    html += "established, dashed when uncertain and dotted when refuted. Each picture fits "
    html += "the page; tick <i>Full size</i> to read it at full size and scroll.</p>\n"
    if let note { html += "<p>\(Escaping.html(note))</p>\n" }
    for picture in pictures {
      let heading = picture.anchor + "-h"
      let caption = picture.anchor + "-cap"
      html += "<section>\n"
      html += "<h3 id=\"\(heading)\">\(Escaping.html(picture.title))</h3>\n"
      guard let svg = picture.svg.flatMap({ InlineSVG.inline($0, labelledBy: heading) }) else {
        html += "<p>\(notDrawn(picture))</p>\n</section>\n"
        continue
      }
      html += "<figure id=\"\(picture.anchor)\" aria-labelledby=\"\(caption)\">\n"
      html += "<figcaption id=\"\(caption)\">\(Escaping.html(picture.caption))"
      if !picture.unlinked.isEmpty {
        html += " Also touched, in no relation: "
        html += Escaping.html(picture.unlinked.joined(separator: ", ")) + "."
      }
      html += "</figcaption>\n"
      // A checkbox, not a script: fit to the page's width, or full size in a scroll box.
      html += "<input type=\"checkbox\" class=\"full\" id=\"\(picture.anchor)-full\">"
      html += "<label for=\"\(picture.anchor)-full\">Full size</label>\n"
      html += "<div class=\"canvas\" tabindex=\"0\" role=\"region\" "
      html += "aria-labelledby=\"\(heading) \(caption)\">\(svg)</div>\n</figure>\n</section>\n"
    }
    return html + "</section>\n"
  }

  /// Why a picture has no drawing.
  private static func notDrawn(_ picture: ReportPicture) -> String {
    let count = picture.selection.nodeCount
    guard count > 0 else {
      let names = Escaping.html(picture.unlinked.joined(separator: ", "))
      return "No claim here relates two entities, so there is nothing to draw; the claims "
        + "touch \(names)."
    }
    guard picture.isDrawable else {
      return "Not drawn: with \(count) entities it is too large to read; "
        + "<code>claimgraph export --format dot</code> with <code>--kinds</code> or "
        + "<code>--query</code> draws a part of it."
    }
    return "Not drawn: Graphviz did not draw it."
  }
}
