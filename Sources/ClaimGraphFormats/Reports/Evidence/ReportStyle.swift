import ClaimGraph

/// The report's inline style sheet and script.
enum ReportStyle {
  /// The style sheet.
  ///
  /// Strengths take their colours from ``ExportStyle`` (the exports' colour-blind-safe
  /// palette) and a line style of their own, so no mark relies on colour alone:
  /// established solid, uncertain dashed, refuted dotted, as in the DOT export.
  static let css: String = {
    var strengths = ""
    for strength in EvidenceStrength.allCases {
      strengths += ".s-\(strength.rawValue) { --fill: \(ExportStyle.fill(of: strength).hex); "
      strengths += "--line: \(ExportStyle.ink(of: strength).hex); }\n"
    }
    return base + strengths + marks + printing
  }()

  private static let base = """
    :root { color-scheme: light; --ink: #1f2328; --muted: #57606a; --rule: #d0d7de; --link: #0a5cb0; --focus: #0072B2; }
    * { box-sizing: border-box; }
    body { margin: 0; font: 17px/1.6 system-ui, -apple-system, "Segoe UI", Roboto, sans-serif; color: var(--ink); background: #fff; }
    header, nav, main, footer { max-width: 54rem; margin: 0 auto; padding: 0 1.25rem; }
    header { padding-top: 1.5rem; }
    a { color: var(--link); }
    .skip { position: absolute; left: -100rem; }
    .skip:focus { left: 1rem; top: 1rem; z-index: 30; background: #fff; padding: 0.5rem 0.75rem; border: 2px solid var(--focus); }
    :focus-visible { outline: 3px solid var(--focus); outline-offset: 2px; }
    .kicker { margin: 0; font-size: 0.8rem; letter-spacing: 0.08em; text-transform: uppercase; color: var(--muted); }
    h1 { font-size: 1.9rem; line-height: 1.25; margin: 0.25rem 0 0.5rem; }
    .lede { margin: 0 0 1rem; color: var(--muted); }
    nav ul { display: flex; flex-wrap: wrap; gap: 0.25rem 1.25rem; list-style: none; margin: 0 0 0.5rem; padding: 0; font-size: 0.95rem; }
    h2 { font-size: 1.45rem; line-height: 1.3; margin: 2.5rem 0 0.75rem; padding-bottom: 0.3rem; border-bottom: 2px solid var(--rule); }
    h3 { font-size: 1.15rem; line-height: 1.35; margin: 1.75rem 0 0.4rem; }
    code { font-family: ui-monospace, "SFMono-Regular", Menlo, Consolas, monospace; font-size: 0.86em; overflow-wrap: anywhere; }
    .figures { display: grid; grid-template-columns: repeat(auto-fill, minmax(15rem, 1fr)); gap: 0.75rem; margin: 0; }
    .figures div { border: 1px solid var(--rule); border-radius: 0.5rem; padding: 0.6rem 0.8rem; }
    .figures dt { font-size: 0.85rem; color: var(--muted); }
    .figures dd { margin: 0; }
    .figures .n { display: block; font-size: 1.6rem; font-weight: 700; line-height: 1.3; }
    .figures .detail { font-size: 0.9rem; }
    .key { margin: 0 0 1.5rem; padding: 0.25rem 1rem; border-left: 4px solid var(--rule); font-size: 0.95rem; }
    .key ul { display: flex; flex-wrap: wrap; gap: 0.25rem 1.5rem; list-style: none; margin: 0.5rem 0; padding: 0; }
    p.title { font-size: 1.15rem; font-weight: 700; }
    .coverage { margin-top: 0; font-size: 0.9rem; color: var(--muted); }
    #article p, #article li { position: relative; }
    .uncovered { outline: 1px dotted var(--muted); outline-offset: 1px; }
    .unclaimed { color: var(--muted); }
    a.ref, a.invokes { color: inherit; text-decoration-color: var(--link); }
    a.invokes { text-decoration-style: dotted; text-decoration-thickness: 2px; text-underline-offset: 0.2em; }
    table.claims { width: 100%; border-collapse: collapse; font-size: 0.95rem; }
    th, td { text-align: left; vertical-align: top; padding: 0.4rem 0.5rem; border-bottom: 1px solid var(--rule); }
    th { border-bottom-width: 2px; }
    td:last-child { width: 30%; }
    #tables section > h3 { padding-left: 0.5rem; border-left: 0.35rem solid var(--line); }
    .count { margin: 0 0 0.5rem; color: var(--muted); }
    .unl { font-size: 0.75em; font-weight: 700; letter-spacing: 0.03em; text-transform: uppercase; color: #8A5A00; }
    .nosource, .missing { font-weight: 600; }
    ol.findings, ol.sources { padding-left: 1.75rem; }
    ol.findings li { margin: 0.3rem 0; }
    ol.sources > li { margin: 0 0 1rem; }
    ol.sources p { margin: 0.2rem 0; }
    .sev { font-size: 0.78rem; font-weight: 700; letter-spacing: 0.03em; text-transform: uppercase; }
    .added, .said, .note, .uncited, p.inferred, .how { color: var(--muted); }
    .added .label { font-weight: 600; }
    figure { margin: 0 0 1.5rem; }
    figcaption { margin-bottom: 0.4rem; font-size: 0.9rem; color: var(--muted); }
    .canvas { overflow: hidden; border: 1px solid var(--rule); border-radius: 0.4rem; }
    .canvas svg { display: block; max-width: 100%; height: auto; }
    .full:checked ~ .canvas { overflow: auto; max-height: 85vh; }
    .full:checked ~ .canvas svg { max-width: none; }
    input.full { margin: 0 0.35rem 0.5rem 0; }
    footer { padding-top: 2rem; padding-bottom: 2rem; font-size: 0.85rem; color: var(--muted); }

    """

  private static let marks = """
    mark.p { color: inherit; background: var(--fill); border-bottom: 2px solid var(--line); padding: 0 0.1em; cursor: help; -webkit-box-decoration-break: clone; box-decoration-break: clone; }
    mark.s-uncertain { border-bottom-style: dashed; }
    mark.s-refuted { border-bottom-style: dotted; border-bottom-width: 3px; }
    mark.sample { cursor: auto; }
    mark.p:focus { outline: 3px solid var(--focus); outline-offset: 1px; }
    mark.p:has(> .anchor:target) { outline: 3px solid var(--focus); outline-offset: 1px; }
    .anchor { scroll-margin-top: 4rem; }
    .sign { margin-left: 0.1em; font-size: 0.8em; font-weight: 700; line-height: 0; vertical-align: super; color: var(--line); }
    .pop { display: none; position: absolute; left: 0; z-index: 10; width: min(36rem, 100%); margin-top: 0.35rem; padding: 0.5rem 0.75rem; background: #fff; color: var(--ink); border: 1px solid #8c959f; border-radius: 0.4rem; box-shadow: 0 6px 18px rgba(0, 0, 0, 0.18); font-size: 0.9rem; font-weight: 400; line-height: 1.45; text-align: left; cursor: auto; }
    mark.p:hover > .pop, mark.p:focus > .pop { display: block; }
    mark.p.hushed > .pop { display: none; }
    .pop .claim, .pop .tags, .pop .stmt, .pop .cites, .pop .cite, .pop .finding, .pop .cid { display: block; }
    .pop .claim { padding: 0.35rem 0; }
    .pop .claim + .claim { border-top: 1px solid var(--rule); }
    .pop .stmt { margin: 0.25rem 0; font-weight: 600; }
    .pop .cite { padding-left: 1rem; text-indent: -1rem; }
    .pop .cite::before { content: "– "; }
    .pop .cites.none { color: var(--muted); }
    .pop .finding { margin-top: 0.25rem; }
    .pop .rule, .pop .cid { font-family: ui-monospace, Menlo, Consolas, monospace; font-size: 0.78rem; color: var(--muted); }
    .tag { display: inline-block; padding: 0 0.35em; border: 1px solid var(--line, var(--ink)); border-radius: 0.25rem; background: var(--fill, #fff); font-size: 0.75rem; font-weight: 700; letter-spacing: 0.03em; text-transform: uppercase; }
    .tag.b-listed, .tag.b-unlisted, .tag.b-none { --line: var(--ink); --fill: #fff; }

    """

  private static let printing = """
    @media print {
      body { font-size: 10.5pt; }
      header, nav, main, footer { max-width: none; padding: 0; }
      nav, .skip, .pop, input.full, input.full + label { display: none !important; }
      mark.p, .tag { -webkit-print-color-adjust: exact; print-color-adjust: exact; }
      h2, h3 { break-after: avoid; }
      tr, figure, ol.sources > li { break-inside: avoid; }
      .canvas { max-height: none; overflow: visible; border: 0; }
      .canvas svg { max-width: 100% !important; }
      a { color: inherit; text-decoration: none; }
    }
    """

  /// The page's one script.
  ///
  /// Escape hides the popup of the passage under the pointer or with the focus, until the
  /// pointer or the focus leaves it. The popups themselves need no script (they open on
  /// `:hover` and `:focus`).
  static let script = """
    (function () {
      "use strict";
      document.addEventListener("keydown", function (event) {
        if (event.key !== "Escape") { return; }
        document.querySelectorAll("mark.p:hover, mark.p:focus").forEach(function (mark) {
          mark.classList.add("hushed");
        });
      });
      function wake(event) {
        var mark = event.target.closest ? event.target.closest("mark.p") : null;
        if (mark && !mark.contains(event.relatedTarget)) { mark.classList.remove("hushed"); }
      }
      document.addEventListener("focusout", wake);
      document.addEventListener("mouseout", wake);
    }());
    """
}
